/**
 * Cases into a store: the audit records of intake, escalation and simulation become the entries of
 * the storage SPI's case logs ({@link org.gridgov.events.store.StoredCases}).
 */
@NullMarked
package org.gridgov.events.store;

import org.jspecify.annotations.NullMarked;
