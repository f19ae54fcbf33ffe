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
    // Per root, one record per distinct signature: all a join needs to check against.
    @SuppressWarnings("unchecked")
    java.util.List<Integer>[] kinds = new java.util.List[n];
    String[] signature = new String[n];
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
      java.util.List<Integer> ka = kinds(kinds, signature, coherence, record, a);
      java.util.List<Integer> kb = kinds(kinds, signature, coherence, record, b);
      if (apart(apart, parent, a, b)) {
        continue; // a person decided these are two residents
      }
      // A pair a person decided to be one (weight +∞) is joined even against the evidence.
      if (weights[e] != Double.POSITIVE_INFINITY && contradict(ka, kb, coherence, record)) {
        continue; // would put two people in one cluster
      }
      // The root with the smaller id wins, so roots do not depend on record order either.
      if (ids[a].compareTo(ids[b]) > 0) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      java.util.List<Integer> merged = new java.util.ArrayList<>(ka);
      for (int x : kb) {
        boolean seen = false;
        for (int y : ka) {
          seen |= requireSignature(signature, x).equals(requireSignature(signature, y));
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

  private static java.util.List<Integer> kinds(
      java.util.List<Integer>[] kinds,
      String[] signature,
      Coherence coherence,
      java.util.function.IntUnaryOperator record,
      int root) {
    java.util.List<Integer> k = kinds[root];
    if (k.isEmpty()) {
      // Still a single record: its own signature.
      signature[root] = coherence.signature(record.applyAsInt(root));
      k = java.util.List.of(root);
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

  private static String requireSignature(String[] signature, int i) {
    return java.util.Objects.requireNonNull(signature[i]);
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
