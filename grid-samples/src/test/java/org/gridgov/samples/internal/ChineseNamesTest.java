package org.gridgov.samples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the name tables")
class ChineseNamesTest {

  @Test
  @DisplayName("have pinyin for every character of every surname and given name")
  void pinyinForEveryCharacter() {
    for (String s : ChineseNames.SURNAMES) {
      assertThat(ChineseNames.pinyinTable()).as(s).containsKey(s.charAt(0));
    }
    for (String g : ChineseNames.allGivenNames()) {
      for (char c : g.toCharArray()) {
        assertThat(ChineseNames.pinyinTable()).as(g).containsKey(c);
      }
    }
    assertThat(ChineseNames.pinyinTable().values()).allMatch(p -> p.matches("[a-z]+"));
  }

  @Test
  @DisplayName("give polyphonic surnames their surname reading")
  void surnameReadings() {
    assertThat(ChineseNames.pinyin("单解仇区查曾")).isEqualTo("shanxieqiuouzhazeng");
  }

  @Test
  @DisplayName("list homophones that sound exactly like the character they replace")
  void homophonesSoundAlike() {
    ChineseNames.homophoneTable()
        .forEach(
            (c, options) -> {
              for (char o : options.toCharArray()) {
                assertThat(ChineseNames.pinyin(o))
                    .as(c + "→" + o)
                    .isEqualTo(ChineseNames.pinyin(c));
                assertThat(o).isNotEqualTo(c);
              }
            });
  }

  @Test
  @DisplayName("map to traditional forms only characters that have one (周 stays 周)")
  void traditionalForms() {
    assertThat(ChineseNames.traditional('张')).isEqualTo('張');
    assertThat(ChineseNames.traditional('刘')).isEqualTo('劉');
    assertThat(ChineseNames.traditional('华')).isEqualTo('華');
    assertThat(ChineseNames.traditional('周')).isEqualTo('周');
    assertThat(ChineseNames.traditional('王')).isEqualTo('王');
    ChineseNames.traditionalTable()
        .forEach(
            (s, t) ->
                assertThat(t).as(String.valueOf(s)).hasSize(1).isNotEqualTo(String.valueOf(s)));
  }
}
