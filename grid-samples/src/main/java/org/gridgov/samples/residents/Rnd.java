package org.gridgov.samples.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws on a {@link SplittableRandom}. Everything the generator draws goes through one
 * seeded generator and ordered collections, so that one seed always gives one data set.
 */
final class Rnd {

  private final SplittableRandom rnd;

  Rnd(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** Uniform in [{@code from}, {@code to}], both inclusive. */
  int between(int from, int to) {
    return rnd.nextInt(from, to + 1);
  }

  /** Uniform in [0, {@code bound}). */
  int below(int bound) {
    return rnd.nextInt(bound);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return rnd.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** One element, uniformly. */
  <T> T pick(List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to its weight. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A shuffled copy (Fisher–Yates). */
  <T> List<T> shuffled(List<T> items) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      int k = rnd.nextInt(i + 1);
      T t = out.get(i);
      out.set(i, out.get(k));
      out.set(k, t);
    }
    return out;
  }

  /** {@code n} random decimal digits. */
  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }
}
