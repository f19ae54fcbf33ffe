package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class TextArenaTest {

  @Test
  @DisplayName(
      "every value comes back as added: empty, Latin-1, Han, surrogate pairs, at and over a block")
  void roundTrip(Random random) {
    TextArena arena = new TextArena();
    List<String> added = new ArrayList<>();
    String[] fixed = {
      "",
      "成都市武侯区天府丽都17栋1单元303号",
      "𠀀𠀁 surrogate pairs",
      "x".repeat(TextArena.BLOCK),
      "y".repeat(TextArena.BLOCK + 1),
      "天".repeat(TextArena.BLOCK / 2),
      "地".repeat(TextArena.BLOCK / 2 + 1),
      "café ÿ\u0100 one over Latin-1",
      "\u00ff\u00fe latin-1 only",
      "a lone surrogate \ud800 and \udfff",
      "510104198001011234",
      ""
    };
    for (int i = 0; i < 20_000; i++) {
      String v =
          i < fixed.length
              ? fixed[i]
              : random.nextInt(1000) == 0
                  ? text(random, TextArena.BLOCK - 5 + random.nextInt(10))
                  : text(random, random.nextInt(40));
      assertThat(arena.add(v)).isEqualTo(i);
      added.add(v);
    }
    assertThat(arena.size()).isEqualTo(added.size());
    for (int i = 0; i < added.size(); i++) {
      assertThat(arena.get(i)).as("value %d", i).isEqualTo(added.get(i));
      assertThat(arena.equalsAt(i, added.get(i))).as("value %d", i).isTrue();
    }
  }

  @Test
  @DisplayName("oneLeftOut agrees with withinOneEdit on texts one character apart in length")
  void oneLeftOut(Random random) {
    TextArena arena = new TextArena();
    for (int k = 0; k < 5_000; k++) {
      String a = text(random, random.nextInt(6));
      StringBuilder b = new StringBuilder(a);
      if (random.nextBoolean() || a.isEmpty()) {
        b.insert(random.nextInt(a.length() + 1), text(random, 1));
      } else {
        b.deleteCharAt(random.nextInt(a.length()));
      }
      if (random.nextInt(3) == 0 && b.length() > 0) {
        b.setCharAt(random.nextInt(b.length()), text(random, 1).charAt(0)); // often a second edit
      }
      int i = arena.add(a);
      int j = arena.add(b.toString());
      boolean expected =
          Math.abs(a.length() - b.length()) == 1 && Similarity.withinOneEdit(a, b.toString());
      assertThat(arena.oneLeftOut(i, j)).as("%s and %s", a, b).isEqualTo(expected);
      assertThat(arena.oneLeftOut(j, i)).as("%s and %s", b, a).isEqualTo(expected);
    }
    int x = arena.add("廖国华");
    int y = arena.add("廖华");
    int z = arena.add("廖国强");
    assertThat(arena.oneLeftOut(x, y)).isTrue();
    assertThat(arena.oneLeftOut(z, y)).isFalse();
    assertThat(arena.oneLeftOut(x, z)).isFalse();
  }

  @Test
  @DisplayName("equalsAt tells a value from one a character, a width or a length apart")
  void equalsAt(Random random) {
    TextArena arena = new TextArena();
    String[] values = {
      "", "510104198001011234", "天府丽都17栋", "ÿ\u00fe", "a lone \ud800", "x".repeat(70_000)
    };
    for (String v : values) {
      arena.add(v);
    }
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values.length; j++) {
        assertThat(arena.equalsAt(i, values[j])).as("%d against %d", i, j).isEqualTo(i == j);
      }
    }
    assertThat(arena.equalsAt(1, "510104198001011235")).isFalse(); // the last character
    assertThat(arena.equalsAt(1, "51010419800101123")).isFalse(); // one shorter
    assertThat(arena.equalsAt(2, "天府丽都17栋1")).isFalse(); // one longer
    assertThat(arena.equalsAt(3, "\u00ff\u00ff")).isFalse();
    assertThat(arena.equalsAt(5, "x".repeat(69_999) + "y")).isFalse(); // a value of its own block
    for (int k = 0; k < 2_000; k++) {
      String v = text(random, random.nextInt(30));
      int at = arena.add(v);
      String other = v.isEmpty() ? "a" : v.substring(0, v.length() - 1);
      assertThat(arena.equalsAt(at, v)).isTrue();
      assertThat(arena.equalsAt(at, other)).isFalse();
    }
  }

  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(
          switch (random.nextInt(length % 2 == 0 ? 3 : 4)) {
            case 0 -> (char) ('0' + random.nextInt(10));
            case 1 -> (char) (' ' + random.nextInt(95));
            case 2 -> (char) random.nextInt(0x100);
            default -> (char) (0x4E00 + random.nextInt(0x5000));
          });
    }
    return b.toString();
  }
}
