package org.gridgov.samples.community;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.samples.internal.ChineseNames;

/**
 * Chinese personal names (from the module's one name table, {@link ChineseNames}), unique within a
 * sample, and numerals for the samples.
 */
final class Names {

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private final SplittableRandom rnd;

  /** Names given so far; only looked up, never iterated, so its order does not matter. */
  private final Set<String> used = new HashSet<>();

  Names(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /**
   * A name suited to someone born in {@code birthYear}, not given before in this sample (the same
   * name twice in one community is real but confuses a demo).
   */
  String person(int birthYear, boolean woman) {
    String name = "";
    for (int attempt = 0; attempt < 50; attempt++) {
      name = ChineseNames.surname(rnd) + ChineseNames.given(rnd, birthYear, woman);
      if (used.add(name)) {
        return name;
      }
    }
    return name;
  }

  /** A surname drawn from the distribution above, for place names such as 李家湾. */
  String surname() {
    return ChineseNames.surname(rnd);
  }

  /** A number 1–99 in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三. */
  static String chinese(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("only 1-99 are written in Chinese here, not " + n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
    return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
  }
}
