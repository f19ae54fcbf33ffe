package org.gridgov.rules.dedup;

import java.util.OptionalDouble;

/**
 * What blocking did.
 *
 * @param records how many records
 * @param pairsGenerated pairs produced by all keys together, a pair counted once per key
 * @param candidatePairs distinct pairs compared
 * @param blocksSkipped blocks larger than the cap, whose pairs were not generated
 * @param reductionRatio 1 − candidate pairs / all pairs: the share of comparisons saved
 * @param pairsCompleteness the share of true matching pairs among the candidates, when ground truth
 *     was given
 */
public record BlockingStats(
    int records,
    long pairsGenerated,
    long candidatePairs,
    long blocksSkipped,
    double reductionRatio,
    OptionalDouble pairsCompleteness) {}
