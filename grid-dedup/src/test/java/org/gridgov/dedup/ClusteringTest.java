package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class ClusteringTest {

  @Test
  @DisplayName("pairs are taken strongest first, ties by lower then higher rank, as a sort gives")
  void orderIsTheComparatorsOrder(Random random) {
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(round < 100 ? 20 : 2_000);
      int[] rank = shuffled(n, random);
      Set<Long> seen = new HashSet<>();
      int m = random.nextInt(Math.min(3 * n, n * (n - 1) / 2) + 1);
      long[] pairs = new long[m];
      double[] weights = new double[m];
      // Few distinct weights, so that ties are common; the extremes a run can give among them.
      double[] palette = {
        Double.POSITIVE_INFINITY, 12.5, 3.0, 0.0, -0.0, -1.25, -40.0, Double.MIN_VALUE
      };
      for (int i = 0; i < m; ) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a < b && seen.add((long) a << 32 | b)) {
          pairs[i] = (long) a << 32 | b;
          weights[i] =
              random.nextBoolean()
                  ? palette[random.nextInt(palette.length)]
                  : random.nextGaussian() * 10;
          i++;
        }
      }
      Integer[] expected = new Integer[m];
      for (int i = 0; i < m; i++) {
        expected[i] = i;
      }
      long[] byRank = new long[m];
      for (int i = 0; i < m; i++) {
        int x = rank[(int) (pairs[i] >>> 32)];
        int y = rank[(int) pairs[i]];
        byRank[i] = (long) Math.min(x, y) << 32 | Math.max(x, y);
      }
      Arrays.sort(
          expected,
          (x, y) -> {
            int c = Double.compare(weights[y], weights[x]);
            return c != 0 ? c : Long.compare(byRank[x], byRank[y]);
          });
      int[] order = Clustering.order(pairs, weights, rank, n);
      assertThat(order)
          .as("round %d: %d records, %d pairs", round, n, m)
          .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  private static int[] shuffled(int n, Random random) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
