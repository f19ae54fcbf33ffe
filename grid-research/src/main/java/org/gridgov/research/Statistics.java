package org.gridgov.research;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The statistics of the outputs: quantiles of a run's times, and per point the mean and the 95 %
 * confidence interval of a metric over its repeats (Student's t, since repeats are few).
 */
public final class Statistics {

  private Statistics() {}

  /**
   * The {@code q} quantile, interpolating between order statistics (R's type 7, as spreadsheets
   * compute it); {@code NaN} for no value.
   */
  public static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double h = (sorted.size() - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.size() - 1, lo + 1);
    return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
  }

  /**
   * Mean and 95 % confidence interval.
   *
   * @param n how many values were measured (NaN values left out)
   * @param mean their mean, {@code NaN} if none
   * @param low the interval's lower end ({@code NaN} for fewer than two values)
   * @param high its upper end
   */
  public record Interval(int n, double mean, double low, double high) {}

  /** The mean of the values that are numbers and its 95 % confidence interval. */
  public static Interval interval(List<Double> values) {
    List<Double> xs = values.stream().filter(v -> !Double.isNaN(v)).toList();
    int n = xs.size();
    if (n == 0) {
      return new Interval(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = xs.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new Interval(1, mean, Double.NaN, Double.NaN);
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    double half = tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
    return new Interval(n, mean, mean - half, mean + half);
  }

  /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom, by bisection. */
  static double tQuantile975(int df) {
    double lo = 0;
    double hi = 20;
    while (tCdf(hi, df) < 0.975) {
      hi *= 2;
    }
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (tCdf(mid, df) < 0.975) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Student's t distribution function for t >= 0. */
  static double tCdf(double t, int df) {
    double x = df / (df + t * t);
    return 1 - 0.5 * regularizedBeta(x, df / 2.0, 0.5);
  }

  /** The regularized incomplete beta function I_x(a, b) (continued fraction, Lentz). */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularizedBeta(1 - x, b, a);
    }
    double tiny = 1e-300;
    double f = 1;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    f = d;
    for (int m = 1; m <= 300; m++) {
      double num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 + num * d;
      d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      f *= d * c;
      num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + num * d;
      d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return front * f / a;
  }

  /** The logarithm of the gamma function (Lanczos). */
  static double logGamma(double x) {
    double[] g = {
      76.18009172947146,
      -86.50532032941677,
      24.01409824083091,
      -1.231739572450155,
      0.1208650973866179e-2,
      -0.5395239384953e-5
    };
    double y = x;
    double tmp = x + 5.5;
    tmp -= (x + 0.5) * Math.log(tmp);
    double ser = 1.000000000190015;
    for (double c : g) {
      ser += c / ++y;
    }
    return -tmp + Math.log(2.5066282746310005 * ser / x);
  }
}
