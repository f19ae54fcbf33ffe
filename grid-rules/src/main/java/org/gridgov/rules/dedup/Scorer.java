package org.gridgov.rules.dedup;

/**
 * Scores pairs of one record set under one model: the summed field weights, with term-frequency
 * adjustment, or negative infinity when a hard rule forbids the pair. Shared by the batch run and
 * the incremental index, so both decide every pair alike.
 */
final class Scorer {

  private final RecordSet set;
  private final DedupModel model;
  private final double[][] weights;
  private final double threshold;

  /** Per term-frequency field, the exact-match weight of each record's value (filled lazily). */
  private double[][] exact;

  /** Each field's correlation group, -1 for none; groups numbered from 0. */
  private final int[] group;

  private final int groups;

  Scorer(RecordSet set, DedupModel model) {
    this.set = set;
    this.model = model;
    this.weights = model.weights();
    this.threshold = model.thresholdWeight();
    this.exact = new double[set.columns.length][];
    this.group = new int[set.columns.length];
    java.util.Map<String, Integer> names = new java.util.HashMap<>();
    for (int f = 0; f < group.length; f++) {
      group[f] =
          set.columns[f]
              .field
              .group()
              .map(g -> names.computeIfAbsent(g, k -> names.size()))
              .orElse(-1);
    }
    this.groups = names.size();
  }

  /** Fills every cache now, so that scoring touches no shared state and can run on many threads. */
  void prepareAll() {
    for (int f = 0; f < set.columns.length; f++) {
      if (model.termFrequency(f) && set.size() > 0) {
        exactWeight(f, set.size() - 1); // sizes the cache
        for (int r = 0; r < set.size(); r++) {
          exactWeight(f, r);
        }
      }
    }
  }

  double threshold() {
    return threshold;
  }

  /** The level pattern of a pair: two bits per field. */
  static int pattern(Column[] columns, int a, int b) {
    int p = 0;
    for (int f = 0; f < columns.length; f++) {
      p |= columns[f].compare(a, b) << (2 * f);
    }
    return p;
  }

  /** Whether a hard rule forbids the pair. */
  boolean forbidden(int a, int b) {
    for (Column c : set.columns) {
      if (c.forbids(a, b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The summed field weight of a pair with a known pattern. Within a correlation group only the
   * strongest agreement counts (disagreements all count): a family shares its phone and its
   * address, so agreeing on both is hardly more evidence of one person than agreeing on one.
   */
  double weight(int a, int b, int pattern) {
    double w = 0;
    Column[] columns = set.columns;
    double[] best = groups == 0 ? null : new double[groups];
    for (int f = 0; f < columns.length; f++) {
      int level = (pattern >>> (2 * f)) & 3;
      double x =
          level == Column.EXACT && model.termFrequency(f) ? exactWeight(f, a) : weights[f][level];
      int g = group[f];
      if (g >= 0 && x > 0) {
        best[g] = Math.max(best[g], x);
      } else {
        w += x;
      }
    }
    if (best != null) {
      for (double x : best) {
        w += x;
      }
    }
    return w;
  }

  /** The summed field weight of a pair, or negative infinity when forbidden. */
  double score(int a, int b) {
    if (forbidden(a, b)) {
      return Double.NEGATIVE_INFINITY;
    }
    return weight(a, b, pattern(set.columns, a, b));
  }

  private double exactWeight(int f, int r) {
    double[] cache = exact[f];
    if (cache == null || cache.length < set.size()) {
      double[] grown = new double[Math.max(set.size(), 16) * 2];
      java.util.Arrays.fill(grown, Double.NaN);
      if (cache != null) {
        System.arraycopy(cache, 0, grown, 0, cache.length);
      }
      exact[f] = grown;
      cache = grown;
    }
    double w = cache[r];
    if (Double.isNaN(w)) {
      w = model.exactWeight(f, set.columns[f].value(r));
      cache[r] = w;
    }
    return w;
  }
}
