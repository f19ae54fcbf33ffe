/**
 * Service-provider interfaces through which vendors plug storage, notification and device adapters
 * into gridgov, found with {@link java.util.ServiceLoader}. A vendor compiles against {@code
 * grid-core} and {@code grid-spi} alone.
 */
@NullMarked
package org.gridgov.spi;

import org.jspecify.annotations.NullMarked;
