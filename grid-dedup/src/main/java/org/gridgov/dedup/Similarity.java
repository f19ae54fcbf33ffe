package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

/**
 * String similarity measures used by the comparators, written for speed on short strings (names,
 * codes): no allocation beyond two small arrays.
 */
public final class Similarity {

  private Similarity() {}

  /**
   * Jaro–Winkler similarity, 0 (nothing in common) to 1 (equal), with the usual prefix scale 0.1
   * over at most 4 characters (Winkler 1990).
   */
  public static double jaroWinkler(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (a.equals(b)) {
      return 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      char c = a.charAt(i);
      for (int j = from; j <= to; j++) {
        if (!mb[j] && b.charAt(j) == c) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
    int prefix = 0;
    for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /**
   * Whether the optimal-string-alignment distance (Levenshtein plus the transposition of two
   * neighbours) between the strings is at most 1: one character typed wrong, added, dropped or two
   * swapped. Linear time.
   */
  public static boolean withinOneEdit(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      // one substitution, or a swap of i and i+1
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  /**
   * American Soundex of a romanised word: a letter and three digits, {@code ""} without letters.
   */
  public static String soundex(String s) {
    requireNonNull(s, "s");
    String codes = "01230120022455012623010202";
    StringBuilder out = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < s.length() && out.length() < 4; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c < 'a' || c > 'z') {
        continue;
      }
      char code = codes.charAt(c - 'a');
      if (out.length() == 0) {
        out.append(Character.toUpperCase(c));
        last = code;
        continue;
      }
      if (code != '0' && code != last) {
        out.append(code);
      }
      if (c != 'h' && c != 'w') {
        last = code;
      }
    }
    if (out.length() == 0) {
      return "";
    }
    while (out.length() < 4) {
      out.append('0');
    }
    return out.toString();
  }
}
