/**
 * The log notifier ({@code log}): writes each notification to the log through SLF4J, one line with
 * the recipient (mobile number masked) and the message. The default notifier when no other is
 * configured; docs/spi.md describes its settings.
 */
@NullMarked
package org.gridgov.plugins.notify.log;

import org.jspecify.annotations.NullMarked;
