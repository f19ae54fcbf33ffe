/**
 * The storage SPI: a {@link org.gridgov.spi.store.StoreProvider} opens a {@link
 * org.gridgov.spi.store.GridStore}, which keeps the grid trees as dated versions ({@link
 * org.gridgov.spi.store.TreeStore}), residents as golden records with provenance ({@link
 * org.gridgov.spi.store.ResidentStore}), and cases as append-only logs ({@link
 * org.gridgov.spi.store.CaseLog}). Every case query takes the caller's {@link
 * org.gridgov.spi.store.Scope}. The compatibility kit {@code grid-spi-tck} checks a store against
 * this contract; docs/spi.md explains how to write one.
 */
@NullMarked
package org.gridgov.spi.store;

import org.jspecify.annotations.NullMarked;
