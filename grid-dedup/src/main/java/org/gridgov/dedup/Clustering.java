package org.gridgov.dedup;

import java.util.concurrent.Executor;
import org.gridgov.core.internal.Parallel;

/**
 * Union-find over accepted pairs, strongest first, that never joins two clusters holding two
 * different valid identity numbers: the consistency rule (one person has one number) is kept while
 * clusters grow, so a weak link between two households cannot merge two people whose numbers
 * differ. Pairs are taken by weight, ties by the record ids, so the clusters do not depend on the
 * order of the input.
 */
final class Clustering {

  private Clustering() {}

  /**
   * Clusters records.
   *
   * @param n how many records
   * @param pairs accepted pairs, encoded as in {@link Blocking}
   * @param weights their match weights
   * @param ids record ids, for ties
   * @param validIds each record's valid identity number, {@code ""} when it has none
   * @return the root record of each record's cluster
   */
  static int[] cluster(
      int n, long[] pairs, double[] weights, String[] ids, String[] validIds, Executor executor) {
    Integer[] order = new Integer[pairs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Parallel.sort(
        executor,
        order,
        (x, y) -> {
          int c = Double.compare(weights[y], weights[x]);
          if (c != 0) {
            return c;
          }
          return compareById(pairs[x], pairs[y], ids);
        });
    int[] parent = new int[n];
    String[] number = new String[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      number[i] = validIds[i];
    }
    for (Integer e : order) {
      int a = find(parent, (int) (pairs[e] >>> 32));
      int b = find(parent, (int) pairs[e]);
      if (a == b) {
        continue;
      }
      String na = number[a];
      String nb = number[b];
      if (!na.isEmpty() && !nb.isEmpty() && !na.equals(nb)) {
        continue; // would put two valid numbers in one cluster
      }
      // The root with the smaller id wins, so roots do not depend on record order either.
      if (ids[a].compareTo(ids[b]) > 0) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      number[a] = na.isEmpty() ? nb : na;
    }
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  private static int compareById(long p, long q, String[] ids) {
    String p1 = ids[(int) (p >>> 32)];
    String p2 = ids[(int) p];
    String q1 = ids[(int) (q >>> 32)];
    String q2 = ids[(int) q];
    String pLow = p1.compareTo(p2) <= 0 ? p1 : p2;
    String pHigh = p1.compareTo(p2) <= 0 ? p2 : p1;
    String qLow = q1.compareTo(q2) <= 0 ? q1 : q2;
    String qHigh = q1.compareTo(q2) <= 0 ? q2 : q1;
    int c = pLow.compareTo(qLow);
    return c != 0 ? c : pHigh.compareTo(qHigh);
  }

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
