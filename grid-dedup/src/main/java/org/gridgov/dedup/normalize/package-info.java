/**
 * Normalisers for resident records: each takes a field as an app exported it and returns one
 * canonical form, so that records of one person from different apps compare equal. Every normaliser
 * is a pure, thread-safe function and idempotent: normalising its own output changes nothing. See
 * {@code docs/dedup.md}.
 */
@NullMarked
package org.gridgov.dedup.normalize;

import org.jspecify.annotations.NullMarked;
