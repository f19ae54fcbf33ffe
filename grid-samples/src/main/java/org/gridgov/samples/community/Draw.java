package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws on a {@link SplittableRandom}. Everything the generators draw goes through a seeded
 * generator and ordered collections, so that one seed always gives one sample.
 */
final class Draw {

  private Draw() {}

  /** Uniform in [{@code from}, {@code to}). */
  static double between(SplittableRandom rnd, double from, double to) {
    return from + (to - from) * rnd.nextDouble();
  }

  /** Uniform in [{@code from}, {@code to}], both inclusive. */
  static int intBetween(SplittableRandom rnd, int from, int to) {
    return rnd.nextInt(from, to + 1);
  }

  /** True with probability {@code p}. */
  static boolean chance(SplittableRandom rnd, double p) {
    return rnd.nextDouble() < p;
  }

  /** One element, uniformly. */
  static <T> T pick(SplittableRandom rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to its weight. */
  static int weighted(SplittableRandom rnd, double[] weights) {
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
  static <T> List<T> shuffled(SplittableRandom rnd, List<T> items) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      int k = rnd.nextInt(i + 1);
      T t = out.get(i);
      out.set(i, out.get(k));
      out.set(k, t);
    }
    return out;
  }

  /**
   * {@code parts} whole numbers in [{@code lo}, {@code hi}] that add up to {@code total}: drawn
   * uniformly, then nudged one unit at a time until the sum is right.
   *
   * @throws IllegalArgumentException if no such numbers exist
   */
  static int[] partition(SplittableRandom rnd, int total, int parts, int lo, int hi) {
    if (parts < 1 || lo > hi || (long) parts * lo > total || (long) parts * hi < total) {
      throw new IllegalArgumentException(
          "cannot split " + total + " into " + parts + " parts of " + lo + "-" + hi);
    }
    int[] out = new int[parts];
    int sum = 0;
    for (int i = 0; i < parts; i++) {
      out[i] = intBetween(rnd, lo, hi);
      sum += out[i];
    }
    while (sum != total) {
      int i = rnd.nextInt(parts);
      if (sum < total && out[i] < hi) {
        out[i]++;
        sum++;
      } else if (sum > total && out[i] > lo) {
        out[i]--;
        sum--;
      }
    }
    return out;
  }

  /**
   * Cut positions 0 = c[0] < c[1] < … < c[parts] = {@code length} splitting a length into {@code
   * parts} pieces of at least {@code min}, each near {@code length / parts} but not exactly, as
   * streets are never evenly spaced.
   */
  static int[] cuts(SplittableRandom rnd, int length, int parts, int min) {
    if ((long) parts * min > length) {
      throw new IllegalArgumentException(
          "cannot cut " + length + " cells into " + parts + " pieces of at least " + min);
    }
    double base = (double) length / parts;
    int[] c = new int[parts + 1];
    c[parts] = length;
    for (int t = 1; t < parts; t++) {
      int ideal = (int) Math.round(t * base + between(rnd, -0.25, 0.25) * base);
      c[t] = Math.max(c[t - 1] + min, Math.min(length - (parts - t) * min, ideal));
    }
    return c;
  }
}
