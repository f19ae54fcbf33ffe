/**
 * Resident deduplication on Apache Spark: the grid-dedup engine's normalisers, blocking,
 * comparisons, model and coherent clustering run on a cluster, through {@link
 * org.gridgov.dedup.DedupEngine}, so that a distributed run gives the single-machine run's
 * clusters. Entry point: {@link org.gridgov.dedupspark.Main} (spark-submit, or java -jar in local
 * mode).
 */
@NullMarked
package org.gridgov.dedupspark;

import org.jspecify.annotations.NullMarked;
