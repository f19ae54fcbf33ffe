/**
 * Merged residents into a store: a dedup run's golden records, with every field's provenance, and
 * the source records behind them become the storage SPI's residents ({@link
 * org.gridgov.dedup.store.StoredResidents}).
 */
@NullMarked
package org.gridgov.dedup.store;

import org.jspecify.annotations.NullMarked;
