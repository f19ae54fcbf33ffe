package org.gridgov.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.gridgov.core.internal.Parallel;
import org.jspecify.annotations.Nullable;

/**
 * Candidate pairs from several blocking keys at once: records sharing every part of any one key are
 * compared. A block larger than the cap (a very common key: 张伟 in a large city, a property office's
 * phone written on every row) is not compared pair by pair but by a sorted neighbourhood: its
 * records sorted by their values (fields in profile order, then record id) and each compared with
 * the next {@link #WINDOW} — linear in the block's size, so a common value cannot explode the
 * candidates, yet no block is dropped: records sharing a valid identity number are always compared
 * with some of each other, however many there are. The order does not depend on the order of the
 * input. Pairs are encoded as {@code (long) low << 32 | high} of record indexes, sorted and
 * distinct.
 */
final class Blocking {

  /** One part of a key: a column and a derived key name ({@code ""}: the value). */
  record Part(int column, String derived) {}

  /** How many following records each record of a block over the cap is compared with. */
  static final int WINDOW = 10;

  private Blocking() {}

  /** A blocking key as written in the profile: its parts joined by {@code +}. */
  static String name(List<String> key) {
    return String.join("+", key);
  }

  /**
   * The order of the records of a block over the cap: every field's canonical value in profile
   * order, so that records agreeing on the first fields (the name, in resident-cn) stand together;
   * ties by record id.
   */
  static String sortKey(RecordSet set, int r) {
    // Room for a whole resident (name, number, phone, address …) at once: growing the builder
    // twice a record showed in profiles of the million.
    StringBuilder b = new StringBuilder(256);
    for (Column c : set.columns) {
      b.append(c.value(r)).append('\u0001');
    }
    return b.append(set.id(r)).toString();
  }

  static List<List<Part>> parts(DedupConfig config) {
    return parts(config, config.blocking());
  }

  static List<List<Part>> parts(DedupConfig config, List<? extends List<String>> keys) {
    List<DedupConfig.Field> fields = config.fields();
    return keys.stream()
        .map(
            key ->
                key.stream()
                    .map(
                        p -> {
                          int dot = p.indexOf('.');
                          String field = dot < 0 ? p : p.substring(0, dot);
                          int f = 0;
                          while (!fields.get(f).name().equals(field)) {
                            f++;
                          }
                          return new Part(f, dot < 0 ? "" : p.substring(dot + 1));
                        })
                    .toList())
        .toList();
  }

  /** The key of record {@code r} for one blocking rule, or null when a part is empty. */
  static @Nullable String key(RecordSet set, List<Part> rule, int r) {
    if (rule.size() == 1) {
      Part p = rule.get(0);
      String k = set.columns[p.column()].key(p.derived(), r);
      return k.isEmpty() ? null : k;
    }
    StringBuilder b = new StringBuilder(32);
    for (int i = 0; i < rule.size(); i++) {
      Part p = rule.get(i);
      String k = set.columns[p.column()].key(p.derived(), r);
      if (k.isEmpty()) {
        return null;
      }
      if (i > 0) {
        b.append('\u0001');
      }
      b.append(k);
    }
    return b.toString();
  }

  /** The candidate pairs and the statistics (without pairs completeness). */
  static long[] candidates(RecordSet set, long[] stats, Executor executor) {
    // One key per task: the keys are independent, and a district's run uses every core. Each key's
    // pairs are sorted in its task, then merged without repeats: no array of every key's pairs.
    List<List<Part>> rules = parts(set.config);
    List<Buffer> buffers =
        Parallel.map(
            executor,
            rules,
            rule -> {
              Buffer b = new Buffer(Math.max(16, set.size()));
              b.overCap = generate(set, rule, set.config.maxBlockSize(), b);
              sortPairs(b.pairs, b.count, set.size());
              return b;
            });
    long total = 0;
    long overCap = 0;
    for (Buffer b : buffers) {
      total += b.count;
      overCap += b.overCap;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more than 2^31 candidate pairs: tighten the blocking");
    }
    long[] pairs = merge(buffers, set.size(), executor);
    stats[0] = total;
    stats[1] = pairs.length;
    stats[2] = overCap;
    return pairs;
  }

  /**
   * The distinct pairs of sorted buffers, in order. The pairs are split by their lower record into
   * parts merged on all cores, then joined.
   */
  private static long[] merge(List<Buffer> buffers, int n, Executor executor) {
    int parts = 16;
    int k = buffers.size();
    // starts[p][i]: where part p begins in buffer i (pairs of lower record n * p / parts or more).
    int[][] starts = new int[parts + 1][k];
    for (int p = 0; p <= parts; p++) {
      long bound = p == parts ? Long.MAX_VALUE : (long) (int) ((long) n * p / parts) << 32;
      for (int i = 0; i < k; i++) {
        Buffer b = buffers.get(i);
        int at = p == parts ? b.count : Arrays.binarySearch(b.pairs, 0, b.count, bound);
        if (at < 0) {
          at = -at - 1;
        } else {
          while (at > 0 && b.pairs[at - 1] == bound) {
            at--;
          }
        }
        starts[p][i] = at;
      }
    }
    long[][] merged = new long[parts][];
    Parallel.forRange(executor, parts, p -> merged[p] = mergePart(buffers, starts, p));
    int total = 0;
    for (long[] m : merged) {
      total += m.length;
    }
    long[] out = new long[total];
    int at = 0;
    for (long[] m : merged) {
      System.arraycopy(m, 0, out, at, m.length);
      at += m.length;
    }
    return out;
  }

  /**
   * One part's pairs without repeats, in order. Each buffer holds a first record's pairs in one
   * sorted run, so the part is taken a first record at a time: that record's runs gathered from
   * every buffer (a few dozen pairs), sorted and written once each. Linear in the pairs, where
   * picking the least head of every buffer for each pair cost a comparison per key per pair.
   */
  private static long[] mergePart(List<Buffer> buffers, int[][] starts, int p) {
    int k = buffers.size();
    long[][] arrays = new long[k][];
    int[] at = starts[p].clone();
    int[] end = starts[p + 1];
    int bound = 0;
    for (int i = 0; i < k; i++) {
      arrays[i] = buffers.get(i).pairs;
      bound += end[i] - at[i];
    }
    long[] out = new long[bound];
    int count = 0;
    while (true) {
      int first = Integer.MAX_VALUE;
      for (int i = 0; i < k; i++) {
        if (at[i] < end[i]) {
          first = Math.min(first, (int) (arrays[i][at[i]] >>> 32));
        }
      }
      if (first == Integer.MAX_VALUE) {
        return Arrays.copyOf(out, count);
      }
      // The record's pairs from every buffer, appended after what is written so far.
      int from = count;
      for (int i = 0; i < k; i++) {
        long[] a = arrays[i];
        int j = at[i];
        int e = end[i];
        while (j < e && (int) (a[j] >>> 32) == first) {
          out[count++] = a[j++];
        }
        at[i] = j;
      }
      if (count - from > 1) {
        Arrays.sort(out, from, count);
        int distinct = from + 1;
        for (int x = from + 1; x < count; x++) {
          if (out[x] != out[distinct - 1]) {
            out[distinct++] = out[x];
          }
        }
        count = distinct;
      }
    }
  }

  /** The distinct pairs one key brings together, blocks over the cap by their neighbourhoods. */
  static long[] pairs(RecordSet set, List<Part> rule, int cap, Executor executor) {
    Buffer buffer = new Buffer(Math.max(16, set.size()));
    generate(set, rule, cap, buffer);
    return buffer.distinct(executor);
  }

  /** A growing array of encoded pairs. */
  private static final class Buffer {
    long[] pairs;
    int count;
    long overCap;

    Buffer(int capacity) {
      pairs = new long[capacity];
    }

    void ensure(long more) {
      if (count + more > pairs.length) {
        long size = Math.max(pairs.length * 2L, count + more);
        if (size > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("more than 2^31 candidate pairs: tighten the blocking");
        }
        pairs = Arrays.copyOf(pairs, (int) size);
      }
    }

    long[] distinct(Executor executor) {
      Parallel.sort(executor, pairs, 0, count);
      int distinct = 0;
      for (int i = 0; i < count; i++) {
        if (distinct == 0 || pairs[distinct - 1] != pairs[i]) {
          pairs[distinct++] = pairs[i];
        }
      }
      return Arrays.copyOf(pairs, distinct);
    }
  }

  /**
   * Every record's key for one rule as an int, equal exactly when the keys of {@link #key} are
   * equal, 0 when a part is empty: one part is its column's key ids, several parts are numbered
   * pairwise (a primitive table of id pairs), so no key string is built.
   */
  static int[] keyIds(RecordSet set, List<Part> rule) {
    int n = set.size();
    Part first = rule.get(0);
    int[] ids = set.columns[first.column()].keyIds(first.derived());
    for (int i = 1; i < rule.size(); i++) {
      Part p = rule.get(i);
      int[] next = set.columns[p.column()].keyIds(p.derived());
      LongIds pairs = new LongIds(Math.min(n, 1 << 20));
      int[] combined = new int[n];
      for (int r = 0; r < n; r++) {
        if (ids[r] != 0 && next[r] != 0) {
          combined[r] = pairs.id((long) ids[r] << 32 | (next[r] & 0xFFFFFFFFL));
        }
      }
      ids = combined;
    }
    return ids;
  }

  /** Distinct longs numbered from 1 in the order first seen: open addressing, no boxing. */
  private static final class LongIds {
    private long[] keys;
    private int[] ids;
    private int size;

    LongIds(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[capacity];
      ids = new int[capacity];
    }

    int id(long key) {
      int mask = keys.length - 1;
      for (int h = mix(key) & mask; ; h = (h + 1) & mask) {
        if (ids[h] == 0) {
          keys[h] = key;
          ids[h] = ++size;
          if (size * 2 > keys.length) {
            grow();
          }
          return size;
        }
        if (keys[h] == key) {
          return ids[h];
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldIds = ids;
      keys = new long[oldKeys.length * 2];
      ids = new int[oldIds.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldIds[i] != 0) {
          int h = mix(oldKeys[i]) & mask;
          while (ids[h] != 0) {
            h = (h + 1) & mask;
          }
          keys[h] = oldKeys[i];
          ids[h] = oldIds[i];
        }
      }
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  /**
   * Adds one key's pairs to the buffer; returns how many blocks were over the cap. Records are
   * grouped by sorting (key id, record) in one primitive array — much cheaper than a hash map of a
   * million key strings; a key id stands for one key exactly, so no collision can join two blocks.
   */
  private static long generate(RecordSet set, List<Part> rule, int cap, Buffer buffer) {
    int n = set.size();
    int[] keys = keyIds(set, rule);
    long[] sorted = byKey(keys);
    int m = sorted.length;
    long overCap = 0;
    int[] block = new int[16];
    for (int i = 0; i < m; ) {
      int j = i + 1;
      while (j < m && (sorted[j] >>> 32) == (sorted[i] >>> 32)) {
        j++;
      }
      if (j - i >= 2) {
        int size = j - i;
        if (size > block.length) {
          block = new int[Math.max(size, block.length * 2)];
        }
        for (int x = i; x < j; x++) {
          block[x - i] = (int) sorted[x];
        }
        overCap += emit(set, block, size, cap, buffer);
      }
      i = j;
    }
    return overCap;
  }

  /**
   * The records that have a key, as {@code key << 32 | record} sorted ascending: by key, then by
   * record. Key ids are dictionary numbers, dense from 1, so a counting sort (two passes, no
   * comparisons) gives that order; other ids fall back to sorting.
   */
  static long[] byKey(int[] keys) {
    int n = keys.length;
    int m = 0;
    int max = 0;
    boolean dense = true;
    for (int k : keys) {
      if (k != 0) {
        m++;
        max = Math.max(max, k);
        dense &= k > 0;
      }
    }
    long[] sorted = new long[m];
    if (!dense || max > 4L * n + 1024) {
      int i = 0;
      for (int r = 0; r < n; r++) {
        if (keys[r] != 0) {
          sorted[i++] = (long) keys[r] << 32 | r;
        }
      }
      Arrays.sort(sorted);
      return sorted;
    }
    int[] next = new int[max + 2];
    for (int k : keys) {
      if (k != 0) {
        next[k + 1]++;
      }
    }
    for (int k = 1; k < next.length; k++) {
      next[k] += next[k - 1];
    }
    for (int r = 0; r < n; r++) {
      int k = keys[r];
      if (k != 0) {
        sorted[next[k]++] = (long) k << 32 | r; // records ascending within a key
      }
    }
    return sorted;
  }

  /**
   * Sorts encoded pairs {@code a << 32 | b} ({@code a < b < n}) ascending: bucketed by their first
   * record in one counting pass, then each bucket (a record's few partners) sorted on its own,
   * which costs far less than comparison-sorting millions of longs.
   */
  static void sortPairs(long[] pairs, int count, int n) {
    if (count < 1 << 12) {
      Arrays.sort(pairs, 0, count);
      return;
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < count; i++) {
      start[(int) (pairs[i] >>> 32) + 1]++;
    }
    for (int r = 1; r <= n; r++) {
      start[r] += start[r - 1];
    }
    long[] out = new long[count];
    int[] next = start.clone();
    for (int i = 0; i < count; i++) {
      long p = pairs[i];
      out[next[(int) (p >>> 32)]++] = p;
    }
    for (int r = 0; r < n; r++) {
      if (start[r + 1] - start[r] > 1) {
        Arrays.sort(out, start[r], start[r + 1]);
      }
    }
    System.arraycopy(out, 0, pairs, 0, count);
  }

  /**
   * The records of a block over the cap in neighbourhood order: sorted by {@link #sortKey}. Shared
   * with the incremental index, which must pair them alike.
   */
  static int[] neighbourhoodOrder(RecordSet set, int[] block, int size) {
    String[] keys = new String[size];
    for (int i = 0; i < size; i++) {
      keys[i] = sortKey(set, block[i]);
    }
    int[] order = neighbourhoodOrder(keys);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = block[order[i]];
    }
    return out;
  }

  /**
   * The places of a block's records in neighbourhood order, given their {@link #sortKey}s: shared
   * with the distributed run, which holds a block's sort keys, not its record set.
   */
  static int[] neighbourhoodOrder(String[] sortKeys) {
    Integer[] order = new Integer[sortKeys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> sortKeys[x].compareTo(sortKeys[y]));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /** Adds a block's pairs; returns 1 when the block is over the cap (compared by windows). */
  private static long emit(RecordSet set, int[] block, int size, int cap, Buffer buffer) {
    if (size < 2) {
      return 0;
    }
    if (size > cap) {
      int[] sorted = neighbourhoodOrder(set, block, size);
      buffer.ensure((long) size * WINDOW);
      long[] pairs = buffer.pairs;
      int count = buffer.count;
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j <= i + WINDOW && j < size; j++) {
          int a = sorted[i];
          int b = sorted[j];
          pairs[count++] = a < b ? (long) a << 32 | b : (long) b << 32 | a;
        }
      }
      buffer.count = count;
      return 1;
    }
    buffer.ensure((long) size * (size - 1) / 2);
    long[] pairs = buffer.pairs;
    int count = buffer.count;
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        int a = block[i];
        int b = block[j];
        pairs[count++] = a < b ? (long) a << 32 | b : (long) b << 32 | a;
      }
    }
    buffer.count = count;
    return 0;
  }
}
