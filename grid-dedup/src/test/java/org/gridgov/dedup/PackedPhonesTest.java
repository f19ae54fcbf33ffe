package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers' local parts and identity numbers compared packed in longs, as strings would be.
 */
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
  void packedIdentityNumbersAgreeWithTheStrings() {
    long seed = Long.getLong("gridgov.seed", 20261204L);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder a = new StringBuilder();
      for (int c = 0; c < 18; c++) {
        a.append(c == 17 && random.nextInt(5) == 0 ? 'X' : (char) ('0' + random.nextInt(3)));
      }
      StringBuilder b = new StringBuilder(a);
      for (int e = random.nextInt(4); e > 0; e--) {
        int at = random.nextInt(17);
        if (random.nextBoolean()) {
          b.setCharAt(at, (char) ('0' + random.nextInt(10)));
        } else {
          char x = b.charAt(at);
          b.setCharAt(at, b.charAt(at + 1));
          b.setCharAt(at + 1, x);
        }
      }
      long[] x = Column.packId(a.toString());
      long[] y = Column.packId(b.toString());
      assertThat(Column.packedIdWithinOneEdit(x[0], x[1], y[0], y[1]))
          .as("%s and %s (seed %d)", a, b, seed)
          .isEqualTo(Similarity.withinOneEdit(a.toString(), b.toString()));
    }
    assertThat(Column.packId("11010519491231002")[0]).isEqualTo(-1);
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
