package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Phone numbers' local parts compared packed in longs, as the strings would be. */
class PackedPhonesTest {

  @Test
  void packedEditDistanceAgreesWithTheStrings() {
    long seed = Long.getLong("gridgov.seed", 20261204L);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200_000; i++) {
      String a = number(random);
      String b = random.nextInt(3) == 0 ? number(random) : edit(a, random);
      assertThat(Column.packedWithinOneEdit(Column.pack(a), Column.pack(b)))
          .as("%s and %s (seed %d)", a, b, seed)
          .isEqualTo(Similarity.withinOneEdit(a, b));
    }
  }

  @Test
  void textThatDoesNotFitIsNotPacked() {
    assertThat(Column.pack("1234567890123456")).isEqualTo(-1);
    assertThat(Column.pack("12a4")).isEqualTo(-1);
    assertThat(Column.pack("+8613812345678")).isPositive();
  }

  private static String number(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) == 0) {
      b.append('+');
    }
    int length = 1 + random.nextInt(14);
    for (int i = 0; i < length; i++) {
      b.append((char) ('0' + random.nextInt(random.nextBoolean() ? 2 : 10)));
    }
    return b.toString();
  }

  /** One or two random edits: a digit changed, added, dropped, or two neighbours swapped. */
  private static String edit(String s, SplittableRandom random) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length());
      char digit = (char) ('0' + random.nextInt(10));
      switch (random.nextInt(4)) {
        case 0 -> {
          if (b.length() > 0) {
            b.setCharAt(at, digit);
          }
        }
        case 1 -> {
          if (b.length() < 15) {
            b.insert(at, digit);
          }
        }
        case 2 -> {
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at + 1 < b.length()) {
            char c = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, c);
          }
        }
      }
    }
    return b.toString();
  }
}
