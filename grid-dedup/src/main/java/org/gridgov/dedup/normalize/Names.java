package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Personal names to comparable keys.
 *
 * <ul>
 *   <li>{@link #normalize}: a name in Han characters becomes simplified characters without spaces
 *       or separator dots ({@code 張 偉} → {@code 张伟}); a romanised name becomes its lower-case words
 *       in alphabetical order, so {@code Zhang Wei}, {@code ZHANG wei} and {@code Wei Zhang} meet
 *       ({@code wei zhang}).
 *   <li>{@link #pinyinKey}: the reading of a name without tones, in the same word order, so a Han
 *       name meets its romanisation ({@code 张伟} → {@code wei zhang}) and homophones meet ({@code
 *       张玮} → {@code wei zhang}). The surname is read with its surname reading from a table:
 *       general transliteration reads 单, 曾, 解, 仇, 区, 查 as the common words (dān, céng, jiě, chóu,
 *       qū, chá), not as the surnames Shàn, Zēng, Xiè, Qiú, Ōu, Zhā.
 * </ul>
 *
 * <p>Traditional-to-simplified conversion and the Han-to-pinyin reading come from ICU4J's
 * transliterators, built on Unicode's Unihan data, asked once per character and kept in tables.
 */
public final class Names {

  /**
   * Surnames whose reading as a surname differs from the character's everyday reading, and the
   * two-character surnames (read as one word). Readings as in 《现代汉语词典》.
   */
  private static final Map<String, String> SURNAME_READINGS =
      Map.ofEntries(
          Map.entry("单", "shan"),
          Map.entry("曾", "zeng"),
          Map.entry("解", "xie"),
          Map.entry("仇", "qiu"),
          Map.entry("区", "ou"),
          Map.entry("查", "zha"),
          Map.entry("朴", "piao"),
          Map.entry("盖", "ge"),
          Map.entry("缪", "miao"),
          Map.entry("翟", "zhai"),
          Map.entry("覃", "qin"),
          Map.entry("秘", "bi"),
          Map.entry("种", "chong"),
          Map.entry("繁", "po"),
          Map.entry("召", "shao"),
          Map.entry("贲", "ben"),
          Map.entry("句", "gou"),
          Map.entry("员", "yun"),
          Map.entry("乐", "yue"),
          Map.entry("尉", "wei"),
          Map.entry("宓", "fu"),
          Map.entry("冼", "xian"),
          Map.entry("阚", "kan"),
          Map.entry("隗", "wei"),
          Map.entry("纪", "ji"),
          Map.entry("燕", "yan"),
          Map.entry("重", "chong"),
          Map.entry("万俟", "moqi"),
          Map.entry("尉迟", "yuchi"),
          Map.entry("长孙", "zhangsun"),
          Map.entry("单于", "chanyu"),
          Map.entry("欧阳", "ouyang"),
          Map.entry("司马", "sima"),
          Map.entry("上官", "shangguan"),
          Map.entry("诸葛", "zhuge"),
          Map.entry("东方", "dongfang"),
          Map.entry("皇甫", "huangfu"),
          Map.entry("公孙", "gongsun"),
          Map.entry("慕容", "murong"),
          Map.entry("宇文", "yuwen"),
          Map.entry("司徒", "situ"),
          Map.entry("夏侯", "xiahou"),
          Map.entry("令狐", "linghu"),
          Map.entry("澹台", "tantai"),
          Map.entry("端木", "duanmu"),
          Map.entry("西门", "ximen"),
          Map.entry("南宫", "nangong"),
          Map.entry("呼延", "huyan"));

  private static final ThreadLocal<Transliterator> SIMPLIFY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  private static final ThreadLocal<Transliterator> PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

  private Names() {}

  /** The comparable form of a name: see the class comment. Empty text gives {@code ""}. */
  public static String normalize(String name) {
    requireNonNull(name, "name");
    return computeNormalized(name);
  }

  private static String computeNormalized(String name) {
    String s = Text.clean(name);
    if (Text.hasHan(s)) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (Text.isHan(cp) || Character.isLetter(cp)) {
          b.appendCodePoint(cp);
        }
      }
      return simplify(b.toString());
    }
    return latinWords(s);
  }

  /** Lower-case words of letters only, sorted, joined by one space. */
  private static String latinWords(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    String[] sorted = words.toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }

  /**
   * Traditional characters to simplified ones (ICU4J's Traditional-Simplified), character by
   * character. Each character's simplified form and reading are asked of ICU once and kept in a
   * table: transliterating whole strings costs tens of microseconds, a table lookup nanoseconds.
   */
  public static String simplify(String text) {
    requireNonNull(text, "text");
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char s = c < 0x2E80 ? c : simplified(c);
      if (s != c && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(s);
      }
    }
    return b == null ? text : b.toString();
  }

  /** Per character: 0 not looked up yet, else its simplified form. */
  private static final char[] SIMPLE = new char[0x10000];

  /** Per character: its toneless reading, once looked up. */
  private static final String[] READING = new String[0x10000];

  private static char simplified(char c) {
    char s = SIMPLE[c];
    if (s == 0) {
      if (Character.isSurrogate(c)) {
        s = c;
      } else {
        String t = SIMPLIFY.get().transliterate(String.valueOf(c));
        s = t.length() == 1 ? t.charAt(0) : c;
      }
      SIMPLE[c] = s; // a racing thread writes the same value
    }
    return s;
  }

  private static String reading(char c) {
    String r = READING[c];
    if (r == null) {
      String latin = PINYIN.get().transliterate(String.valueOf(c));
      StringBuilder b = new StringBuilder(latin.length());
      for (int i = 0; i < latin.length(); i++) {
        char x = latin.charAt(i);
        if (x >= 'a' && x <= 'z') {
          b.append(x);
        }
      }
      r = b.toString();
      READING[c] = r;
    }
    return r;
  }

  /** The toneless reading of a name, words sorted: see the class comment. */
  public static String pinyinKey(String name) {
    requireNonNull(name, "name");
    return readingKey(normalize(name));
  }

  /**
   * {@link #pinyinKey} of a name already {@link #normalize normalised}: saves normalising twice.
   */
  public static String readingKey(String normalized) {
    requireNonNull(normalized, "normalized");
    return computePinyin(normalized);
  }

  private static String computePinyin(String normalized) {
    if (!Text.hasHan(normalized)) {
      return normalized; // already lower-case sorted words
    }
    String surname = surname(normalized);
    String given = normalized.substring(surname.length());
    String surnameReading = SURNAME_READINGS.get(surname);
    if (surnameReading == null) {
      surnameReading = read(surname);
    }
    String givenReading = read(given);
    if (givenReading.isEmpty()) {
      return surnameReading;
    }
    return surnameReading.compareTo(givenReading) <= 0
        ? surnameReading + " " + givenReading
        : givenReading + " " + surnameReading;
  }

  /** Letters of the reading only: the given name's syllables run together, as romanised. */
  private static String read(String han) {
    StringBuilder b = new StringBuilder(han.length() * 4);
    for (int i = 0; i < han.length(); i++) {
      char c = han.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        b.append(Character.toLowerCase(c));
      } else if (c >= 0x2E80 && !Character.isSurrogate(c)) {
        b.append(reading(c));
      }
    }
    return b.toString();
  }

  /**
   * The surname of a normalised Han name: a two-character surname from the table when the name
   * starts with one and is longer than it, else the first character.
   */
  public static String surname(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.isEmpty()) {
      return "";
    }
    if (!Text.hasHan(normalized)) {
      int space = normalized.indexOf(' ');
      return space < 0 ? normalized : normalized.substring(0, space);
    }
    if (normalized.length() > 2 && SURNAME_READINGS.containsKey(normalized.substring(0, 2))) {
      return normalized.substring(0, 2);
    }
    return normalized.substring(0, Character.charCount(normalized.codePointAt(0)));
  }
}
