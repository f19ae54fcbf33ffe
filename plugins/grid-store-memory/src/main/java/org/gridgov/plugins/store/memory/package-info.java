/**
 * The in-memory store ({@code memory:}): the reference implementation of the storage SPI, kept
 * simple enough to read as its specification, and the default store in tests. It keeps nothing once
 * closed.
 */
@NullMarked
package org.gridgov.plugins.store.memory;

import org.jspecify.annotations.NullMarked;
