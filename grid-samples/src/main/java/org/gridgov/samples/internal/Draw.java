package org.gridgov.samples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of every generator of this module (sample communities, their reports, synthetic
 * residents), on a {@link SplittableRandom}. Everything a generator draws goes through one seeded
 * generator and ordered collections, so that one seed always gives one data set. Internal: no
 * compatibility promise.
 */
public final class Draw {

  private Draw() {}

  /** Uniform in [{@code from}, {@code to}). */
  public static double between(SplittableRandom rnd, double from, double to) {
    return from + (to - from) * rnd.nextDouble();
  }

  /** Uniform in [{@code from}, {@code to}], both inclusive. */
  public static int intBetween(SplittableRandom rnd, int from, int to) {
    return rnd.nextInt(from, to + 1);
  }

  /** True with probability {@code p}. */
  public static boolean chance(SplittableRandom rnd, double p) {
    return rnd.nextDouble() < p;
  }

  /** One element, uniformly. */
  public static <T> T pick(SplittableRandom rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to its weight. */
  public static int weighted(SplittableRandom rnd, double[] weights) {
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
  public static <T> List<T> shuffled(SplittableRandom rnd, List<T> items) {
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
  public static int[] partition(SplittableRandom rnd, int total, int parts, int lo, int hi) {
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
   * Cut positions {@code 0 = c[0] < c[1] < … < c[parts] = length} splitting a length into {@code
   * parts} pieces of at least {@code min}, each near {@code length / parts} but not exactly, as
   * streets are never evenly spaced.
   */
  public static int[] cuts(SplittableRandom rnd, int length, int parts, int min) {
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

  /** {@code n} random decimal digits. */
  public static String digits(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }
}
