/**
 * Retention (存储期限): residents who moved away or died are kept only as long as the policy says, then
 * removed or anonymised, with a report of what was done. {@link
 * org.gridgov.spi.retention.Retention} runs a {@link org.gridgov.spi.retention.RetentionPolicy}
 * over a store; {@code grid retention} runs it from the command line.
 */
@NullMarked
package org.gridgov.spi.retention;

import org.jspecify.annotations.NullMarked;
