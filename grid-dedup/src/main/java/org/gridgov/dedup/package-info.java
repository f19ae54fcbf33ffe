/**
 * Resident deduplication, "collect once, use everywhere" (一次采集、各方使用): records of one person from
 * many apps merged into one resident. Normalisers ({@code normalize}), blocking on several keys,
 * Fellegi–Sunter matching with m and u estimated from the data (EM) and term-frequency adjustment,
 * hard evidence rules, constrained clustering, golden records with provenance, and an incremental
 * index. The record layout comes from a JSON profile. See {@code docs/dedup.md}.
 */
@NullMarked
package org.gridgov.dedup;

import org.jspecify.annotations.NullMarked;
