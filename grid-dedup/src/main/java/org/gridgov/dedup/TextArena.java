package org.gridgov.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings kept as bytes in large shared blocks, numbered in the order added: what a column keeps of
 * values it stores only to give them back (a record's value as entered, an address's canonical
 * text, for golden records and reviews), a few bytes of overhead each instead of a {@code String}
 * and its array. A value whose characters all fit in one byte (numbers, romanised names) takes a
 * byte a character, any other two (UTF-16), as {@code String} itself stores them.
 *
 * <p>Why: a million records keep three million such values. As objects they are most of the live
 * heap's object count, and every young collection while reading copies them once more; in blocks
 * they are a few thousand arrays ({@code benchmarks/README.md}, resident deduplication). {@link
 * #get} builds a new {@code String} each time: fine for values read once per output row, wrong for
 * a hot path.
 *
 * <p>Not thread-safe while values are added; read-only afterwards.
 */
final class TextArena {

  /** Bytes per shared block: 64 KiB, a small array for the collector to move. */
  static final int BLOCK = 1 << 16;

  /** Bits of a span for the start and for the length in bytes. */
  private static final int BITS = 17;

  private static final long MASK = (1L << BITS) - 1;

  /** In a span's length: the value is its whole block (longer than a shared block holds). */
  private static final long WHOLE = MASK;

  /** A span's flag bit: the value's characters are two bytes each. */
  private static final long WIDE = 1L << (2 * BITS);

  /** Where a span's block index starts. */
  private static final int BLOCK_SHIFT = 2 * BITS + 1;

  private byte[][] blocks = new byte[8][];

  private int blockCount;

  /** Bytes used of the last shared block. */
  private int used = BLOCK;

  /** The last shared block's index. */
  private int shared = -1;

  /** Per value: {@code block << 35 | wide << 34 | start << 17 | length}; 0 for {@code ""}. */
  private long[] spans = new long[16];

  private int size;

  /** Adds a value at the end and returns its number. */
  int add(String value) {
    int n = value.length();
    long span = 0;
    if (n > 0) {
      boolean wide = false;
      for (int i = 0; i < n && !wide; i++) {
        wide = value.charAt(i) > 0xFF;
      }
      int bytes = wide ? 2 * n : n;
      int block;
      int start;
      long length;
      if (bytes > BLOCK) {
        block = newBlock(new byte[bytes]);
        start = 0;
        length = WHOLE;
      } else {
        if (used + bytes > BLOCK) {
          shared = newBlock(new byte[BLOCK]);
          used = 0;
        }
        block = shared;
        start = used;
        length = bytes;
        used += bytes;
      }
      byte[] b = blocks[block];
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        if (wide) {
          b[start + 2 * i] = (byte) (c >>> 8);
          b[start + 2 * i + 1] = (byte) c;
        } else {
          b[start + i] = (byte) c;
        }
      }
      span = (long) block << BLOCK_SHIFT | (wide ? WIDE : 0) | (long) start << BITS | length;
    }
    if (size == spans.length) {
      spans = Arrays.copyOf(spans, size * 2);
    }
    spans[size] = span;
    return size++;
  }

  private int newBlock(byte[] block) {
    if (blockCount == blocks.length) {
      blocks = Arrays.copyOf(blocks, blockCount * 2);
    }
    blocks[blockCount] = block;
    return blockCount++;
  }

  /** Value {@code i}, as added. */
  String get(int i) {
    long span = spans[i];
    long length = span & MASK;
    if (length == 0) {
      return "";
    }
    byte[] block = blocks[(int) (span >>> BLOCK_SHIFT)];
    int start = (int) (span >>> BITS & MASK);
    int bytes = length == WHOLE ? block.length : (int) length;
    if ((span & WIDE) == 0) {
      return new String(block, start, bytes, StandardCharsets.ISO_8859_1);
    }
    // Not through a UTF-16 decoder: that would replace a lone surrogate, which a String may hold.
    char[] chars = new char[bytes / 2];
    for (int k = 0; k < chars.length; k++) {
      chars[k] = (char) ((block[start + 2 * k] & 0xFF) << 8 | (block[start + 2 * k + 1] & 0xFF));
    }
    return new String(chars);
  }

  /**
   * Whether value {@code i} is {@code s}, reading the bytes in place: how a dictionary whose values
   * live here tells a value it holds from one with the same hash, building no string.
   */
  boolean equalsAt(int i, String s) {
    long span = spans[i];
    long length = span & MASK;
    int n = s.length();
    if (length == 0) {
      return n == 0;
    }
    byte[] block = blocks[(int) (span >>> BLOCK_SHIFT)];
    int start = (int) (span >>> BITS & MASK);
    int bytes = length == WHOLE ? block.length : (int) length;
    if ((span & WIDE) == 0) {
      if (bytes != n) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if (s.charAt(k) != (block[start + k] & 0xFF)) {
          return false;
        }
      }
      return true;
    }
    if (bytes != 2 * n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      int c = (block[start + 2 * k] & 0xFF) << 8 | (block[start + 2 * k + 1] & 0xFF);
      if (s.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of values {@code i} and {@code j} is the other with one character added anywhere
   * ({@link Similarity#withinOneEdit} of two texts whose lengths differ by one), reading the bytes
   * in place.
   */
  boolean oneLeftOut(int i, int j) {
    int li = length(i);
    int lj = length(j);
    if (Math.abs(li - lj) != 1) {
      return false;
    }
    int longer = li > lj ? i : j;
    int shorter = li > lj ? j : i;
    int n = Math.min(li, lj);
    int k = 0;
    while (k < n && charAt(longer, k) == charAt(shorter, k)) {
      k++;
    }
    for (int m = k; m < n; m++) {
      if (charAt(longer, m + 1) != charAt(shorter, m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether values {@code i} and {@code j} have one length and differ in exactly one character. */
  boolean oneReplaced(int i, int j) {
    int n = length(i);
    if (n != length(j)) {
      return false;
    }
    int differ = 0;
    for (int k = 0; k < n && differ < 2; k++) {
      if (charAt(i, k) != charAt(j, k)) {
        differ++;
      }
    }
    return differ == 1;
  }

  /**
   * Whether one of values {@code i} and {@code j} holds the other, which has two characters or more
   * ({@code 银座晶都} in {@code 银座晶都国际}), reading the bytes in place.
   */
  boolean oneHoldsOther(int i, int j) {
    int li = length(i);
    int lj = length(j);
    int longer = li >= lj ? i : j;
    int shorter = li >= lj ? j : i;
    int n = Math.min(li, lj);
    int m = Math.max(li, lj);
    if (n < 2) {
      return false;
    }
    for (int k = 0; k + n <= m; k++) {
      int x = 0;
      while (x < n && charAt(longer, k + x) == charAt(shorter, x)) {
        x++;
      }
      if (x == n) {
        return true;
      }
    }
    return false;
  }

  /** Value {@code i}'s length in characters. */
  private int length(int i) {
    long span = spans[i];
    long length = span & MASK;
    if (length == 0) {
      return 0;
    }
    int bytes = length == WHOLE ? blocks[(int) (span >>> BLOCK_SHIFT)].length : (int) length;
    return (span & WIDE) == 0 ? bytes : bytes / 2;
  }

  /** Character {@code k} of value {@code i}. */
  private char charAt(int i, int k) {
    long span = spans[i];
    byte[] block = blocks[(int) (span >>> BLOCK_SHIFT)];
    int start = (int) (span >>> BITS & MASK);
    if ((span & WIDE) == 0) {
      return (char) (block[start + k] & 0xFF);
    }
    return (char) ((block[start + 2 * k] & 0xFF) << 8 | (block[start + 2 * k + 1] & 0xFF));
  }

  /** How many values. */
  int size() {
    return size;
  }
}
