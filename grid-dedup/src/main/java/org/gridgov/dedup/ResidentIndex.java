package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.progress.Progress;

/**
 * Deduplication one record at a time: each record added is compared with the records it shares a
 * blocking key with, and the answer is the cluster it joined — at once, as an intake desk needs.
 * With the same model, adding all records one by one gives the same clusters as the batch run
 * ({@link Deduplicator#run(RecordSet, DedupModel, Progress)}): a block that grows past the cap
 * trades its pairs for its sorted neighbourhood's, as the batch run does, and the clusters of the
 * records touched are recomputed strongest pair first.
 *
 * <p>Safe to use from many threads: {@link #add} and the readers are synchronised.
 */
public final class ResidentIndex {

  private final DedupModel model;
  private final RecordSet set;
  private final Scorer scorer;
  private final Coherence coherence;
  private final List<List<Blocking.Part>> rules;
  private final List<Map<String, Block>> blocks = new ArrayList<>();

  /**
   * The clustering's edges ({@link Scorer#edge}: accepted pairs, and pairs that may attach a
   * cluster of sparse records): weight and how many live blocks hold both records.
   */
  private final Map<Long, Edge> edges = new HashMap<>();

  private final Map<Integer, List<Integer>> neighbours = new HashMap<>();
  private int[] root = new int[16];

  /**
   * The records sharing one key: in the order added while the block is within the cap, sorted in
   * neighbourhood order (with their sort keys) once it is over.
   */
  private static final class Block {
    int[] members = new int[4];
    String[] keys = new String[0];
    int size;

    void append(int r) {
      if (size == members.length) {
        members = Arrays.copyOf(members, size * 2);
      }
      members[size++] = r;
    }
  }

  private static final class Edge {
    final double weight;
    int live;

    Edge(double weight) {
      this.weight = weight;
    }
  }

  /** An empty index deciding pairs with {@code model} (trained by a batch run, say). */
  public ResidentIndex(DedupModel model) {
    this.model = requireNonNull(model, "model");
    // One record at a time: normalised on the calling thread.
    this.set = new RecordSet(model.config(), Runnable::run);
    set.useAliases(model.estateAliases());
    this.scorer = new Scorer(set, model);
    this.coherence = Coherence.of(set);
    this.rules = Blocking.parts(model.config());
    for (int i = 0; i < rules.size(); i++) {
      blocks.add(new HashMap<>());
    }
  }

  /** The model. */
  public DedupModel model() {
    return model;
  }

  /** How many records. */
  public synchronized int size() {
    return set.size();
  }

  /**
   * Adds a record and returns the cluster it is in now: the smallest record id in the cluster.
   *
   * @throws IllegalArgumentException if a record with this id was added before
   */
  public synchronized String add(DedupRecord record) {
    requireNonNull(record, "record");
    if (set.indexOf(record.id()) >= 0) {
      throw new IllegalArgumentException("a record with the id " + record.id() + " was added");
    }
    int r = set.add(record);
    if (root.length <= r) {
      root = Arrays.copyOf(root, root.length * 2);
    }
    root[r] = r;
    Set<Integer> affected = new HashSet<>();
    affected.add(r);
    Set<Long> rejected = new HashSet<>();
    int cap = model.config().maxBlockSize();
    for (int k = 0; k < rules.size(); k++) {
      String key = Blocking.key(set, rules.get(k), r);
      if (key == null) {
        continue;
      }
      Block b = blocks.get(k).computeIfAbsent(key, x -> new Block());
      if (b.size < cap) {
        for (int i = 0; i < b.size; i++) {
          produce(r, b.members[i], affected, rejected);
        }
        b.append(r);
      } else if (b.size == cap) {
        // The block goes over the cap: its pairs become its sorted neighbourhood's, as in the
        // batch.
        for (int i = 0; i < b.size; i++) {
          for (int j = i + 1; j < b.size; j++) {
            withdraw(b.members[i], b.members[j], affected);
          }
        }
        b.append(r);
        b.members = Blocking.neighbourhoodOrder(set, b.members, b.size);
        b.keys = new String[Math.max(16, b.members.length)];
        for (int i = 0; i < b.size; i++) {
          b.keys[i] = Blocking.sortKey(set, b.members[i]);
        }
        for (int i = 0; i < b.size; i++) {
          for (int j = i + 1; j <= i + Blocking.WINDOW && j < b.size; j++) {
            produce(b.members[i], b.members[j], affected, rejected);
          }
        }
      } else {
        insert(b, r, affected, rejected);
      }
    }
    recluster(affected);
    return set.id(root[r]);
  }

  /** The cluster of a record added before. */
  public synchronized String clusterOf(String recordId) {
    int i = set.indexOf(requireNonNull(recordId, "recordId"));
    if (i < 0) {
      throw new IllegalArgumentException("no record " + recordId + " was added");
    }
    return set.id(root[i]);
  }

  /** Every record's cluster, by record id, in the order added. */
  public synchronized ImmutableMap<String, String> clusters() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < set.size(); i++) {
      out.put(set.id(i), set.id(root[i]));
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Puts a record into a block over the cap at its place in neighbourhood order: the pairs that the
   * insertion pushes out of the window go, the record's own window pairs come.
   */
  private void insert(Block b, int r, Set<Integer> affected, Set<Long> rejected) {
    String key = Blocking.sortKey(set, r);
    int p = Arrays.binarySearch(b.keys, 0, b.size, key);
    p = p < 0 ? -p - 1 : p;
    int w = Blocking.WINDOW;
    for (int i = Math.max(0, p - w); i < p; i++) {
      int j = i + w;
      if (j < b.size) {
        withdraw(b.members[i], b.members[j], affected);
      }
    }
    if (b.size == b.members.length) {
      b.members = Arrays.copyOf(b.members, b.size * 2);
    }
    if (b.size == b.keys.length) {
      b.keys = Arrays.copyOf(b.keys, b.size * 2);
    }
    System.arraycopy(b.members, p, b.members, p + 1, b.size - p);
    System.arraycopy(b.keys, p, b.keys, p + 1, b.size - p);
    b.members[p] = r;
    b.keys[p] = key;
    b.size++;
    for (int q = Math.max(0, p - w); q <= p + w && q < b.size; q++) {
      if (q != p) {
        produce(r, b.members[q], affected, rejected);
      }
    }
  }

  /** A block brings a pair together: scored once, kept when it is an edge. */
  private void produce(int a, int b, Set<Integer> affected, Set<Long> rejected) {
    long pair = pair(a, b);
    Edge e = edges.get(pair);
    if (e != null) {
      e.live++;
    } else if (!rejected.contains(pair)) {
      double w = scorer.edge(Math.min(a, b), Math.max(a, b));
      if (!Double.isNaN(w)) {
        Edge added = new Edge(w);
        added.live = 1;
        edges.put(pair, added);
        neighbours.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
        neighbours.computeIfAbsent(b, x -> new ArrayList<>()).add(a);
        affected.add(a);
        affected.add(b);
      } else {
        rejected.add(pair);
      }
    }
  }

  /** A block no longer brings a pair together: it goes when no other block does. */
  private void withdraw(int a, int b, Set<Integer> affected) {
    long pair = pair(a, b);
    Edge e = edges.get(pair);
    if (e != null && --e.live == 0) {
      edges.remove(pair);
      requireNonNull(neighbours.get(a)).remove(Integer.valueOf(b));
      requireNonNull(neighbours.get(b)).remove(Integer.valueOf(a));
      affected.add(a);
      affected.add(b);
    }
  }

  /** Recomputes the clusters of the connected components holding the affected records. */
  private void recluster(Set<Integer> affected) {
    Set<Integer> done = new HashSet<>();
    for (int start : affected) {
      if (done.contains(start)) {
        continue;
      }
      List<Integer> nodes = new ArrayList<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      done.add(start);
      while (!queue.isEmpty()) {
        int x = queue.poll();
        nodes.add(x);
        for (int y : neighbours.getOrDefault(x, List.of())) {
          if (done.add(y)) {
            queue.add(y);
          }
        }
      }
      Map<Integer, Integer> local = new HashMap<>();
      for (int i = 0; i < nodes.size(); i++) {
        local.put(nodes.get(i), i);
      }
      List<Long> pairs = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int x : nodes) {
        for (int y : neighbours.getOrDefault(x, List.of())) {
          if (x < y) {
            pairs.add((long) requireNonNull(local.get(x)) << 32 | requireNonNull(local.get(y)));
            weights.add(requireNonNull(edges.get(pair(x, y))).weight);
          }
        }
      }
      String[] ids = new String[nodes.size()];
      for (int i = 0; i < nodes.size(); i++) {
        ids[i] = set.id(nodes.get(i));
      }
      int[] roots =
          Clustering.cluster(
              nodes.size(),
              pairs.stream().mapToLong(Long::longValue).toArray(),
              weights.stream().mapToDouble(Double::doubleValue).toArray(),
              scorer.threshold(),
              ids,
              coherence,
              nodes::get,
              new long[0]); // people's decisions are for batch runs
      for (int i = 0; i < nodes.size(); i++) {
        root[nodes.get(i)] = nodes.get(roots[i]);
      }
    }
  }

  private static long pair(int a, int b) {
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }
}
