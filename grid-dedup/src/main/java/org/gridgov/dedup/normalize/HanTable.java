package org.gridgov.dedup.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Each character's simplified form and toneless pinyin reading, as ICU4J's {@code
 * Traditional-Simplified} and {@code Han-Latin} transliterators give them one character at a time,
 * read from the resource {@code han.tsv} (built from ICU4J by the test {@code HanTableTest}, which
 * also checks it against ICU4J for every character of the Basic Multilingual Plane). A table
 * instead of the transliterators themselves: building {@code Han-Latin}'s rules takes a fraction of
 * a second per thread, and looking a character up in it runs through code the JIT has to compile,
 * which on a cold one-shot run of a million records cost about a second of the machine's two cores
 * (benchmarks/README.md, resident deduplication). Read-only after class initialisation: safe on
 * many threads.
 */
final class HanTable {

  /** The first character the table can differ from itself on; below it nothing is Han. */
  static final char FIRST = 0x2E80;

  /** Per character: its simplified form (itself when it has none). */
  private static final char[] SIMPLIFIED = new char[0x10000];

  /** Per character: its toneless reading, {@code ""} when it has none. */
  private static final String[] READING = new String[0x10000];

  /** The readings of the unified Han characters {@code 一} … {@code 龥}: the pinyin syllables. */
  private static final Set<String> SYLLABLES;

  static {
    for (int c = 0; c < 0x10000; c++) {
      SIMPLIFIED[c] = (char) c;
      READING[c] = "";
    }
    String text;
    try (InputStream in = HanTable.class.getResourceAsStream("han.tsv")) {
      if (in == null) {
        throw new IllegalStateException("the resource han.tsv is missing from grid-dedup");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource han.tsv", e);
    }
    load(text);
    Set<String> syllables = new HashSet<>();
    for (char c = 0x4E00; c <= 0x9FA5; c++) {
      if (!READING[c].isEmpty()) {
        syllables.add(READING[c]);
      }
    }
    SYLLABLES = Set.copyOf(syllables);
  }

  private HanTable() {}

  /**
   * Reads lines {@code char TAB reading [TAB simplified]} after a header of {@code #} lines; one
   * string per distinct reading (some four hundred), not one per character.
   */
  private static void load(String text) {
    Map<String, String> readings = new HashMap<>();
    int line = 0;
    for (int i = 0; i < text.length(); ) {
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = text.length();
      }
      line++;
      if (text.charAt(i) != '#') {
        int tab = i + 1;
        int tab2 = text.indexOf('\t', tab + 1);
        if (tab2 > end) {
          tab2 = -1; // a tab of a later line
        }
        if (end - i < 2 || text.charAt(tab) != '\t' || (tab2 >= 0 && tab2 != end - 2)) {
          throw new IllegalStateException("han.tsv line " + line + ": not 'char TAB reading'");
        }
        char c = text.charAt(i);
        String reading = text.substring(tab + 1, tab2 < 0 ? end : tab2);
        READING[c] = readings.computeIfAbsent(reading, r -> r);
        if (tab2 >= 0) {
          SIMPLIFIED[c] = text.charAt(end - 1);
        }
      }
      i = end + 1;
    }
  }

  /** The simplified form of a character, the character itself when it has none. */
  static char simplified(char c) {
    return SIMPLIFIED[c];
  }

  /**
   * The toneless reading of a character, lower-case ASCII ({@code ü} as {@code v}), or {@code ""}.
   */
  static String reading(char c) {
    return READING[c];
  }

  /** Every reading of the unified Han characters: which romanised words are pinyin syllables. */
  static Set<String> syllables() {
    return SYLLABLES;
  }
}
