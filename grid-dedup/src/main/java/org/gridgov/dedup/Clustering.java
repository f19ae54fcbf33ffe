package org.gridgov.dedup;

import java.util.concurrent.Executor;
import org.gridgov.core.internal.Parallel;

/**
 * Union-find over accepted pairs, strongest first, that never joins two clusters whose records
 * contradict each other ({@link Coherence}: two valid identity numbers, two birth dates, two
 * genders, unrelated names): the consistency rules are kept while clusters grow, so a chain of
 * links through a family's shared phone and flat cannot merge two of its members. Pairs are taken
 * by weight, ties by the record ids, so the clusters do not depend on the order of the input.
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
   * @param coherence what records of one cluster may not disagree on
   * @param record the record (of the coherence's set) at each index
   * @param cannotLink pairs (encoded as the accepted ones) that must end in different clusters:
   *     people's {@code different} decisions
   * @return the root record of each record's cluster
   */
  static int[] cluster(
      int n,
      long[] pairs,
      double[] weights,
      String[] ids,
      Coherence coherence,
      java.util.function.IntUnaryOperator record,
      long[] cannotLink,
      Executor executor) {
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    Parallel.sort(executor, byId, (x, y) -> ids[x].compareTo(ids[y]));
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[byId[i]] = i;
    }
    return cluster(n, pairs, weights, rank, coherence, record, cannotLink, executor);
  }

  /**
   * Clusters records as {@link #cluster(int, long[], double[], String[], Coherence,
   * java.util.function.IntUnaryOperator, long[], Executor)} does, given each record's rank among
   * the records sorted by id instead of the ids (ids are distinct, so ranks order as ids do).
   */
  static int[] cluster(
      int n,
      long[] pairs,
      double[] weights,
      int[] rank,
      Coherence coherence,
      java.util.function.IntUnaryOperator record,
      long[] cannotLink,
      Executor executor) {
    // Ties by the pair's lower then higher id: as one long of ranks, compared without strings.
    long[] byRank = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int x = rank[(int) (pairs[i] >>> 32)];
      int y = rank[(int) pairs[i]];
      byRank[i] = x < y ? (long) x << 32 | y : (long) y << 32 | x;
    }
    Integer[] order = new Integer[pairs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Parallel.sort(
        executor,
        order,
        (x, y) -> {
          int c = Double.compare(weights[y], weights[x]);
          return c != 0 ? c : Long.compare(byRank[x], byRank[y]);
        });
    int[] parent = new int[n];
    // Per root, one record per distinct signature: all a join needs to check against.
    @SuppressWarnings("unchecked")
    java.util.List<Integer>[] kinds = new java.util.List[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      kinds[i] = java.util.List.of();
    }
    // Per root, the records its cluster must stay apart from (people's decisions).
    java.util.Map<Integer, java.util.List<Integer>> apart = new java.util.HashMap<>();
    for (long p : cannotLink) {
      int x = (int) (p >>> 32);
      int y = (int) p;
      apart.computeIfAbsent(x, k -> new java.util.ArrayList<>()).add(y);
      apart.computeIfAbsent(y, k -> new java.util.ArrayList<>()).add(x);
    }
    for (Integer e : order) {
      int a = find(parent, (int) (pairs[e] >>> 32));
      int b = find(parent, (int) pairs[e]);
      if (a == b) {
        continue;
      }
      java.util.List<Integer> ka = kinds(kinds, a);
      java.util.List<Integer> kb = kinds(kinds, b);
      if (apart(apart, parent, a, b)) {
        continue; // a person decided these are two residents
      }
      // A pair a person decided to be one (weight +∞) is joined even against the evidence.
      if (weights[e] != Double.POSITIVE_INFINITY && contradict(ka, kb, coherence, record)) {
        continue; // would put two people in one cluster
      }
      // The root with the smaller id wins, so roots do not depend on record order either.
      if (rank[a] > rank[b]) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      java.util.List<Integer> merged = new java.util.ArrayList<>(ka);
      for (int x : kb) {
        boolean seen = false;
        for (int y : ka) {
          if (coherence.sameSignature(record.applyAsInt(x), record.applyAsInt(y))) {
            seen = true;
            break;
          }
        }
        if (!seen) {
          merged.add(x);
        }
      }
      kinds[a] = merged;
      java.util.List<Integer> apartB = apart.remove(b);
      if (apartB != null) {
        apart.computeIfAbsent(a, k -> new java.util.ArrayList<>()).addAll(apartB);
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  private static java.util.List<Integer> kinds(java.util.List<Integer>[] kinds, int root) {
    java.util.List<Integer> k = kinds[root];
    if (k.isEmpty()) {
      k = java.util.List.of(root); // still a single record
      kinds[root] = k;
    }
    return k;
  }

  private static boolean apart(
      java.util.Map<Integer, java.util.List<Integer>> apart, int[] parent, int a, int b) {
    java.util.List<Integer> fromA = apart.getOrDefault(a, java.util.List.of());
    java.util.List<Integer> fromB = apart.getOrDefault(b, java.util.List.of());
    java.util.List<Integer> shorter = fromA.size() <= fromB.size() ? fromA : fromB;
    int other = shorter == fromA ? b : a;
    for (int x : shorter) {
      if (find(parent, x) == other) {
        return true;
      }
    }
    return false;
  }

  private static boolean contradict(
      java.util.List<Integer> a,
      java.util.List<Integer> b,
      Coherence coherence,
      java.util.function.IntUnaryOperator record) {
    for (int x : a) {
      for (int y : b) {
        if (coherence.contradict(record.applyAsInt(x), record.applyAsInt(y))) {
          return true;
        }
      }
    }
    return false;
  }

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
