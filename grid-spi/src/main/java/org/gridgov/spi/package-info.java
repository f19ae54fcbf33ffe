/**
 * The plugin SDK: the {@link org.gridgov.spi.Provider} every plugin implements, the {@link
 * org.gridgov.spi.SpiVersion} it was built against, and the {@link org.gridgov.spi.Plugins} loader
 * that finds plugins with {@link java.util.ServiceLoader}, checks them and hands out the one asked
 * for. A vendor compiles against {@code grid-core} and {@code grid-spi} alone; docs/spi.md is the
 * guide.
 */
@NullMarked
package org.gridgov.spi;

import org.jspecify.annotations.NullMarked;
