package org.gridgov.dedup;

import org.jspecify.annotations.Nullable;

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

  /**
   * The smallest match probability of a pair that may attach a cluster of sparse records to another
   * ({@link Clustering}): below it, a pair is not evidence enough to count, for or against.
   */
  static final double ATTACH_PROBABILITY = 0.01;

  /** The summed field weight of {@link #ATTACH_PROBABILITY}. */
  private final double attachFloor;

  /**
   * The pattern bits of the name fields when clusters of sparse records attach, else 0: all set in
   * a pattern where every name field is missing.
   */
  private final int nameBits;

  /**
   * The pattern bits of the other fields but the gender when clusters of sparse records attach;
   * else 0. A gender beside a name says no more who it is.
   */
  private final int otherBits;

  /**
   * Per field not of type address, a pattern bit that is set for {@code different} and {@code
   * missing} (levels 2 and 3) and clear for {@code exact} and {@code close}: a pair that may attach
   * a sparse record must agree on a field that tells a person, as a flat tells only a household.
   */
  private final int personalBits;

  /** The fields in no correlation group. */
  private final int[] alone;

  /** The fields of each correlation group. */
  private final int[][] grouped;

  Scorer(RecordSet set, DedupModel model) {
    this.set = set;
    this.model = model;
    this.weights = model.weights();
    this.threshold = model.thresholdWeight();
    this.attachFloor = model.weightOf(ATTACH_PROBABILITY);
    // Missing is level 3, both bits of a field set: a field is missing when all its bits are.
    int names = 0;
    int others = 0;
    int personal = 0;
    for (int f = 0; f < set.columns.length; f++) {
      FieldType type = set.columns[f].field.type();
      if (type == FieldType.NAME && set.config.attachSparse()) {
        names |= Column.MISSING << (2 * f);
      } else if (type != FieldType.GENDER) {
        others |= Column.MISSING << (2 * f);
      }
      if (type != FieldType.ADDRESS) {
        personal |= 2 << (2 * f); // the high bit of the level: different or missing
      }
    }
    this.nameBits = names;
    this.otherBits = names == 0 ? 0 : others;
    this.personalBits = personal;
    this.exact = new double[set.columns.length][];
    java.util.Map<String, java.util.List<Integer>> groups = new java.util.LinkedHashMap<>();
    java.util.List<Integer> single = new java.util.ArrayList<>();
    for (int f = 0; f < set.columns.length; f++) {
      java.util.Optional<String> g = set.columns[f].field.group();
      if (g.isPresent()) {
        groups.computeIfAbsent(g.get(), k -> new java.util.ArrayList<>()).add(f);
      } else {
        single.add(f);
      }
    }
    this.alone = single.stream().mapToInt(Integer::intValue).toArray();
    this.grouped =
        groups.values().stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
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
    return forbidden(set.columns, a, b);
  }

  /** Whether a hard rule of any field forbids two records to match. */
  static boolean forbidden(Column[] columns, int a, int b) {
    for (Column c : columns) {
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
    return sum(a, pattern, null);
  }

  /**
   * {@link #weight} of a pattern whose first record is not in the set: {@code counts[f]} records of
   * the whole input hold its value of term-frequency field {@code f} (0: it has none).
   */
  double weight(int pattern, int[] counts) {
    return sum(-1, pattern, counts);
  }

  /** The summed weight; exact matches weigh by record {@code a}'s value, or by {@code counts}. */
  private double sum(int a, int pattern, int @Nullable [] counts) {
    double w = 0;
    for (int f : alone) {
      w += fieldWeight(f, a, pattern, counts);
    }
    for (int[] group : grouped) {
      double best = 0;
      for (int f : group) {
        double x = fieldWeight(f, a, pattern, counts);
        if (x > 0) {
          best = Math.max(best, x);
        } else {
          w += x;
        }
      }
      w += best;
    }
    return w;
  }

  /**
   * Each field's weight as {@link #weight} counts it: within a correlation group only the strongest
   * agreement, every disagreement; a field not counted is NaN.
   */
  double[] contributions(int a, int pattern) {
    double[] out = new double[set.columns.length];
    for (int f : alone) {
      out[f] = fieldWeight(f, a, pattern);
    }
    for (int[] group : grouped) {
      int best = -1;
      for (int f : group) {
        double x = fieldWeight(f, a, pattern);
        out[f] = x;
        if (x > 0 && (best < 0 || x > out[best])) {
          best = f;
        }
      }
      for (int f : group) {
        if (out[f] > 0 && f != best) {
          out[f] = Double.NaN;
        }
      }
    }
    return out;
  }

  /** One field's weight at the pair's level, counted or not. */
  double fieldWeightOf(int f, int a, int pattern) {
    return fieldWeight(f, a, pattern);
  }

  private double fieldWeight(int f, int a, int pattern) {
    return fieldWeight(f, a, pattern, null);
  }

  private double fieldWeight(int f, int a, int pattern, int @Nullable [] counts) {
    int level = (pattern >>> (2 * f)) & 3;
    if (level != Column.EXACT || !model.termFrequency(f)) {
      return weights[f][level];
    }
    return counts == null ? exactWeight(f, a) : model.exactWeightOfCount(f, counts[f]);
  }

  /**
   * A pair's weight as an edge of the clustering, or NaN when it is none: its summed field weight
   * {@code w} when the model accepts it (at or above the threshold, no hard rule against it), or
   * when it may attach a cluster of sparse records to another ({@link Clustering}): the names say
   * nothing (every name field missing: one record has none, or a placeholder of the other's
   * surname) or nothing but the names does (every other field missing but the gender: one record
   * has only a name, and perhaps a gender), an agreement on a field other than the address (a flat
   * tells a household, not which of its members: a pair that agrees on it alone is no evidence for
   * one member against another), no hard rule against it, and a match probability of {@link
   * #ATTACH_PROBABILITY} or more.
   */
  double edge(double w, int pattern, boolean forbidden) {
    return !forbidden && mayBeEdge(w, pattern) ? w : Double.NaN;
  }

  /**
   * Whether a pair of weight {@code w} and this pattern is an edge unless a hard rule forbids it.
   */
  private boolean mayBeEdge(double w, int pattern) {
    return w >= threshold
        || nameBits != 0
            && ((pattern & nameBits) == nameBits
                || otherBits != 0 && (pattern & otherBits) == otherBits)
            && w >= attachFloor
            && (pattern & personalBits) != personalBits;
  }

  /**
   * {@link #edge(double, int, boolean)} of two records of the set with a known pattern; the hard
   * rules, which read both records' numbers, are asked only of the few pairs that could be edges.
   */
  double edge(int a, int b, int pattern) {
    double w = weight(a, b, pattern);
    return mayBeEdge(w, pattern) && !forbidden(a, b) ? w : Double.NaN;
  }

  /** {@link #edge(double, int, boolean)} of two records of the set. */
  double edge(int a, int b) {
    return edge(a, b, pattern(set.columns, a, b));
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
      w = model.exactWeight(f, set.columns[f], r);
      cache[r] = w;
    }
    return w;
  }
}
