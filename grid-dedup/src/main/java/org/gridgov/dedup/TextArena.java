package org.gridgov.dedup;

import java.util.Arrays;

/**
 * Strings kept as characters in large shared blocks, numbered in the order added: what a column
 * keeps of values it stores only to give them back (a record's value as entered, for golden records
 * and reviews), a few bytes of overhead each instead of a {@code String} and its array.
 *
 * <p>Why: a million records keep three million such values. As objects they are most of the live
 * heap's object count, and every young collection while reading copies them once more; in blocks
 * they are a few hundred arrays, and on this project's two-core machine, where a gigabyte of fresh
 * memory costs seconds to touch, they also take about half the memory ({@code
 * benchmarks/README.md}, resident deduplication). {@link #get} builds a new {@code String} each
 * time: fine for values read once per output row, wrong for a hot path.
 *
 * <p>Not thread-safe while values are added; read-only afterwards.
 */
final class TextArena {

  /** Characters per shared block: 128 KiB, a small array for the collector to move. */
  static final int BLOCK = 1 << 16;

  /** Bits of a span for the start and for the length; a value longer than a block has its own. */
  private static final int BITS = 17;

  private static final long MASK = (1L << BITS) - 1;

  /** In a span's length: the value is its whole block. */
  private static final long WHOLE = MASK;

  private char[][] blocks = new char[8][];

  private int blockCount;

  /** Characters used of the last shared block. */
  private int used = BLOCK;

  /** The last shared block's index, -1 before the first. */
  private int shared = -1;

  /** Per value: {@code block << 34 | start << 17 | length}. */
  private long[] spans = new long[16];

  private int size;

  /** Adds a value at the end and returns its number. */
  int add(String value) {
    int n = value.length();
    long span;
    if (n == 0) {
      span = 0;
    } else if (n > BLOCK) {
      char[] own = value.toCharArray();
      span = (long) newBlock(own) << (2 * BITS) | WHOLE;
    } else {
      if (used + n > BLOCK) {
        shared = newBlock(new char[BLOCK]);
        used = 0;
      }
      value.getChars(0, n, blocks[shared], used);
      span = (long) shared << (2 * BITS) | (long) used << BITS | n;
      used += n;
    }
    if (size == spans.length) {
      spans = Arrays.copyOf(spans, size * 2);
    }
    spans[size] = span;
    return size++;
  }

  private int newBlock(char[] block) {
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
    char[] block = blocks[(int) (span >>> (2 * BITS))];
    if (length == WHOLE) {
      return new String(block);
    }
    return new String(block, (int) (span >>> BITS & MASK), (int) length);
  }

  /** How many values. */
  int size() {
    return size;
  }
}
