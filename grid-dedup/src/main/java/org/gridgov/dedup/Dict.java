package org.gridgov.dedup;

/**
 * Distinct strings numbered in the order first seen, {@code ""} being 0: a column stores each
 * record's value as an int, so that comparing two records is comparing two ints in arrays (no
 * string loaded) and equal values are held once. An open-addressing table of ids, so a million
 * values cost a few bytes each beyond the strings themselves. Not thread-safe while values are
 * added; read-only afterwards.
 */
final class Dict {

  private String[] values = new String[64];
  private int size = 1;

  /** Slots hold ids, 0 for an empty slot; at most half full. */
  private int[] table = new int[128];

  Dict() {
    values[0] = "";
  }

  /** The id of a value, numbering it when new. */
  int intern(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int mask = table.length - 1;
    for (int h = mix(value.hashCode()) & mask; ; h = (h + 1) & mask) {
      int id = table[h];
      if (id == 0) {
        if (size == values.length) {
          values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        table[h] = size;
        if (++size * 2 > table.length) {
          rehash();
        }
        return size - 1;
      }
      if (values[id].equals(value)) {
        return id;
      }
    }
  }

  /** The value of an id. */
  String get(int id) {
    return values[id];
  }

  /** How many distinct values, {@code ""} included. */
  int size() {
    return size;
  }

  private void rehash() {
    int[] next = new int[table.length * 2];
    int mask = next.length - 1;
    for (int id = 1; id < size; id++) {
      int h = mix(values[id].hashCode()) & mask;
      while (next[h] != 0) {
        h = (h + 1) & mask;
      }
      next[h] = id;
    }
    table = next;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
