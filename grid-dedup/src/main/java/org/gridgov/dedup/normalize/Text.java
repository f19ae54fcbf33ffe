package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/** Text clean-up shared by the other normalisers. */
public final class Text {

  private Text() {}

  /**
   * NFKC (full-width letters, digits and punctuation to their ASCII forms, compatibility characters
   * to their ordinary ones), every run of white space (including the ideographic space U+3000) to
   * one space, and no space at either end.
   */
  public static String clean(String s) {
    requireNonNull(s, "s");
    if (nfkcStable(s)) {
      return collapse(s);
    }
    return collapse(Normalizer.normalize(s, Normalizer.Form.NFKC));
  }

  /** Whether the code point is a CJK unified ideograph (the Han characters of names). */
  public static boolean isHan(int cp) {
    // Scored pairs ask this for every name: answer the common cases without the script table's
    // binary search. No Han character lies below U+2E80 (CJK Radicals Supplement), and the CJK
    // Unified Ideographs of Unicode 1.1 (U+4E00-U+9FA5) are Han in every Unicode version.
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FA5) {
      return true;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whether the text holds a Han character. */
  public static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The text with every white-space character removed. */
  public static String removeSpaces(String s) {
    if (!hasSpace(s)) {
      return s; // most values: no copy
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether NFKC leaves the text as it is, judged cheaply: ASCII and the CJK unified ideographs
   * (U+3400–U+4DBF, U+4E00–U+9FFF) are stable; anything else (full-width forms, compatibility
   * ideographs, Latin-1 superscripts) goes through the normaliser. Most records are pure ASCII and
   * Han, and skipping the normaliser halves the cost of cleaning them.
   */
  private static boolean nfkcStable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x7f && !(c >= 0x4E00 && c <= 0x9FFF) && !(c >= 0x3400 && c <= 0x4DBF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #collapse} would return the text unchanged: no white space at either end, and
   * none inside but single plain spaces. Most values are, and are then not copied.
   */
  private static boolean collapsed(String s) {
    boolean afterSpace = true; // white space at the start is removed
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (c != ' ' || afterSpace) {
          return false;
        }
        afterSpace = true;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || s.isEmpty();
  }

  private static String collapse(String s) {
    if (collapsed(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The text without notes in brackets: ledgers mark a name {@code 陈洁敏（户主）} (head of household),
   * {@code 王芳(已故)} or {@code 李华【曾用名】}, and the note is no part of the name. An unclosed bracket and
   * what follows it stay. Also an address's notes: {@code 祝甸前街49号(租住)}.
   */
  static String withoutBracketed(String s) {
    if (s.indexOf('(') < 0 && s.indexOf('[') < 0 && s.indexOf('【') < 0 && s.indexOf('〔') < 0) {
      return s; // most names: no copy
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int bracket = "([【〔".indexOf(c);
      int close = bracket < 0 ? -1 : s.indexOf(")]】〕".charAt(bracket), i + 1);
      if (close > 0) {
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
