package org.gridgov.dedup;

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
      long[] cannotLink) {
    // A few records at a time (an incremental index's component): sorted on the calling thread.
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    java.util.Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[byId[i]] = i;
    }
    return cluster(n, pairs, weights, rank, coherence, record, cannotLink);
  }

  /**
   * Clusters records as {@link #cluster(int, long[], double[], String[], Coherence,
   * java.util.function.IntUnaryOperator, long[])} does, given each record's rank among the records
   * sorted by id instead of the ids (ids are distinct, so ranks order as ids do).
   */
  static int[] cluster(
      int n,
      long[] pairs,
      double[] weights,
      int[] rank,
      Coherence coherence,
      java.util.function.IntUnaryOperator record,
      long[] cannotLink) {
    int[] order = order(pairs, weights, rank, n);
    int[] parent = new int[n];
    // Per root, one record per distinct signature: all a join needs to check against. A root's
    // records are a list threaded through next[], with its tail kept: no object per record. A
    // list starts at its root: a single record's does, and a join appends to the winner's list.
    int[] next = new int[n];
    int[] tail = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      next[i] = -1;
      tail[i] = i;
    }
    // Per root, the records its cluster must stay apart from (people's decisions).
    java.util.Map<Integer, java.util.List<Integer>> apart = new java.util.HashMap<>();
    for (long p : cannotLink) {
      int x = (int) (p >>> 32);
      int y = (int) p;
      apart.computeIfAbsent(x, k -> new java.util.ArrayList<>()).add(y);
      apart.computeIfAbsent(y, k -> new java.util.ArrayList<>()).add(x);
    }
    for (int e : order) {
      int a = find(parent, (int) (pairs[e] >>> 32));
      int b = find(parent, (int) pairs[e]);
      if (a == b) {
        continue;
      }
      if (!apart.isEmpty() && apart(apart, parent, a, b)) {
        continue; // a person decided these are two residents
      }
      // A pair a person decided to be one (weight +∞) is joined even against the evidence.
      if (weights[e] != Double.POSITIVE_INFINITY && contradict(a, b, next, coherence, record)) {
        continue; // would put two people in one cluster
      }
      // The root with the smaller id wins, so roots do not depend on record order either.
      if (rank[a] > rank[b]) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      // b's records whose signature a's cluster lacks join a's list; the others are left out.
      int lastOfA = tail[a];
      for (int x = b; x >= 0; ) {
        int following = next[x];
        boolean seen = false;
        for (int y = a; ; y = next[y]) {
          if (coherence.sameSignature(record.applyAsInt(x), record.applyAsInt(y))) {
            seen = true;
            break;
          }
          if (y == lastOfA) {
            break;
          }
        }
        if (!seen) {
          next[tail[a]] = x;
          tail[a] = x;
          next[x] = -1;
        }
        x = following;
      }
      if (!apart.isEmpty()) {
        java.util.List<Integer> apartB = apart.remove(b);
        if (apartB != null) {
          apart.computeIfAbsent(a, k -> new java.util.ArrayList<>()).addAll(apartB);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  /**
   * The pairs' indices strongest first, ties by the pair's lower then higher rank: three stable
   * counting sorts (higher rank, lower rank, then the weight's place among the distinct weights,
   * highest first), linear in the pairs and records, with no comparator and nothing boxed. The
   * order is total, as the pairs are distinct.
   */
  static int[] order(long[] pairs, double[] weights, int[] rank, int n) {
    int m = pairs.length;
    int[] lower = new int[m];
    int[] higher = new int[m];
    for (int i = 0; i < m; i++) {
      int x = rank[(int) (pairs[i] >>> 32)];
      int y = rank[(int) pairs[i]];
      lower[i] = Math.min(x, y);
      higher[i] = Math.max(x, y);
    }
    // Weights as longs that order as Double.compare orders them, numbered among the distinct ones.
    long[] keys = new long[m];
    for (int i = 0; i < m; i++) {
      long bits = Double.doubleToLongBits(weights[i]);
      keys[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
    long[] distinct = keys.clone();
    java.util.Arrays.sort(distinct);
    int w = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || distinct[i] != distinct[w - 1]) {
        distinct[w++] = distinct[i];
      }
    }
    int[] place = new int[m];
    for (int i = 0; i < m; i++) {
      place[i] = w - 1 - java.util.Arrays.binarySearch(distinct, 0, w, keys[i]); // highest first
    }
    int[] identity = new int[m];
    for (int i = 0; i < m; i++) {
      identity[i] = i;
    }
    int[] byHigher = countingSort(identity, higher, n);
    int[] byLower = countingSort(byHigher, lower, n);
    return countingSort(byLower, place, Math.max(1, w));
  }

  /** {@code items} stably sorted by {@code key[item]}, keys in {@code [0, range)}. */
  private static int[] countingSort(int[] items, int[] key, int range) {
    int[] start = new int[range + 1];
    for (int item : items) {
      start[key[item] + 1]++;
    }
    for (int k = 0; k < range; k++) {
      start[k + 1] += start[k];
    }
    int[] out = new int[items.length];
    for (int item : items) {
      out[start[key[item]]++] = item;
    }
    return out;
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

  /** Whether a record kept for root {@code a} contradicts one kept for root {@code b}. */
  private static boolean contradict(
      int a, int b, int[] next, Coherence coherence, java.util.function.IntUnaryOperator record) {
    for (int x = a; x >= 0; x = next[x]) {
      for (int y = b; y >= 0; y = next[y]) {
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
