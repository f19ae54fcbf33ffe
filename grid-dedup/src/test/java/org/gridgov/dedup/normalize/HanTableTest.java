package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link HanTable}'s resource {@code han.tsv} is what ICU4J gives, character by character: it is
 * built here, and when ICU4J (a test dependency) is upgraded and reads a character otherwise, the
 * test fails and writes the new table to {@code target/han.tsv}, to be copied over the resource.
 */
class HanTableTest {

  private static final Path RESOURCE =
      Path.of("src/main/resources/org/gridgov/dedup/normalize/han.tsv");

  @Test
  void theResourceIsWhatIcuGives() throws IOException {
    String expected = fromIcu();
    String actual;
    try (InputStream in = HanTable.class.getResourceAsStream("han.tsv")) {
      assertThat(in).as("the resource han.tsv").isNotNull();
      actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      Path out = Path.of("target/han.tsv");
      Files.createDirectories(out.getParent());
      Files.writeString(out, expected, StandardCharsets.UTF_8);
      fail(
          "han.tsv differs from what ICU4J %s gives; the new table is in %s: copy it to %s",
          VersionInfo.ICU_VERSION, out.toAbsolutePath(), RESOURCE);
    }
  }

  @Test
  void looksUpEveryCharacterAsIcuDoes() {
    Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
    Transliterator pinyin = Transliterator.getInstance("Han-Latin; Lower");
    for (char c = HanTable.FIRST; c != 0; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String s = simplify.transliterate(String.valueOf(c));
      assertThat(HanTable.simplified(c))
          .as("U+%04X", (int) c)
          .isEqualTo(s.length() == 1 ? s.charAt(0) : c);
      assertThat(HanTable.reading(c))
          .as("U+%04X", (int) c)
          .isEqualTo(toneless(pinyin.transliterate(String.valueOf(c))));
    }
  }

  @Test
  void readsKnownCharacters() {
    assertThat(HanTable.simplified('長')).isEqualTo('长');
    assertThat(HanTable.simplified('张')).isEqualTo('张');
    assertThat(HanTable.simplified('A')).isEqualTo('A');
    assertThat(HanTable.reading('张')).isEqualTo("zhang");
    assertThat(HanTable.reading('吕')).isEqualTo("lv");
    assertThat(HanTable.reading('A')).isEmpty();
    assertThat(HanTable.syllables()).contains("zhang", "lv", "yi", "hui").doesNotContain("john");
  }

  /** The table's text: a header, then {@code char TAB reading [TAB simplified]} per character. */
  static String fromIcu() {
    Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
    Transliterator pinyin = Transliterator.getInstance("Han-Latin; Lower");
    StringBuilder b =
        new StringBuilder()
            .append(
                "# Simplified forms and toneless pinyin readings (u-umlaut as v), one character")
            .append(" at a time,\n# as ICU4J ")
            .append(VersionInfo.ICU_VERSION)
            .append("'s Traditional-Simplified and Han-Latin transliterators give them")
            .append(" (ICU's data:\n# Unicode License v3, https://www.unicode.org/license.txt).\n")
            .append("# Written by HanTableTest; do not edit. Lines: char TAB reading [TAB")
            .append(" simplified]\n");
    for (char c = HanTable.FIRST; c != 0; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String t = simplify.transliterate(String.valueOf(c));
      char s = t.length() == 1 ? t.charAt(0) : c;
      String r = toneless(pinyin.transliterate(String.valueOf(c)));
      if (r.isEmpty() && s == c) {
        continue;
      }
      assertThat(s).as("U+%04X's simplified form", (int) c).isNotIn('\n', '\r', '\t');
      b.append(c).append('\t').append(r);
      if (s != c) {
        b.append('\t').append(s);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Lower-case ASCII letters of a reading, tones dropped and ü (with any tone) as {@code v}. */
  static String toneless(String latin) {
    String decomposed = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(latin.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char x = Character.toLowerCase(decomposed.charAt(i));
      if (x == '\u0308' && b.length() > 0 && b.charAt(b.length() - 1) == 'u') {
        b.setCharAt(b.length() - 1, 'v'); // u + combining diaeresis: ü
      } else if (x >= 'a' && x <= 'z') {
        b.append(x);
      }
    }
    return b.toString();
  }
}
