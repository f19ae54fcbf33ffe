package org.gridgov.dedup;

/**
 * Distinct strings numbered in the order first seen, {@code ""} being 0: a column stores each
 * record's value as an int, so that comparing two records is comparing two ints in arrays (no
 * string loaded) and equal values are held once. An open-addressing table whose slots hold a
 * value's hash beside its id, so a probe touches one slot and a string is read only when the hashes
 * agree. The values themselves are kept as bytes in a {@link TextArena}, not as strings: a million
 * records number some 2.3 million distinct values, which as objects were most of what every young
 * collection copied while reading ({@code benchmarks/README.md}, resident deduplication). So {@link
 * #get} builds a new string: hot paths compare ids, or packed forms of the values. Not thread-safe
 * while values are added; read-only afterwards.
 */
final class Dict {

  private final TextArena values = new TextArena();

  /** Slots hold {@code hash << 32 | id}, 0 for an empty slot; at most half full. */
  private long[] table = new long[128];

  Dict() {
    values.add("");
  }

  /** The id of a value, numbering it when new. */
  int intern(String value) {
    return intern(value, value.hashCode());
  }

  /** The id of a value whose {@link String#hashCode} is {@code hash}, numbering it when new. */
  int intern(String value, int hash) {
    if (value.isEmpty()) {
      return 0;
    }
    int mask = table.length - 1;
    for (int h = mix(hash) & mask; ; h = (h + 1) & mask) {
      long slot = table[h];
      if (slot == 0) {
        int id = values.add(value);
        table[h] = (long) hash << 32 | id;
        if ((id + 1) * 2 > table.length) {
          rehash();
        }
        return id;
      }
      if ((int) (slot >>> 32) == hash && values.equalsAt((int) slot, value)) {
        return (int) slot;
      }
    }
  }

  /**
   * Reads the slot where the look-up of a value with this hash starts, and returns it: done for a
   * batch of values just before they are interned, the reads overlap, where each look-up's own
   * would wait for memory in turn (a million values' table does not fit in the cache). The caller
   * folds the results into a sum it keeps, so that the reads are not dropped.
   */
  long touch(int hash) {
    long[] t = table;
    return t[mix(hash) & (t.length - 1)];
  }

  /** The id of a value, or -1 when it was never interned. Read-only: safe on many threads. */
  int find(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int hash = value.hashCode();
    long[] t = table;
    int mask = t.length - 1;
    for (int h = mix(hash) & mask; ; h = (h + 1) & mask) {
      long slot = t[h];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == hash && values.equalsAt((int) slot, value)) {
        return (int) slot;
      }
    }
  }

  /**
   * Whether one of two values is the other with one character more, read in place ({@link
   * TextArena#oneLeftOut}): no string built on the comparing path.
   */
  boolean oneLeftOut(int a, int b) {
    return values.oneLeftOut(a, b);
  }

  /** Whether two values of one length differ in one character ({@link TextArena#oneReplaced}). */
  boolean oneReplaced(int a, int b) {
    return values.oneReplaced(a, b);
  }

  /** Whether one of two values holds the other ({@link TextArena#oneHoldsOther}). */
  boolean oneHoldsOther(int a, int b) {
    return values.oneHoldsOther(a, b);
  }

  /** The value of an id: a new string each call. */
  String get(int id) {
    return values.get(id);
  }

  /** How many distinct values, {@code ""} included. */
  int size() {
    return values.size();
  }

  private void rehash() {
    long[] next = new long[table.length * 2];
    int mask = next.length - 1;
    for (long slot : table) {
      if (slot != 0) {
        int h = mix((int) (slot >>> 32)) & mask;
        while (next[h] != 0) {
          h = (h + 1) & mask;
        }
        next[h] = slot;
      }
    }
    table = next;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
