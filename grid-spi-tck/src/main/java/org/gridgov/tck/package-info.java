/**
 * The compatibility kit of the storage SPI: {@link org.gridgov.tck.GridStoreContract}, abstract
 * JUnit 5 tests that a store's own test class extends in a few lines. docs/spi.md shows how.
 */
@NullMarked
package org.gridgov.tck;

import org.jspecify.annotations.NullMarked;
