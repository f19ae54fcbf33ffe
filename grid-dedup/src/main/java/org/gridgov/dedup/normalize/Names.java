package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.identity.Gender;

/**
 * Personal names to comparable keys.
 *
 * <ul>
 *   <li>{@link #normalize}: a name in Han characters becomes simplified characters without spaces
 *       or separator dots ({@code 張 偉} → {@code 张伟}); a romanised name becomes its lower-case words
 *       in alphabetical order, so {@code Zhang Wei}, {@code ZHANG wei} and {@code Wei Zhang} meet
 *       ({@code wei zhang}).
 *   <li>{@link #pinyinKey}: the reading of a name without tones, as its syllables in alphabetical
 *       order, so a Han name meets its romanisation however the syllables are written ({@code 刘一辉},
 *       {@code Liu Yihui}, {@code LIU Yi-Hui}, {@code liu yi hui}, {@code Yihui Liu} → {@code hui
 *       liu yi}) and homophones meet ({@code 张玮} → {@code wei zhang}). A romanised word is split
 *       into pinyin syllables, fewest first (the syllables are those ICU4J reads Han characters
 *       as). ü is written {@code v}, as pinyin keyboards do, so 吕, {@code Lü}, {@code Lv} and
 *       {@code Lyu} read {@code lv} and 卢 {@code lu}. The surname is read with its surname reading
 *       from a table: general transliteration reads 单, 曾, 解, 仇, 区, 查 as the common words (dān,
 *       céng, jiě, chóu, qū, chá), not as the surnames Shàn, Zēng, Xiè, Qiú, Ōu, Zhā.
 * </ul>
 *
 * <p>Traditional-to-simplified conversion and the Han-to-pinyin reading are ICU4J's
 * transliterators' (built on Unicode's Unihan data), one character at a time, kept in a table that
 * ships with the library ({@code HanTable}), so that ICU4J is not needed at run time.
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

  private Names() {}

  /** The comparable form of a name: see the class comment. Empty text gives {@code ""}. */
  public static String normalize(String name) {
    requireNonNull(name, "name");
    return computeNormalized(name);
  }

  private static String computeNormalized(String name) {
    String n = withAddress(name);
    String form = formOfAddressIn(n);
    if (form.isEmpty()) {
      return n;
    }
    String bare =
        KIN_BEFORE.contains(form)
            ? n.substring(form.length())
            : n.substring(0, n.length() - form.length());
    return saysNothing(bare) ? "" : bare;
  }

  /**
   * Forms of address said before a Tibetan name, as neighbours and grid workers write them: 阿妈
   * (mother), 阿爸 (father), 阿佳 (elder sister), 波啦 (grandfather), 莫啦 (grandmother): {@code 阿妈卓玛}.
   */
  private static final Set<String> KIN_BEFORE = Set.of("阿妈", "阿爸", "阿佳", "波啦", "莫啦");

  /** Of {@link #KIN_BEFORE}, those said to women. */
  private static final Set<String> KIN_WOMEN = Set.of("阿妈", "阿佳", "莫啦");

  /**
   * The form of address a name as entered carries around a whole name, which {@link #normalize}
   * leaves out: one of {@link #KIN_BEFORE} before it, the honorific {@code 啦} after it ({@code
   * 次仁啦}), or a form of address of two characters or more after it ({@code 顿珠师傅}, {@code 德庆女士},
   * {@code 王建国先生}: a name without a surname, as Tibetan names are, or a whole name, with its
   * title); {@code ""} for none. Only where a name of two characters or more remains that is not a
   * surname alone: {@code 王先生} and {@code 欧阳先生} stay placeholders ({@link #isPlaceholder}).
   *
   * @param name a name as entered
   */
  public static String formOfAddress(String name) {
    requireNonNull(name, "name");
    return formOfAddressIn(withAddress(name));
  }

  private static String formOfAddressIn(String n) {
    if (n.length() < 3 || !Text.hasHan(n)) {
      return "";
    }
    if (n.length() >= 4 && KIN_BEFORE.contains(n.substring(0, 2))) {
      return n.substring(0, 2);
    }
    if (n.charAt(n.length() - 1) == '啦') {
      return "啦";
    }
    for (int len = Math.min(3, n.length() - 2); len >= 2; len--) {
      String title = n.substring(n.length() - len);
      String rest = n.substring(0, n.length() - len);
      if (PLACEHOLDERS.contains(title)
          && !SURNAME_READINGS.containsKey(rest)
          && !(rest.length() == 2 && "老小".indexOf(rest.charAt(0)) >= 0)
          && rest.charAt(rest.length() - 1) != '姓') {
        return title;
      }
    }
    return "";
  }

  /**
   * Whether a form of address ({@link #formOfAddress}) is said to grown-ups: the kin terms, and the
   * titles {@link #isAdultTitle} counts (not {@code 啦}, said to anyone).
   */
  public static boolean isAdultForm(String form) {
    requireNonNull(form, "form");
    return KIN_BEFORE.contains(form)
        || (PLACEHOLDERS.contains(form) || WIVES.contains(form)) && !ANY_AGE.contains(form);
  }

  /** The gender a form of address ({@link #formOfAddress}) tells, if any. */
  public static Optional<Gender> formGender(String form) {
    requireNonNull(form, "form");
    if (KIN_BEFORE.contains(form)) {
      return Optional.of(KIN_WOMEN.contains(form) ? Gender.FEMALE : Gender.MALE);
    }
    return WOMEN.contains(form)
        ? Optional.of(Gender.FEMALE)
        : MEN.contains(form) ? Optional.of(Gender.MALE) : Optional.empty();
  }

  /** {@link #normalize} with a form of address around the name kept. */
  private static String withAddress(String name) {
    String s = Text.withoutBracketed(Text.clean(name));
    if (Text.hasHan(s)) {
      s = withoutTrailingNote(s);
      // Beside two Han characters or more, letters are another name: an English one (陳大文 Peter)
      // or a chat app's sorting prefix (A付健).
      boolean hanOnly = hanCount(s, s.length()) >= 2;
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (Text.isHan(cp) || (!hanOnly && Character.isLetter(cp))) {
          b.appendCodePoint(cp);
        }
      }
      String n = simplify(withoutLeadingLetters(withoutRoleSuffix(b.toString())));
      return saysNothing(n) ? "" : n;
    }
    return latinWords(s);
  }

  /**
   * Whether a Han name is no name at all: one of {@link #NO_NAMES}, a nickname of {@code 阿} and one
   * character of the given name ({@code 阿斌}, {@code 阿芳}: what southern neighbours and workmates
   * call one, which says neither the surname nor the name), or a newborn's placeholder that a
   * clinic writes before the child is named, the mother's name and 之子, 之女 or 婴 ({@code 黄丽之子},
   * {@code 黄丽婴}: the mother's surname is often not the child's), or a spouse named after the other
   * ({@code 何庆国之妻}, {@code 亚森·塔依尔妻}, {@code 王强爱人}: a wife's surname is her own).
   */
  private static boolean saysNothing(String n) {
    int len = n.length();
    if (len == 2 && n.charAt(0) == '阿' || NO_NAMES.contains(n)) {
      return true;
    }
    return len >= 3
        && (n.endsWith("之子")
            || n.endsWith("之女")
            || n.endsWith("之儿")
            || n.endsWith("婴儿")
            || n.charAt(len - 1) == '婴'
            || n.endsWith("之妻")
            || n.endsWith("之夫")
            || n.endsWith("爱人")
            || n.endsWith("妻子")
            || n.endsWith("丈夫")
            || (len >= 4 && n.charAt(len - 1) == '妻'));
  }

  /** What separates a name from a note after it: {@code 于天宇-租户}, {@code 付文浩_二环}. */
  private static final String NOTE_SEPARATORS = "-‐‑‒–—―_~/|";

  /**
   * Notes that ledgers write after a name with a space ({@code 丁超 户主}) or none ({@code 黄春峰户主}):
   * roles in the household or the flat, and states. None of them ends a real given name. (Not 家属:
   * {@code 王芳家属} is someone of 王芳's family, not 王芳.)
   */
  private static final Set<String> ROLE_NOTES =
      Set.of("户主", "租户", "业主", "房东", "房主", "租客", "已故", "空巢", "独居", "本人");

  /**
   * What ledgers write in the name column for someone whose name they do not have: a role in the
   * flat or the household or a state ({@link #ROLE_NOTES}, and {@code 房客}, {@code 住户}), or that the
   * name is not known ({@code 不详}, {@code 无}). No surname stands before them, so they are no name
   * at all, unlike {@code 王先生}.
   */
  private static final Set<String> NO_NAMES =
      java.util.stream.Stream.concat(
              ROLE_NOTES.stream(),
              java.util.stream.Stream.of(
                  "房客", "住户", "家属", "无", "不详", "未知", "暂无", "无名", "无名氏", "匿名", "未填"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * A Han name without a note after a separator ({@code 于天宇-租户}, {@code 王伟-花园}: a chat app's
   * display name, an app's remark) or after a space when the note is a role ({@code 丁超 户主}); a
   * space inside a name ({@code 刘 东}, {@code 买买提 艾力}) stays. Only where two Han characters or more
   * stand before: a note is never all there is.
   */
  private static String withoutTrailingNote(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (NOTE_SEPARATORS.indexOf(s.charAt(i)) >= 0 && hanCount(s, i) >= 2) {
        return s.substring(0, i);
      }
    }
    int space = s.lastIndexOf(' ');
    if (space > 0 && ROLE_NOTES.contains(s.substring(space + 1)) && hanCount(s, space) >= 2) {
      return s.substring(0, space);
    }
    return s;
  }

  /** How many Han characters {@code s} has before {@code end}. */
  private static int hanCount(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Text.isHan(cp)) {
        n++;
      }
    }
    return n;
  }

  /** {@code 黄春峰户主} without its role; a name of one character and a role stays whole. */
  private static String withoutRoleSuffix(String s) {
    int n = s.length();
    return n >= 4 && ROLE_NOTES.contains(s.substring(n - 2)) ? s.substring(0, n - 2) : s;
  }

  /**
   * A Han name without Latin letters before it: chat apps' display names start with {@code A} or
   * {@code AAA} to be listed first ({@code A付健}). Kept when fewer than two Han characters follow.
   */
  private static String withoutLeadingLetters(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) < 0x80 && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i > 0 && s.length() - i >= 2 && Text.isHan(s.charAt(i)) && Text.isHan(s.charAt(i + 1))
        ? s.substring(i)
        : s;
  }

  /**
   * What ledgers write after a surname instead of the given name: forms of address (王先生, 李女士, 张阿姨,
   * 刘大爷, 陈姐; in the south 陈生 for 先生, 李姨, 何伯, 梁叔; in Wuhan 向爹爹 for a grandfather; 张总 and 李工 at
   * work), a newborn's 陈宝宝, and placeholders (张某, 王某某). Not 妹 nor 公: 黄妹 and 李公 are also given
   * names.
   */
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "先生", "女士", "小姐", "某某", "某", "大爷", "大妈", "大娘", "大哥", "大姐", "大叔", "大婶", "奶奶", "爷爷", "阿姨",
          "婆婆", "阿婆", "伯伯", "叔叔", "嬢嬢", "孃孃", "老汉", "老太", "老太太", "师傅", "老师", "姐", "哥", "叔", "业主",
          "房东", "老板", "户主", "租户", "生", "姨", "伯", "婆", "阿叔", "阿伯", "阿公", "公公", "老伯", "小哥", "小妹", "姑",
          "姑姑", "嫂", "大嫂", "美女", "帅哥", "靓仔", "靓女", "师奶", "老板娘", "总", "工", "经理", "宝宝", "爹爹", "嗲嗲",
          "老爷子", "老爹", "姥姥", "姥爷", "外婆", "外公", "婶", "婶婶", "舅", "舅舅", "娭毑", "老头", "老太婆");

  /**
   * Forms of address after the husband's surname: {@code 陈太} is Mrs Chan, whose own surname may be
   * another. They tell a woman, and no surname.
   */
  private static final Set<String> WIVES = Set.of("太", "太太");

  /**
   * The surname of a name that gives nothing else: a surname alone ({@code 张}), one with a form of
   * address or a placeholder ({@code 王先生}, {@code 李女士}, {@code 张某}, {@code 刘大爷}), or {@code 老} and
   * a surname ({@code 老张}), or {@code 小} and one ({@code 小王}); {@code ""} for a real name. Such a
   * name says only the surname: {@code 宋女士} and {@code 宋兰} may be one person, where {@code 宋兰} and
   * {@code 宋梅} are two.
   *
   * @param normalized a name as {@link #normalize} gives it
   */
  public static String placeholderSurname(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.isEmpty() || !Text.hasHan(normalized)) {
      return "";
    }
    if (normalized.length() == 1) {
      return normalized;
    }
    if (normalized.length() == 2 && (normalized.charAt(0) == '老' || normalized.charAt(0) == '小')) {
      return normalized.substring(1); // 老张, 小王: what neighbours and colleagues call one
    }
    String title = title(normalized);
    return title.isEmpty() || WIVES.contains(title)
        ? ""
        : normalized.substring(0, normalized.length() - title.length());
  }

  /**
   * Whether a name gives no given name: a form of address or placeholder ({@link
   * #placeholderSurname}), or one after the husband's surname ({@code 陈太}, {@code 李太太}), which says
   * no surname of the person's own either.
   *
   * @param normalized a name as {@link #normalize} gives it
   */
  public static boolean isPlaceholder(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.isEmpty() || !Text.hasHan(normalized)) {
      return false;
    }
    int n = normalized.length();
    // As placeholderSurname reads them, and wives' forms too: the title read once, as every
    // record's name is asked.
    return n == 1
        || (n == 2 && (normalized.charAt(0) == '老' || normalized.charAt(0) == '小'))
        || !title(normalized).isEmpty();
  }

  /**
   * The form of address or placeholder after the surname ({@code 先生} of {@code 王先生}), {@code ""}
   * when there is none or the name is a surname alone.
   */
  private static String title(String normalized) {
    if (normalized.length() < 2 || !Text.hasHan(normalized)) {
      return "";
    }
    String surname = surname(normalized);
    String rest = normalized.substring(surname.length());
    if (PLACEHOLDERS.contains(rest) || WIVES.contains(rest)) {
      return rest;
    }
    if (!rest.isEmpty()
        && rest.charAt(0) == '姓'
        && (rest.length() == 1
            || PLACEHOLDERS.contains(rest.substring(1))
            || NO_NAMES.contains(rest.substring(1)))) {
      // 刘姓 (someone named 刘), 刘姓租户, 李姓女士: the surname, said as such.
      return rest;
    }
    String after = normalized.substring(1);
    if (normalized.length() > 2 && (PLACEHOLDERS.contains(after) || WIVES.contains(after))) {
      return after; // a one-character surname that starts a compound one
    }
    return "";
  }

  /**
   * Placeholders and forms of address that may name a child as well as an adult: all the others
   * ({@code 先生}, {@code 女士}, {@code 阿姨}, {@code 师傅}, {@code 业主}, …) are said to grown-ups.
   */
  private static final Set<String> ANY_AGE =
      Set.of("某某", "某", "姐", "哥", "小哥", "小妹", "美女", "帅哥", "靓仔", "靓女", "宝宝");

  /**
   * Whether a placeholder names a grown-up: a form of address said to adults ({@code 王先生}, {@code
   * 李女士}, {@code 陈生}, {@code 刘阿姨}, {@code 孙业主}, {@code 陈太}, {@code 李姓女士}) or {@code 老} and a
   * surname ({@code 老王}); not {@code 张某}, {@code 小王}, {@code 王姐} or a surname alone. A property
   * office does not call a boy of seven {@code 赵先生}, so such a record is not the child of the
   * family whose phone and flat it gives.
   *
   * @param normalized a name as {@link #normalize} gives it
   */
  public static boolean isAdultTitle(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.length() == 2 && normalized.charAt(0) == '老' && Text.hasHan(normalized)) {
      return true;
    }
    if (normalized.length() == 2 && normalized.charAt(0) == '小') {
      return false;
    }
    String title = title(normalized);
    if (title.startsWith("姓")) {
      title = title.substring(1);
    }
    return (PLACEHOLDERS.contains(title) || WIVES.contains(title)) && !ANY_AGE.contains(title);
  }

  /** Forms of address that tell a woman: 女士 (Ms), 阿姨 (auntie), 奶奶 (granny), 陈太 (Mrs), …. */
  private static final Set<String> WOMEN =
      Set.of(
          "女士", "小姐", "大妈", "大娘", "大姐", "大婶", "奶奶", "阿姨", "婆婆", "阿婆", "嬢嬢", "孃孃", "老太", "老太太", "姐",
          "太", "太太", "姨", "婆", "小妹", "姑", "姑姑", "嫂", "大嫂", "美女", "靓女", "师奶", "老板娘", "姥姥", "外婆", "婶",
          "婶婶", "娭毑", "老太婆");

  /** Forms of address that tell a man: 先生 (Mr), 大爷 (uncle), 爷爷 (granddad), 陈生, …. */
  private static final Set<String> MEN =
      Set.of(
          "先生", "大爷", "大哥", "大叔", "爷爷", "伯伯", "叔叔", "老汉", "哥", "叔", "生", "伯", "阿叔", "阿伯", "阿公",
          "公公", "老伯", "小哥", "帅哥", "靓仔", "爹爹", "嗲嗲", "老爷子", "老爹", "姥爷", "外公", "舅", "舅舅", "老头");

  /**
   * The gender a placeholder's form of address tells ({@code 王先生} a man, {@code 李女士} and {@code
   * 刘阿姨} women); empty for a real name and for placeholders that tell none ({@code 张某}, {@code 老王},
   * {@code 陈师傅}, {@code 赵老师}, {@code 孙业主}). A parcel locker's or a property office's ledger often
   * holds nothing else about the person: the gender keeps {@code 王先生} from being taken for {@code
   * 王芳}.
   *
   * @param normalized a name as {@link #normalize} gives it
   */
  public static Optional<Gender> titleGender(String normalized) {
    requireNonNull(normalized, "normalized");
    String title = title(normalized);
    if (title.startsWith("姓")) {
      title = title.substring(1); // 李姓女士
    }
    if (WOMEN.contains(title)) {
      return Optional.of(Gender.FEMALE);
    }
    return MEN.contains(title) ? Optional.of(Gender.MALE) : Optional.empty();
  }

  /**
   * Lower-case words of letters only, sorted, joined by one space; a hyphen joins the syllables of
   * one given name ({@code Yi-Hui} → {@code yihui}).
   */
  private static String latinWords(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if (c == '-' && w.length() > 0) {
        continue;
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
   * character, from a table: transliterating whole strings costs tens of microseconds, a table
   * lookup nanoseconds.
   */
  public static String simplify(String text) {
    requireNonNull(text, "text");
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char s = HanTable.simplified(c);
      if (s != c && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(s);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * A romanised word as pinyin syllables, fewest first ({@code yihui} → {@code yi}, {@code hui});
   * the word whole when it is not pinyin ({@code john}). {@code lyu} and {@code nyu} (ü as written
   * on passports) become {@code lv} and {@code nv}.
   */
  static List<String> syllables(String word) {
    String w =
        word.startsWith("lyu") || word.startsWith("nyu")
            ? word.charAt(0) + "v" + word.substring(3)
            : word;
    w = w.replace('ü', 'v');
    java.util.Set<String> known = HanTable.syllables();
    int n = w.length();
    int[] best = new int[n + 1];
    int[] from = new int[n + 1];
    Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int i = 0; i < n; i++) {
      if (best[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(n, i + 6); j++) {
        if (best[i] + 1 < best[j] && known.contains(w.substring(i, j))) {
          best[j] = best[i] + 1;
          from[j] = i;
        }
      }
    }
    if (best[n] == Integer.MAX_VALUE) {
      return List.of(w);
    }
    List<String> out = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      out.add(0, w.substring(from[j], j));
    }
    return out;
  }

  /**
   * Whether a romanised name is written in pinyin: each of its words splits into pinyin syllables
   * ({@code yihui}, {@code lyu}). {@code CHAN Tai Man} does, {@code AU YEUNG Tat On} (Cantonese),
   * {@code CHEN Chih-ming} (Wade–Giles) and {@code Emily} do not: their readings say nothing about
   * the name in characters. False for a name in Han characters and for an empty one.
   *
   * @param normalized a name as {@link #normalize} gives it
   */
  public static boolean isPinyin(String normalized) {
    requireNonNull(normalized, "normalized");
    if (normalized.isEmpty() || Text.hasHan(normalized)) {
      return false;
    }
    java.util.Set<String> known = HanTable.syllables();
    for (String word : normalized.split(" ")) {
      if (!word.isEmpty()) {
        for (String syllable : syllables(word)) {
          if (!known.contains(syllable)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether a romanised name, as entered, is written in pinyin: {@link #isPinyin} of its normalised
   * form, and each part of a hyphenated word one pinyin syllable. Who hyphenates a given name
   * writes a syllable between hyphens ({@code LIU Yi-Hui}, {@code Chan Tai-man}), so {@code CHEN
   * Chia-Hui} is Wade–Giles (Taiwan's passports: 佳 chia, pinyin jia), though {@code chiahui} splits
   * into the pinyin syllables chi, a and hui: its reading says nothing about the name in
   * characters.
   *
   * @param raw a name as entered
   */
  public static boolean isPinyinWritten(String raw) {
    requireNonNull(raw, "raw");
    if (!isPinyin(normalize(raw))) {
      return false;
    }
    java.util.Set<String> known = HanTable.syllables();
    int start = -1; // where the current run of letters began
    boolean hyphenated = false; // whether the run ended by a hyphen before another
    for (int i = 0; i <= raw.length(); i++) {
      char c = i < raw.length() ? raw.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      boolean hyphen =
          c == '-' && start >= 0 && i + 1 < raw.length() && Character.isLetter(raw.charAt(i + 1));
      if (start >= 0 && (hyphen || hyphenated)) {
        String part = raw.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        List<String> s = syllables(part);
        if (s.size() != 1 || !known.contains(s.get(0))) {
          return false;
        }
      }
      hyphenated = hyphen;
      start = -1;
    }
    return true;
  }

  /** The toneless reading of a name, syllables sorted: see the class comment. */
  public static String pinyinKey(String name) {
    requireNonNull(name, "name");
    return readingKey(normalize(name));
  }

  /**
   * A hash of a reading ({@link #readingKey}: syllables sorted, one space between) that is the same
   * for readings that differ only in the sounds southern Mandarin speakers blur, as pinyin input
   * methods' "fuzzy syllables" (模糊音) allow: initials zh/z, ch/c, sh/s, n/l and f/h, and finals
   * ang/an, eng/en, ing/in (so iang/ian and uang/uan); and hu before a vowel as w, as Wu speakers
   * (Shanghai, southern Jiangsu, Zhejiang) say 黄 huang and 王 wang, 胡 hu and 吴 wu alike. 陈 chen and
   * 程 cheng, 周 zhou and 邹 zou, 秦 qin and 清 qing, 兰 lan and 南 nan hash alike: a name taken down as
   * it was heard. The hash of a multiset of syllables, so the order of the syllables does not
   * count, as in the reading.
   */
  public static long fuzzyReadingHash(String reading) {
    requireNonNull(reading, "reading");
    long sum = 0;
    int start = 0;
    for (int i = 0; i <= reading.length(); i++) {
      if (i == reading.length() || reading.charAt(i) == ' ') {
        if (i > start) {
          sum += mix(fuzzySyllable(reading, start, i));
        }
        start = i + 1;
      }
    }
    return sum;
  }

  /** One syllable {@code r[from, to)} hashed with its blurred sounds made one. */
  private static long fuzzySyllable(String r, int from, int to) {
    long h = 1;
    int i = from;
    char first = r.charAt(from);
    if ((first == 'z' || first == 'c' || first == 's')
        && from + 1 < to
        && r.charAt(from + 1) == 'h') {
      h = h * 31 + first;
      i = from + 2;
    } else if (first == 'n') {
      h = h * 31 + 'l';
      i = from + 1;
    } else if ((first == 'f' || first == 'h') && from + 1 < to && r.charAt(from + 1) == 'u') {
      // fu and hu alike, and as w (Wu: 黄 huang and 王 wang, 胡 hu and 吴 wu): hu and fu are read as
      // wu, huang as wang.
      h = h * 31 + 'w';
      i = from + 2 < to ? from + 2 : from + 1;
    } else if (first == 'f') {
      h = h * 31 + 'h';
      i = from + 1;
    }
    int end = to;
    if (to - i >= 3
        && r.charAt(to - 1) == 'g'
        && r.charAt(to - 2) == 'n'
        && "aei".indexOf(r.charAt(to - 3)) >= 0) {
      end = to - 1; // -ng after a, e or i as -n
    }
    for (; i < end; i++) {
      h = h * 31 + r.charAt(i);
    }
    return h;
  }

  /**
   * A reading ({@link #readingKey}: syllables sorted, one space between) as the initials of its
   * syllables, sorted again, {@code _} for a syllable with none ({@code ai li mai mai ti} → {@code
   * _ l m m t}): what the Chinese transcriptions of one Uyghur or Kazakh name share, whose vowels
   * they write with different characters (艾/阿, 买/麦, 热/日).
   */
  public static String initials(String reading) {
    requireNonNull(reading, "reading");
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= reading.length(); i++) {
      if (i == reading.length() || reading.charAt(i) == ' ') {
        if (i > start) {
          out.add(initial(reading, start, i));
        }
        start = i + 1;
      }
    }
    java.util.Collections.sort(out);
    return String.join(" ", out);
  }

  /** The initial of the syllable {@code r[from, to)}: zh, ch, sh or one consonant; {@code _}. */
  private static String initial(String r, int from, int to) {
    char c = r.charAt(from);
    if ("aeiouv".indexOf(c) >= 0) {
      return "_";
    }
    if ((c == 'z' || c == 'c' || c == 's') && from + 1 < to && r.charAt(from + 1) == 'h') {
      return r.substring(from, from + 2);
    }
    return String.valueOf(c);
  }

  /** A 64-bit finaliser (MurmurHash3's fmix64), so that sums of hashes rarely collide. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /**
   * {@link #pinyinKey} of a name already {@link #normalize normalised}: saves normalising twice.
   */
  public static String readingKey(String normalized) {
    requireNonNull(normalized, "normalized");
    return computePinyin(normalized);
  }

  private static String computePinyin(String normalized) {
    List<String> parts = new ArrayList<>();
    if (!Text.hasHan(normalized)) {
      for (String word : normalized.split(" ")) {
        if (!word.isEmpty()) {
          parts.addAll(syllables(word));
        }
      }
    } else {
      String surname = surname(normalized);
      String surnameReading = SURNAME_READINGS.get(surname);
      if (surnameReading == null) {
        parts.addAll(readings(surname));
      } else {
        parts.addAll(syllables(surnameReading));
      }
      parts.addAll(readings(normalized.substring(surname.length())));
    }
    String[] sorted = parts.toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }

  /** The syllables of Han text, one per character; letters in it as a romanised word. */
  private static List<String> readings(String han) {
    List<String> out = new ArrayList<>();
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i <= han.length(); i++) {
      char c = i < han.length() ? han.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin.append(Character.toLowerCase(c));
        continue;
      }
      if (latin.length() > 0) {
        out.addAll(syllables(latin.toString()));
        latin.setLength(0);
      }
      String r = HanTable.reading(c); // "" for what is not Han
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    return out;
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
