package org.gridgov.dedup;

/**
 * What blocking did. Given ground truth, {@link Evaluation#pairsCompleteness()} adds the share of
 * true pairs blocking found.
 *
 * @param records how many records
 * @param pairsGenerated pairs produced by all keys together, a pair counted once per key
 * @param candidatePairs distinct pairs compared
 * @param blocksOverCap blocks larger than the cap, compared by a sorted neighbourhood instead of
 *     pair by pair
 * @param reductionRatio 1 − candidate pairs / all pairs: the share of comparisons saved
 */
public record BlockingStats(
    int records,
    long pairsGenerated,
    long candidatePairs,
    long blocksOverCap,
    double reductionRatio) {}
