package org.gridgov.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Union-find over accepted pairs, strongest first, that never joins two clusters whose records
 * contradict each other ({@link Coherence}: two valid identity numbers, two birth dates, two
 * genders, unrelated names): the consistency rules are kept while clusters grow, so a chain of
 * links through a family's shared phone and flat cannot merge two of its members. Pairs are taken
 * by weight, ties by the record ids, so the clusters do not depend on the order of the input. A
 * sparse record ({@link Coherence#sparse}) joins the cluster of its strongest accepted pair, but
 * never joins two clusters that hold full records: {@code 才让, 男} from a drill's sheet reaches the
 * threshold with each of a dozen namesakes, and would chain them all.
 *
 * <p>Then clusters of sparse records are attached. A record with no name, or only a placeholder
 * ({@code 王先生}, {@code 李女士}: a parcel locker's or a property office's contact), cannot be told by
 * its pairs' weights from the relatives who share its phone and flat; a record with nothing but a
 * name (a drill's sign-up sheet) cannot be told from namesakes; so few of their pairs reach the
 * threshold. What tells such a record is exclusivity: it is one person, so it is the resident its
 * evidence points to when it points to that one {@link #ATTACH_MARGIN} bits (8 times) more strongly
 * than to any other. A cluster all of whose records are sparse ({@link Coherence#sparse}) joins
 * that one, unless a record contradicts it or people decided otherwise. Every decision is taken on
 * the clusters as the accepted pairs left them, so none depends on another's order; a cluster with
 * a record that is not sparse never attaches, and none attaches to a sparse one, so attaching does
 * not chain.
 */
final class Clustering {

  /**
   * How much more weight (log2 of the odds) the best cluster's strongest pair must have than any
   * other cluster's for a cluster of sparse records to join it: 3 bits, 8 times as likely.
   */
  static final double ATTACH_MARGIN = 3;

  private Clustering() {}

  /**
   * Clusters records, every pair given being accepted.
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
      IntUnaryOperator record,
      long[] cannotLink) {
    return cluster(n, pairs, weights, Double.NEGATIVE_INFINITY, ids, coherence, record, cannotLink);
  }

  /**
   * Clusters records given the edges of the clustering ({@link Scorer#edge}): pairs at or above the
   * threshold are accepted, the others may only attach a cluster of sparse records.
   */
  static int[] cluster(
      int n,
      long[] pairs,
      double[] weights,
      double threshold,
      String[] ids,
      Coherence coherence,
      IntUnaryOperator record,
      long[] cannotLink) {
    // A few records at a time (an incremental index's component): sorted on the calling thread.
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[byId[i]] = i;
    }
    return cluster(n, pairs, weights, threshold, rank, coherence, record, cannotLink);
  }

  /**
   * Clusters records as {@link #cluster(int, long[], double[], double, String[], Coherence,
   * IntUnaryOperator, long[])} does, given each record's rank among the records sorted by id
   * instead of the ids (ids are distinct, so ranks order as ids do).
   *
   * @param pairs the edges, encoded as in {@link Blocking}: accepted pairs (weight at or above
   *     {@code threshold}, or {@link Double#POSITIVE_INFINITY} for people's {@code same} decisions)
   *     and pairs that may attach a cluster of sparse records
   */
  static int[] cluster(
      int n,
      long[] pairs,
      double[] weights,
      double threshold,
      int[] rank,
      Coherence coherence,
      IntUnaryOperator record,
      long[] cannotLink) {
    Accepted acc = Accepted.of(pairs, weights, threshold);
    long[] accepted = acc.pairs();
    double[] acceptedWeights = acc.weights();
    Forest forest = new Forest(n, rank, coherence, record, cannotLink);
    boolean[] sparse = new boolean[coherence.attaches() ? n : 0];
    boolean[] full = new boolean[sparse.length];
    for (int i = 0; i < sparse.length; i++) {
      sparse[i] = coherence.sparse(record.applyAsInt(i));
      full[i] = !sparse[i];
    }
    for (int e : order(accepted, acceptedWeights, rank, n)) {
      int x = (int) (accepted[e] >>> 32);
      int y = (int) accepted[e];
      int a = forest.find(x);
      int b = forest.find(y);
      if (sparse.length > 0
          && (sparse[x] || sparse[y])
          && full[a]
          && full[b]
          && acceptedWeights[e] != Double.POSITIVE_INFINITY) {
        continue; // a sparse record never bridges two residents
      }
      // A pair a person decided to be one (weight +∞) is joined even against the evidence.
      if (a != b && !forest.apart(a, b)) {
        if (acceptedWeights[e] == Double.POSITIVE_INFINITY || !forest.contradict(a, b)) {
          forest.join(a, b);
          if (full.length > 0) {
            boolean f = full[a] || full[b];
            full[a] = f;
            full[b] = f;
          }
        }
      }
    }
    if (coherence.attaches()) {
      attach(forest, pairs, weights, coherence, record);
    }
    return forest.roots();
  }

  /**
   * The accepted pairs among the edges of a clustering (weight at or above the threshold) with
   * their weights, in the edges' order; the edges themselves when all are accepted.
   */
  record Accepted(long[] pairs, double[] weights) {
    static Accepted of(long[] edges, double[] weights, double threshold) {
      int k = 0;
      for (double w : weights) {
        if (w >= threshold) {
          k++;
        }
      }
      if (k == edges.length) {
        return new Accepted(edges, weights);
      }
      long[] pairs = new long[k];
      double[] kept = new double[k];
      k = 0;
      for (int i = 0; i < edges.length; i++) {
        if (weights[i] >= threshold) {
          pairs[k] = edges[i];
          kept[k++] = weights[i];
        }
      }
      return new Accepted(pairs, kept);
    }
  }

  /**
   * Joins each cluster of sparse records to the cluster, not sparse, its pairs point to {@link
   * #ATTACH_MARGIN} bits more strongly than to any other such cluster, when no record of the one
   * contradicts a record of the other and no decision keeps them apart. A cluster a record of the
   * sparse one contradicts is no candidate at all: {@code 赵先生} on a family's phone and flat is the
   * father when the other man there is a boy of seven, however strong the boy's pair. The targets
   * are chosen on the clusters as they are before any attachment; the attachments are made
   * strongest first per target, ties by rank, each checked against what joined the target before
   * it.
   */
  private static void attach(
      Forest forest, long[] pairs, double[] weights, Coherence coherence, IntUnaryOperator record) {
    int n = forest.parent.length;
    int[] root = forest.roots();
    boolean[] full = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!full[root[i]] && !coherence.sparse(record.applyAsInt(i))) {
        full[root[i]] = true;
      }
    }
    // Per sparse root: the root, not sparse, of its strongest pair, that pair's weight, and the
    // strongest weight into any other root that is not sparse.
    int[] target = new int[n];
    double[] best = new double[n];
    double[] second = new double[n];
    Arrays.fill(target, -1);
    for (int i = 0; i < pairs.length; i++) {
      int ra = root[(int) (pairs[i] >>> 32)];
      int rb = root[(int) pairs[i]];
      if (ra == rb || full[ra] == full[rb]) {
        continue;
      }
      int c = full[ra] ? rb : ra;
      int d = full[ra] ? ra : rb;
      if (forest.contradict(c, d)) {
        continue;
      }
      double w = weights[i];
      if (target[c] == -1) {
        target[c] = d;
        best[c] = w;
        second[c] = Double.NEGATIVE_INFINITY;
      } else if (target[c] == d) {
        best[c] = Math.max(best[c], w);
      } else if (w > best[c]) {
        second[c] = best[c];
        best[c] = w;
        target[c] = d;
      } else {
        second[c] = Math.max(second[c], w);
      }
    }
    List<Integer> attaching = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (target[c] >= 0 && best[c] - second[c] >= ATTACH_MARGIN) {
        attaching.add(c);
      }
    }
    int[] rank = forest.rank;
    attaching.sort(
        (x, y) -> {
          int byTarget = Integer.compare(rank[target[x]], rank[target[y]]);
          if (byTarget != 0) {
            return byTarget;
          }
          int byWeight = Double.compare(best[y], best[x]);
          return byWeight != 0 ? byWeight : Integer.compare(rank[x], rank[y]);
        });
    for (int c : attaching) {
      int d = forest.find(target[c]);
      if (!forest.apart(c, d) && !forest.contradict(c, d)) {
        forest.join(c, d);
      }
    }
  }

  /**
   * Clusters as a union-find forest. Per root, one record per distinct signature: all a join needs
   * to check against. A root's records are a list threaded through {@code next}, with its tail
   * kept: no object per record. A list starts at its root: a single record's does, and a join
   * appends to the winner's list.
   */
  private static final class Forest {
    final int[] parent;
    final int[] next;
    final int[] tail;
    final int[] rank;
    final Coherence coherence;
    final IntUnaryOperator record;

    /** Per root, the records its cluster must stay apart from (people's decisions). */
    final Map<Integer, List<Integer>> apart = new HashMap<>();

    Forest(int n, int[] rank, Coherence coherence, IntUnaryOperator record, long[] cannotLink) {
      this.parent = new int[n];
      this.next = new int[n];
      this.tail = new int[n];
      this.rank = rank;
      this.coherence = coherence;
      this.record = record;
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        next[i] = -1;
        tail[i] = i;
      }
      for (long p : cannotLink) {
        int x = (int) (p >>> 32);
        int y = (int) p;
        apart.computeIfAbsent(x, k -> new ArrayList<>()).add(y);
        apart.computeIfAbsent(y, k -> new ArrayList<>()).add(x);
      }
    }

    int find(int i) {
      return Clustering.find(parent, i);
    }

    /** Every record's root. */
    int[] roots() {
      int[] out = new int[parent.length];
      for (int i = 0; i < parent.length; i++) {
        out[i] = find(i);
      }
      return out;
    }

    /**
     * Whether people decided a record of root {@code a}'s cluster apart from one of {@code b}'s.
     */
    boolean apart(int a, int b) {
      if (apart.isEmpty()) {
        return false;
      }
      List<Integer> fromA = apart.getOrDefault(a, List.of());
      List<Integer> fromB = apart.getOrDefault(b, List.of());
      List<Integer> shorter = fromA.size() <= fromB.size() ? fromA : fromB;
      int other = shorter == fromA ? b : a;
      for (int x : shorter) {
        if (find(x) == other) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a record kept for root {@code a} contradicts one kept for root {@code b}; when a
     * record of each gives one valid identity number, names one character apart do not ({@link
     * Coherence#contradict(int, int, boolean)}).
     */
    boolean contradict(int a, int b) {
      if (!contradict(a, b, false)) {
        return false; // the common case: the shared number need not be looked for
      }
      boolean sharedId = false;
      for (int x = a; x >= 0 && !sharedId; x = next[x]) {
        for (int y = b; y >= 0 && !sharedId; y = next[y]) {
          sharedId = coherence.shareId(record.applyAsInt(x), record.applyAsInt(y));
        }
      }
      return !sharedId || contradict(a, b, true);
    }

    private boolean contradict(int a, int b, boolean sharedId) {
      // A value one cluster holds already beside the other's is no new contradiction: the cluster
      // took both on stronger evidence (a shared identity number), so a record that repeats one
      // of them joins as its twin would.
      Coherence.Held held = (c, x, y) -> holds(b, c, x) || holds(a, c, y);
      for (int x = a; x >= 0; x = next[x]) {
        for (int y = b; y >= 0; y = next[y]) {
          if (coherence.contradict(record.applyAsInt(x), record.applyAsInt(y), sharedId, held)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a record kept for root {@code root} has record {@code r}'s value of a column. */
    private boolean holds(int root, Column c, int r) {
      for (int z = root; z >= 0; z = next[z]) {
        if (c.sameValue(record.applyAsInt(z), r)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Joins two roots' clusters; the root with the smaller id wins, so roots do not depend on
     * order.
     */
    void join(int a, int b) {
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
        List<Integer> apartB = apart.remove(b);
        if (apartB != null) {
          apart.computeIfAbsent(a, k -> new ArrayList<>()).addAll(apartB);
        }
      }
    }
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
    Arrays.sort(distinct);
    int w = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || distinct[i] != distinct[w - 1]) {
        distinct[w++] = distinct[i];
      }
    }
    int[] place = new int[m];
    for (int i = 0; i < m; i++) {
      place[i] = w - 1 - Arrays.binarySearch(distinct, 0, w, keys[i]); // highest first
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

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
