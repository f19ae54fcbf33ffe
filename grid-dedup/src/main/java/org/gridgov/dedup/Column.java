package org.gridgov.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.dedup.normalize.Address;
import org.gridgov.dedup.normalize.Addresses;
import org.gridgov.dedup.normalize.BirthDates;
import org.gridgov.dedup.normalize.Genders;
import org.gridgov.dedup.normalize.IdNumbers;
import org.gridgov.dedup.normalize.Names;
import org.gridgov.dedup.normalize.Phones;
import org.gridgov.dedup.normalize.Text;
import org.jspecify.annotations.Nullable;

/**
 * One field of every record, normalised once and stored column-wise so that comparing a pair is a
 * few array reads. Each type knows its comparison levels, blocking keys, canonical value and how
 * good a value is for the golden record. Not thread-safe while records are added; read-only
 * afterwards.
 */
abstract class Column {

  static final int EXACT = 0;
  static final int CLOSE = 1;
  static final int DIFFERENT = 2;
  static final int MISSING = 3;

  final DedupConfig.Field field;
  int size;

  /** What {@link #touch} read while storing, kept so that the reads are not optimised away. */
  long touched;

  /**
   * Every record's value as entered, for golden records that keep what was written: in blocks of
   * characters, not a million strings for the collector to copy (numbers, names and addresses
   * rarely repeat).
   */
  private final TextArena raws = new TextArena();

  /**
   * For types whose raw values repeat (dates, genders), the raws numbered instead: a million
   * records write a few thousand dates in a few forms, a table small enough to stay in the cache.
   * Names go to {@link #raws}: a million synthetic records hold 172,732 distinct raw names, a table
   * whose look-ups miss the cache, and numbering them took 105 – 123 ms of CPU against 58 – 72 ms
   * for appending them to blocks, in about the same memory.
   */
  private final @Nullable Dict rawDict;

  private int[] rawIds = new int[16];

  private int rawCount;

  Column(DedupConfig.Field field) {
    this.field = field;
    this.rawDict =
        switch (field.type()) {
          case DATE, GENDER -> new Dict();
          default -> null;
        };
  }

  static Column of(DedupConfig.Field f) {
    return switch (f.type()) {
      case NAME -> new NameColumn(f);
      case ID_NUMBER -> new IdColumn(f);
      case PHONE -> new PhoneColumn(f);
      case DATE -> new DateColumn(f);
      case GENDER -> new GenderColumn(f);
      case ADDRESS -> new AddressColumn(f);
      case STRING -> new StringColumn(f);
      case CODE -> new CodeColumn(f);
    };
  }

  /** Normalises and stores the next record's raw value. */
  final void add(String raw) {
    append(prepare(raw));
    keepRaw(raw);
  }

  /** Keeps the next record's value as entered. */
  final void keepRaw(String raw) {
    keepRaw(raw, raw.hashCode());
  }

  /** Whether the values as entered are numbered (so {@link #keepRaw(String, int)} reads a hash). */
  final boolean numbersRaws() {
    return rawDict != null;
  }

  /**
   * Keeps the next record's value as entered, whose {@link String#hashCode} is {@code hash} when
   * {@link #numbersRaws} (any value otherwise).
   */
  final void keepRaw(String raw, int hash) {
    if (rawDict != null) {
      rawIds = put(rawIds, rawCount, rawDict.intern(raw, hash));
      rawCount++;
    } else {
      raws.add(raw);
      rawCount++;
    }
  }

  /** Record {@code r}'s value as entered. */
  final String raw(int r) {
    return rawDict != null ? rawDict.get(rawIds[r]) : raws.get(r);
  }

  /**
   * Normalises a raw value, touching no state: safe to run on many threads at once. Its result goes
   * to {@link #append}, in record order.
   */
  abstract Object prepare(String raw);

  /** Stores the next record's prepared value. */
  abstract void append(Object prepared);

  /**
   * Reads the dictionary slots that {@link #append} of this prepared value, and {@link
   * #keepRaw(String, int)} of a raw value with this hash, will look up ({@link Dict#touch}).
   */
  long touch(Object prepared, int rawHash) {
    return rawDict == null ? 0 : rawDict.touch(rawHash);
  }

  /** Whether record {@code r} has no value. */
  abstract boolean missing(int r);

  /** The level of a pair: {@link #EXACT} … {@link #MISSING}. */
  abstract int compare(int a, int b);

  /**
   * ORs the level of pairs {@code [from, to)} (encoded as in {@link Blocking}), shifted left by
   * {@code shift}, into {@code patterns}: this field over many pairs at once.
   */
  void levels(long[] pairs, int from, int to, int[] patterns, int shift) {
    for (int i = from; i < to; i++) {
      patterns[i] |= compare((int) (pairs[i] >>> 32), (int) pairs[i]) << shift;
    }
  }

  /** The canonical value, {@code ""} when missing: for term frequencies and golden records. */
  abstract String value(int r);

  /** A derived blocking key ({@code ""}: the value), {@code ""} when there is none. */
  String key(String derived, int r) {
    return derived.isEmpty() ? value(r) : "";
  }

  /**
   * Every record's blocking key as an int, equal exactly when the keys of {@link #key} are equal, 0
   * when there is none: blocking groups ints, building no string. At least {@link #size} long.
   */
  abstract int[] keyIds(String derived);

  /** Whether two records have the same {@link #value}, without building it. */
  abstract boolean sameValue(int a, int b);

  /**
   * The dictionary whose ids {@link #valueId} gives, or null when the type keeps none: term
   * frequencies are then counted per id, not per string.
   */
  @Nullable Dict valueDict() {
    return null;
  }

  /** Record {@code r}'s {@link #value} as an id of {@link #valueDict}, 0 when missing. */
  int valueId(int r) {
    throw new UnsupportedOperationException("no value ids");
  }

  /** How good a value is for the golden record: higher is better; 0 when missing. */
  int quality(int r) {
    return missing(r) ? 0 : 1;
  }

  /** Whether a pair must never match on this field's evidence alone. */
  boolean forbids(int a, int b) {
    return false;
  }

  /** Fills a missing value from the record's identity number, for date and gender fields. */
  void derive(int r, IdNumbers.IdValue id) {}

  static String[] grow(String[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  /**
   * Normalised strings with their hashes, computed on the thread that normalised them while they
   * are in its cache, so that interning them later, on one thread per column, is cheaper.
   */
  record Hashed(String[] values, int[] hashes) {
    String value(int i) {
      return values[i];
    }

    int intern(Dict dict, int i) {
      return dict.intern(values[i], hashes[i]);
    }

    long touch(Dict dict, int i) {
      return values[i].isEmpty() ? 0 : dict.touch(hashes[i]);
    }
  }

  static Hashed hashed(String... values) {
    int[] hashes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      hashes[i] = values[i].hashCode();
    }
    return new Hashed(values, hashes);
  }

  /** Records' ids in a dictionary: grows the array and stores the next value's id. */
  static int[] put(int[] a, int n, int id) {
    int[] out = grow(a, n);
    out[n] = id;
    return out;
  }

  static long[] grow(long[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  static byte[] grow(byte[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  /** A personal name: exact on the normalised name, close on the reading or one character. */
  static final class NameColumn extends Column {
    private final Dict names = new Dict();
    private final Dict readings = new Dict();

    /**
     * The surnames' readings apart from the names': a few hundred values whose table stays in the
     * cache, where numbering them among the names' readings missed it once a record.
     */
    private final Dict surnames = new Dict();

    int[] norm = new int[16];
    int[] pinyin = new int[16];
    int[] surname = new int[16];

    /**
     * Per reading (by its id in {@code readings}), {@link Names#fuzzyReadingHash}: readings are
     * numbered in the order first seen, so each new one is hashed once, when it is stored.
     */
    private long[] fuzzy = new long[16];

    /** How many readings have their {@link #fuzzy} hash. */
    private int fuzzyCount = 1;

    /**
     * The name's length in characters (at most 127) when it has Han characters; -1 for a
     * romanisation that is not pinyin ({@link Names#isPinyinWritten}); else 0.
     */
    byte[] han = new byte[16];

    /** 1 where the name is a form of address said to grown-ups ({@link Names#isAdultTitle}). */
    byte[] adult = new byte[16];

    NameColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      String n = Names.normalize(raw);
      if (n.isEmpty()) {
        return hashed("", "", "");
      }
      if (Names.isPlaceholder(n)) {
        // 王先生, 张某: no name to compare, but the surname still blocks with a phone or a flat,
        // and 先生 tells a gender (titleGender). 陈太 gives no surname of her own.
        String surnameOnly = Names.placeholderSurname(n);
        String gender = Names.titleGender(n).map(g -> g == Gender.MALE ? "1" : "2").orElse("");
        return hashed(
            "",
            "",
            surnameOnly.isEmpty() ? "" : Names.readingKey(surnameOnly),
            gender,
            Names.isAdultTitle(n) ? "a" : "");
      }
      // The surname's reading: romanised and Han records of one person share it; word order of
      // romanised names is unknown, so they have none.
      if (Text.hasHan(n)) {
        // A form of address around a whole name (顿珠师傅, 阿妈卓玛) tells a grown-up and perhaps a
        // gender, as a placeholder's does; looked for only where normalising left something out.
        String form = n.length() + 1 < raw.length() ? Names.formOfAddress(raw) : "";
        if (form.isEmpty()) {
          return hashed(n, Names.readingKey(n), Names.readingKey(Names.surname(n)));
        }
        String gender = Names.formGender(form).map(g -> g == Gender.MALE ? "1" : "2").orElse("");
        return hashed(
            n,
            Names.readingKey(n),
            Names.readingKey(Names.surname(n)),
            gender,
            Names.isAdultForm(form) ? "a" : "");
      }
      // Whether the romanisation is pinyin, read here, on many threads, and from the name as
      // entered: its hyphens tell syllables apart (Names.isPinyinWritten).
      return hashed(n, Names.readingKey(n), "", "", "", Names.isPinyinWritten(raw) ? "" : "o");
    }

    @Override
    long touch(Object prepared, int rawHash) {
      Hashed p = (Hashed) prepared;
      return super.touch(prepared, rawHash) + p.touch(names, 0) + p.touch(readings, 1);
    }

    /**
     * Whether one of two records is a placeholder whose one character is a syllable of the other's
     * name: {@code 小宁} and {@code 段若宁}, {@code 小辰} and {@code 罗宇辰} — a child called by the last
     * character of the given name, not a surname that contradicts the other's.
     */
    private boolean inName(int a, int b) {
      int p = norm[a] == 0 ? a : b;
      int full = p == a ? b : a;
      if (norm[full] == 0) {
        return false;
      }
      String syllable = surnames.get(surname[p]);
      String reading = readings.get(pinyin[full]);
      int at = reading.indexOf(syllable);
      while (at >= 0) {
        int end = at + syllable.length();
        if ((at == 0 || reading.charAt(at - 1) == ' ')
            && (end == reading.length() || reading.charAt(end) == ' ')) {
          return true;
        }
        at = reading.indexOf(syllable, at + 1);
      }
      return false;
    }

    /**
     * The gender a placeholder's form of address tells ({@link Names#titleGender}): 1 male, 2
     * female, 0 none.
     */
    static byte titleGender(Object prepared) {
      Hashed p = (Hashed) prepared;
      return p.values().length < 4 || p.value(3).isEmpty()
          ? 0
          : (byte) (p.value(3).charAt(0) - '0');
    }

    @Override
    void append(Object prepared) {
      Hashed p = (Hashed) prepared;
      norm = put(norm, size, p.intern(names, 0));
      int reading = p.intern(readings, 1);
      pinyin = put(pinyin, size, reading);
      if (reading >= fuzzyCount) {
        fuzzy = grow(fuzzy, reading);
        fuzzy[reading] = Names.fuzzyReadingHash(p.value(1));
        fuzzyCount = reading + 1;
      }
      surname = put(surname, size, p.intern(surnames, 2));
      adult = grow(adult, size);
      adult[size] = (byte) (p.values().length > 4 && !p.value(4).isEmpty() ? 1 : 0);
      han = grow(han, size);
      String n = p.value(0);
      han[size] =
          (byte)
              (Text.hasHan(n)
                  ? Math.min(n.length(), 127)
                  : n.isEmpty() || p.values().length < 6 || p.value(5).isEmpty() ? 0 : -1);
      size++;
    }

    @Override
    boolean missing(int r) {
      return norm[r] == 0;
    }

    @Override
    int compare(int a, int b) {
      int x = norm[a];
      int y = norm[b];
      if (x == 0 || y == 0) {
        // 宋女士 gives the surname only: 宋兰 may be her, 李兰 is not (two readings of surnames).
        return surname[a] == 0 || surname[b] == 0 || surname[a] == surname[b] || inName(a, b)
            ? MISSING
            : DIFFERENT;
      }
      if (x == y) {
        return EXACT;
      }
      if (pinyin[a] == pinyin[b]) {
        return CLOSE; // a homophone, or a name and its romanisation
      }
      if (han[a] > 0 && han[b] > 0) {
        // Two names in characters that read differently are two names: siblings often differ in
        // one character only (a shared generation character), so "one character off" is no
        // evidence of a typo. A character left out is (廖国华, 廖华): siblings' names have one
        // length. So is a reading that differs only as southern Mandarin blurs sounds (陈/程,
        // 秦/清, 兰/南): a name taken down as heard.
        if (han[a] == han[b] && fuzzy[pinyin[a]] == fuzzy[pinyin[b]]) {
          return CLOSE;
        }
        if (Math.abs(han[a] - han[b]) == 1 && surname[a] == surname[b] && names.oneLeftOut(x, y)) {
          return CLOSE;
        }
        // 阿依古丽 and 阿依古丽·努尔兰, 米热古丽·阿不都热合 and 米热古丽·阿不都热合曼: a name of the peoples
        // who give a person's own name and the father's (Uyghur, Kazakh, Kyrgyz), written in
        // part — the father's name left out or cut off by a form's field — reads as a part of
        // the whole; the order of the parts does not count (readings are sorted).
        if (Math.max(han[a], han[b]) < 4 || Math.min(han[a], han[b]) < 2) {
          return DIFFERENT;
        }
        String whole = readings.get(pinyin[han[a] >= han[b] ? a : b]);
        String part = readings.get(pinyin[han[a] >= han[b] ? b : a]);
        if (han[a] != han[b] && containsSyllables(whole, part)) {
          return CLOSE;
        }
        // Such a name of five characters or more transcribed another way (艾力·买买提 and
        // 阿力·麦麦提, 热孜万古丽 and 日孜万古丽): the same initials, syllable by syllable.
        return Math.max(han[a], han[b]) >= 5
                && containsSyllables(Names.initials(whole), Names.initials(part))
            ? CLOSE
            : DIFFERENT;
      }
      if (han[a] > 0 && han[b] < 0 || han[a] < 0 && han[b] > 0) {
        // A romanisation that is not pinyin — Cantonese (CHAN Tai Man), Wade–Giles (CHEN
        // Chih-ming), an English name — cannot be read against characters: no evidence either way.
        return MISSING;
      }
      // A romanisation with a typo: compare the readings.
      if (Similarity.jaroWinkler(readings.get(pinyin[a]), readings.get(pinyin[b])) >= 0.92) {
        return CLOSE;
      }
      // Fiona Law and LAW Mei Ling, Peter Chan and CHAN Tai Man: outside pinyin, a shared word
      // (the surname) beside different ones may be an English name beside a Chinese one.
      return (han[a] < 0 || han[b] < 0) && shareWord(names.get(x), names.get(y))
          ? MISSING
          : DIFFERENT;
    }

    /**
     * Whether every syllable of a sorted reading ({@code part}) is one of a longer sorted reading's
     * ({@code whole}), each as often: the multisets of syllables, one inside the other.
     */
    static boolean containsSyllables(String whole, String part) {
      return sharedSyllables(whole, part) == syllableCount(part);
    }

    /**
     * How many syllables two sorted readings (syllables joined by one space) have in common, each
     * as often as both have it: the size of their multisets' intersection, walked in one merge
     * without building a string.
     */
    static int sharedSyllables(String x, String y) {
      int i = 0;
      int j = 0;
      int shared = 0;
      while (i < x.length() && j < y.length()) {
        int xe = x.indexOf(' ', i);
        xe = xe < 0 ? x.length() : xe;
        int ye = y.indexOf(' ', j);
        ye = ye < 0 ? y.length() : ye;
        int c = compareRegions(x, i, xe, y, j, ye);
        if (c <= 0) {
          i = xe + 1;
        }
        if (c >= 0) {
          j = ye + 1;
        }
        shared += c == 0 ? 1 : 0;
      }
      return shared;
    }

    /** How many syllables a reading has: 0 for an empty one. */
    private static int syllableCount(String reading) {
      if (reading.isEmpty()) {
        return 0;
      }
      int n = 1;
      for (int k = 0; k < reading.length(); k++) {
        n += reading.charAt(k) == ' ' ? 1 : 0;
      }
      return n;
    }

    /** {@code x[xs, xe)} against {@code y[ys, ye)} as {@link String#compareTo} orders them. */
    private static int compareRegions(String x, int xs, int xe, String y, int ys, int ye) {
      int n = Math.min(xe - xs, ye - ys);
      for (int k = 0; k < n; k++) {
        int d = x.charAt(xs + k) - y.charAt(ys + k);
        if (d != 0) {
          return d;
        }
      }
      return (xe - xs) - (ye - ys);
    }

    /** Whether two romanised names, words sorted and joined by one space, share a word. */
    private static boolean shareWord(String x, String y) {
      for (String w : x.split(" ")) {
        if (w.length() > 1 && (" " + y + " ").contains(" " + w + " ")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether two names in Han characters have one length and differ in one character ({@code 陈小杰},
     * {@code 林小杰}), or in two when they have five or more ({@code 阿依古丽·阿斯哈尔}, {@code 阿依古力·阿斯卡尔}: a
     * Uyghur or Kazakh name transcribed twice): a typo or another transcription of one of them when
     * the records give one identity number.
     */
    boolean oneReplaced(int a, int b) {
      if (han[a] <= 0 || han[a] != han[b]) {
        return false;
      }
      if (names.oneReplaced(norm[a], norm[b])) {
        return true;
      }
      if (han[a] < 5) {
        return false;
      }
      String x = names.get(norm[a]);
      String y = names.get(norm[b]);
      if (x.length() != y.length()) {
        return false;
      }
      int differ = 0;
      for (int k = 0; k < x.length() && differ <= 2; k++) {
        differ += x.charAt(k) == y.charAt(k) ? 0 : 1;
      }
      return differ <= 2;
    }

    /**
     * Whether two names differ as one person's may under one identity number ({@link Coherence}): a
     * typo ({@link #oneReplaced}), a name in part ({@link #partOf}), or another transcription
     * ({@link #sameInitials}, {@link #mostSyllables}).
     */
    boolean oneNameUnderOneNumber(int a, int b) {
      return oneReplaced(a, b) || partOf(a, b) || sameInitials(a, b) || mostSyllables(a, b);
    }

    /**
     * Whether two names in Han characters of five or more share at least two thirds of the longer
     * one's syllables (as multisets of their readings): a transcription that writes a few syllables
     * another way ({@code 图尔洪·亚库甫} and {@code 吐尔洪·牙合甫}). Not shorter names: {@code 林小杰} and {@code
     * 陈晓杰} share two of three, as siblings' names do.
     */
    boolean mostSyllables(int a, int b) {
      if (han[a] < 5 || han[b] < 5) {
        return false;
      }
      String x = readings.get(pinyin[a]);
      String y = readings.get(pinyin[b]);
      return sharedSyllables(x, y) * 3 >= Math.max(syllableCount(x), syllableCount(y)) * 2;
    }

    /**
     * Whether two names in Han characters of one length, two or more, read with the same initials
     * syllable by syllable ({@link Names#initials}): one name transcribed twice, as names of other
     * languages are, whose vowels the characters write in several ways ({@code 次仁} and {@code 才让}
     * for Tibetan Tsering, {@code 索南贝真} and {@code 索南白珍}).
     */
    boolean sameInitials(int a, int b) {
      if (han[a] < 2 || han[a] != han[b]) {
        return false;
      }
      return Names.initials(readings.get(pinyin[a]))
          .equals(Names.initials(readings.get(pinyin[b])));
    }

    /**
     * Whether one of two names in Han characters, of two characters or more, is the other's
     * characters in order with some left out: the given name without the surname ({@code 静华},
     * {@code 马静华}), a Tibetan name's short form ({@code 达玉} for {@code 达哇玉珍}, {@code 平措} for {@code
     * 平措桑珠}), a name with a prefix that tells namesakes apart or an honorific ({@code 大桑姆} and
     * {@code 普布桑姆}, {@code 阿妈格桑德吉拉} and {@code 格桑德吉}; the prefix {@code 大}, {@code 小}, {@code 老} or
     * {@code 阿} of the shorter one not counted). One person's when the records give one identity
     * number, as a name in part is.
     */
    boolean partOf(int a, int b) {
      if (han[a] <= 0 || han[b] <= 0 || han[a] == han[b]) {
        return false;
      }
      String x = names.get(norm[a]);
      String y = names.get(norm[b]);
      String part = x.length() < y.length() ? x : y;
      String whole = part == x ? y : x;
      if (part.length() > 2 && "大小老阿".indexOf(part.charAt(0)) >= 0) {
        part = part.substring(1);
      }
      int at = 0;
      for (int i = 0; i < whole.length() && at < part.length(); i++) {
        if (whole.charAt(i) == part.charAt(at)) {
          at++;
        }
      }
      return part.length() >= 2 && at == part.length();
    }

    @Override
    String value(int r) {
      return names.get(norm[r]);
    }

    @Override
    boolean sameValue(int a, int b) {
      // Placeholders (王先生, 李女士) have no name but contradict by their surnames.
      return norm[a] == norm[b]
          && (norm[a] != 0 || surname[a] == surname[b] && adult[a] == adult[b]);
    }

    @Override
    Dict valueDict() {
      return names;
    }

    @Override
    int valueId(int r) {
      return norm[r];
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> names.get(norm[r]);
        case "pinyin" -> readings.get(pinyin[r]);
        case "surname" -> surnames.get(surname[r]);
        default -> "";
      };
    }

    @Override
    int[] keyIds(String derived) {
      return switch (derived) {
        case "" -> norm;
        case "pinyin" -> pinyin;
        case "surname" -> surname;
        default -> new int[size];
      };
    }

    @Override
    int quality(int r) {
      return norm[r] == 0 ? 0 : han[r] > 0 ? 2 : 1; // characters say more than a romanisation
    }
  }

  /**
   * An 18-character number as two longs of nine characters each, four bits a character from the
   * lowest: a digit {@code d} as {@code d + 1}, {@code X} as 11; {@code {-1, -1}} for other text.
   */
  static long[] packId(String s) {
    if (s.length() != 18) {
      return new long[] {-1, -1};
    }
    long[] out = new long[2];
    for (int i = 0; i < 18; i++) {
      char c = s.charAt(i);
      long nibble;
      if (c >= '0' && c <= '9') {
        nibble = c - '0' + 1;
      } else if (c == 'X') {
        nibble = 11;
      } else {
        return new long[] {-1, -1};
      }
      out[i / 9] |= nibble << (4 * (i % 9));
    }
    return out;
  }

  /** {@link Similarity#withinOneEdit} of two numbers packed by {@link #packId}. */
  static boolean packedIdWithinOneEdit(long highA, long lowA, long highB, long lowB) {
    long dh = highA ^ highB;
    long dl = lowA ^ lowB;
    int differ = IdColumn.nibbles(dh) + IdColumn.nibbles(dl);
    if (differ <= 1) {
      return true; // the same, or one character typed wrong
    }
    if (differ > 2) {
      return false;
    }
    // Two characters differ: a typo only when they are neighbours swapped.
    int first =
        dh != 0 ? Long.numberOfTrailingZeros(dh) / 4 : 9 + Long.numberOfTrailingZeros(dl) / 4;
    int second =
        dl != 0
            ? 9 + (63 - Long.numberOfLeadingZeros(dl)) / 4
            : (63 - Long.numberOfLeadingZeros(dh)) / 4;
    return second == first + 1
        && idChar(highA, lowA, first) == idChar(highB, lowB, second)
        && idChar(highA, lowA, second) == idChar(highB, lowB, first);
  }

  private static long idChar(long high, long low, int i) {
    return i < 9 ? (high >>> (4 * i)) & 15 : (low >>> (4 * (i - 9))) & 15;
  }

  /** A normalised identity number with its value and partial key, hashed. */
  record PreparedId(Optional<IdNumbers.IdValue> id, Hashed keys) {}

  /** A resident identity number, with the two hard rules. */
  static final class IdColumn extends Column {
    private final Dict numbers = new Dict();
    private final Dict partials = new Dict();
    int[] value = new int[16];
    int[] partial = new int[16];
    byte[] kind = new byte[16]; // 0 missing, 1 valid, 2 masked, 3 invalid, 4 another document

    IdColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      Optional<IdNumbers.IdValue> id = IdNumbers.normalize(raw);
      return new PreparedId(
          id,
          hashed(
              id.map(IdNumbers.IdValue::value).orElse(""),
              id.flatMap(v -> v.partialKey()).orElse("")));
    }

    @Override
    long touch(Object prepared, int rawHash) {
      Hashed k = ((PreparedId) prepared).keys();
      return super.touch(prepared, rawHash) + k.touch(numbers, 0) + k.touch(partials, 1);
    }

    @Override
    void append(Object prepared) {
      PreparedId p = (PreparedId) prepared;
      Optional<IdNumbers.IdValue> id = p.id();
      kind = grow(kind, size);
      value = put(value, size, p.keys().intern(numbers, 0));
      partial = put(partial, size, p.keys().intern(partials, 1));
      long[] packed = packId(p.keys().value(0));
      high = grow(high, size);
      low = grow(low, size);
      high[size] = packed[0];
      low[size] = packed[1];
      int k = 0;
      if (id.isPresent()) {
        k =
            switch (id.get().kind()) {
              case VALID -> 1;
              case MASKED -> 2;
              case INVALID -> 3;
              case OTHER -> 4;
            };
      }
      kind[size] = (byte) k;
      size++;
    }

    /**
     * Each number's first and last nine characters packed four bits a character ({@link #packId}),
     * so that the typo check of two numbers reads no string.
     */
    long[] high = new long[16];

    long[] low = new long[16];

    /** {@link Similarity#withinOneEdit} of two records' numbers. */
    private boolean withinOneEdit(int a, int b) {
      if (high[a] < 0 || high[b] < 0) {
        return Similarity.withinOneEdit(numbers.get(value[a]), numbers.get(value[b]));
      }
      return packedIdWithinOneEdit(high[a], low[a], high[b], low[b]);
    }

    /** How many four-bit groups of {@code d} are not zero. */
    static int nibbles(long d) {
      long x = d | (d >>> 1);
      x |= x >>> 2;
      return Long.bitCount(x & 0x1111111111111111L);
    }

    /** Whether every character visible in both numbers is the same. */
    private boolean compatible(int a, int b) {
      return ResidentIdNumber.compatible(numbers.get(value[a]), numbers.get(value[b]));
    }

    /** Whether two records give the same valid identity number. */
    boolean sameValid(int a, int b) {
      return kind[a] == 1 && kind[b] == 1 && value[a] == value[b];
    }

    /** How many distinct numbers, {@code ""} included: the bound of {@link #value}'s ids. */
    int numberCount() {
      return numbers.size();
    }

    /** Whether one record gives a valid number and the other a masked one that fits it. */
    boolean maskedFits(int a, int b) {
      return (kind[a] == 1 && kind[b] == 2 || kind[a] == 2 && kind[b] == 1) && compatible(a, b);
    }

    @Override
    boolean missing(int r) {
      return kind[r] == 0;
    }

    @Override
    int compare(int a, int b) {
      int ka = kind[a];
      int kb = kind[b];
      if (ka == 0 || kb == 0) {
        return MISSING;
      }
      if (ka == 4 || kb == 4) {
        // Another document: the same number is one person's; a different one, or a document
        // beside an identity number, says nothing — a person holds several.
        return ka == kb && value[a] == value[b] ? EXACT : MISSING;
      }
      if (ka != 2 && kb != 2) {
        if (value[a] == value[b]) {
          return EXACT;
        }
        // A typo in an invalid number: one digit wrong, or two swapped.
        return (ka == 3 || kb == 3) && withinOneEdit(a, b) ? CLOSE : DIFFERENT;
      }
      return compatible(a, b) ? CLOSE : DIFFERENT;
    }

    @Override
    boolean forbids(int a, int b) {
      int ka = kind[a];
      int kb = kind[b];
      if (ka == 1 && kb == 1) {
        return value[a] != value[b]; // two different valid numbers: two people
      }
      if ((ka == 1 && kb == 2) || (ka == 2 && kb == 1)) {
        return !compatible(a, b); // visible digits disagree
      }
      return false;
    }

    @Override
    String value(int r) {
      return numbers.get(value[r]);
    }

    @Override
    boolean sameValue(int a, int b) {
      return value[a] == value[b];
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> kind[r] == 1 || kind[r] >= 3 ? numbers.get(value[r]) : "";
        case "partial" -> partials.get(partial[r]);
        default -> "";
      };
    }

    @Override
    int[] keyIds(String derived) {
      return switch (derived) {
        case "" -> {
          int[] out = new int[size];
          for (int r = 0; r < size; r++) {
            out[r] = kind[r] == 1 || kind[r] >= 3 ? value[r] : 0;
          }
          yield out;
        }
        case "partial" -> partial;
        default -> new int[size];
      };
    }

    @Override
    int quality(int r) {
      return switch (kind[r]) {
        case 1 -> 3;
        case 3, 4 -> 2;
        case 2 -> 1;
        default -> 0;
      };
    }
  }

  /**
   * A field whose normalised value is one string, compared exactly first: the shared storage and
   * levels of phones, free text and codes; each says only how it normalises, what is close and
   * which keys it derives from its value.
   */
  abstract static class TextColumn extends Column {
    final Dict values = new Dict();
    int[] value = new int[16];

    /** Per derived key of {@link #derivedKeys}, its dictionary and every record's id. */
    private final Dict[] derivedDicts;

    private final int[][] derivedIds;

    TextColumn(DedupConfig.Field f) {
      super(f);
      int n = derivedKeys().size();
      derivedDicts = new Dict[n];
      derivedIds = new int[n][16];
      for (int i = 0; i < n; i++) {
        derivedDicts[i] = new Dict();
      }
    }

    /** The normalised value, {@code ""} when there is none. */
    abstract String normalize(String raw);

    /** Whether two different, non-empty values are close. */
    abstract boolean close(String x, String y);

    /** The derived keys this type gives, besides the value itself. */
    java.util.List<String> derivedKeys() {
      return java.util.List.of();
    }

    /** A derived key of a non-empty value ({@code ""}: none). */
    String derive(String derived, String value) {
      return "";
    }

    @Override
    final Object prepare(String raw) {
      String v = normalize(raw);
      java.util.List<String> keys = derivedKeys();
      String[] out = new String[1 + keys.size()];
      out[0] = v;
      for (int i = 0; i < keys.size(); i++) {
        out[i + 1] = v.isEmpty() ? "" : derive(keys.get(i), v);
      }
      return hashed(out);
    }

    @Override
    final long touch(Object prepared, int rawHash) {
      Hashed p = (Hashed) prepared;
      long sum = super.touch(prepared, rawHash) + p.touch(values, 0);
      for (int i = 0; i < derivedDicts.length; i++) {
        sum += p.touch(derivedDicts[i], i + 1);
      }
      return sum;
    }

    @Override
    final void append(Object prepared) {
      Hashed p = (Hashed) prepared;
      value = put(value, size, p.intern(values, 0));
      for (int i = 0; i < derivedIds.length; i++) {
        derivedIds[i] = put(derivedIds[i], size, p.intern(derivedDicts[i], i + 1));
      }
      appended(p, size);
      size++;
    }

    /** Called when record {@code r}'s values are stored, with what {@link #prepare} gave. */
    void appended(Hashed prepared, int r) {}

    @Override
    final boolean missing(int r) {
      return value[r] == 0;
    }

    @Override
    final int compare(int a, int b) {
      int x = value[a];
      int y = value[b];
      if (x == 0 || y == 0) {
        return MISSING;
      }
      if (x == y) {
        return EXACT;
      }
      return close(a, b) ? CLOSE : DIFFERENT;
    }

    /** Whether two records' different, non-empty values are close. */
    boolean close(int a, int b) {
      return close(values.get(value[a]), values.get(value[b]));
    }

    /** Record {@code r}'s id of the {@code i}-th derived key, and that key's text. */
    final int derivedId(int i, int r) {
      return derivedIds[i][r];
    }

    final String derived(int i, int r) {
      return derivedDicts[i].get(derivedIds[i][r]);
    }

    @Override
    final String value(int r) {
      return values.get(value[r]);
    }

    @Override
    final boolean sameValue(int a, int b) {
      return value[a] == value[b];
    }

    @Override
    final Dict valueDict() {
      return values;
    }

    @Override
    final int valueId(int r) {
      return value[r];
    }

    @Override
    String key(String derived, int r) {
      if (derived.isEmpty()) {
        return values.get(value[r]);
      }
      int i = derivedKeys().indexOf(derived);
      return i < 0 ? "" : derivedDicts[i].get(derivedIds[i][r]);
    }

    @Override
    int[] keyIds(String derived) {
      if (derived.isEmpty()) {
        return value;
      }
      int i = derivedKeys().indexOf(derived);
      return i < 0 ? new int[size] : derivedIds[i];
    }
  }

  /** A phone number: exact, or close on the local part or one digit. */
  static final class PhoneColumn extends TextColumn {

    PhoneColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    String normalize(String raw) {
      return Phones.normalize(raw).or(() -> Phones.masked(raw)).orElse("");
    }

    @Override
    boolean close(String x, String y) {
      String lx = Phones.local(x);
      String ly = Phones.local(y);
      return lx.equals(ly) || closeLocal(lx, ly);
    }

    /** A typo apart, or the same number with digits masked in one (138****5678). */
    private static boolean closeLocal(String x, String y) {
      return x.indexOf('*') >= 0 || y.indexOf('*') >= 0
          ? Phones.compatible(x, y)
          : Similarity.withinOneEdit(x, y);
    }

    /** Every record's local part as {@link #pack} gives it. */
    private long[] packed = new long[16];

    @Override
    void appended(Hashed prepared, int r) {
      if (packed.length <= r) {
        packed = Arrays.copyOf(packed, Math.max(16, packed.length * 2));
      }
      packed[r] = pack(prepared.value(1));
      masked = put(masked, r, maskedKey(prepared.value(0)));
    }

    @Override
    boolean close(int a, int b) {
      // The local parts, numbered once: equal ids are equal parts.
      if (derivedId(0, a) == derivedId(0, b)) {
        return true;
      }
      long x = packed[a];
      long y = packed[b];
      return x >= 0 && y >= 0
          ? packedWithinOneEdit(x, y)
          : closeLocal(derived(0, a), derived(0, b));
    }

    @Override
    java.util.List<String> derivedKeys() {
      return LOCAL;
    }

    /** The local part, numbered in a dictionary of its own. */
    private static final java.util.List<String> LOCAL = java.util.List.of("local");

    @Override
    String derive(String derived, String value) {
      return Phones.local(value);
    }

    /**
     * Every record's number as masked ones are written ({@link Phones#maskedForm}: a masked number,
     * {@code 138****5678}, meets its whole form on it) as an int, 0 for none: its seven visible
     * digits say it exactly, so it needs no dictionary.
     */
    private int[] masked = new int[16];

    /** {@link Phones#maskedForm} of a normalised number as an int: see {@link #masked}. */
    static int maskedKey(String normalized) {
      String m = Phones.maskedForm(normalized);
      if (m.isEmpty()) {
        return 0;
      }
      int first = 0;
      for (int i = 3; i < 6; i++) {
        char c = m.charAt(i);
        if (c < '0' || c > '9') {
          first = -1; // 尾号5678: only the last four shown; such numbers meet each other only
          break;
        }
        first = first * 10 + (c - '0');
      }
      int last = Integer.parseInt(m, 10, 14, 10);
      return first < 0 ? 10_000_001 + last : 1 + first * 10_000 + last;
    }

    @Override
    String key(String derived, int r) {
      return derived.equals("masked") ? Phones.maskedForm(value(r)) : super.key(derived, r);
    }

    @Override
    int[] keyIds(String derived) {
      return derived.equals("masked") ? Arrays.copyOf(masked, size) : super.keyIds(derived);
    }

    @Override
    int quality(int r) {
      String v = value(r);
      if (v.isEmpty()) {
        return 0;
      }
      if (v.indexOf('*') >= 0) {
        return 1; // masked: the whole number is better
      }
      return Phones.isMobile(v) ? 3 : v.charAt(0) == '+' ? 2 : 1;
    }
  }

  /**
   * A phone number's local part in a long, four bits a character from the lowest: a digit {@code d}
   * as {@code d + 1}, {@code +} as 11, so no character is 0 and the length is where the nibbles
   * end; -1 for text longer than 15 characters or with other characters. Lets {@link
   * #packedWithinOneEdit} compare two numbers without reading their strings.
   */
  static long pack(String s) {
    if (s.length() > 15) {
      return -1;
    }
    long out = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      long nibble;
      if (c >= '0' && c <= '9') {
        nibble = c - '0' + 1;
      } else if (c == '+') {
        nibble = 11;
      } else {
        return -1;
      }
      out |= nibble << (4 * i);
    }
    return out;
  }

  /** {@link Similarity#withinOneEdit} of two texts packed by {@link #pack}. */
  static boolean packedWithinOneEdit(long x, long y) {
    int lx = (67 - Long.numberOfLeadingZeros(x)) / 4;
    int ly = (67 - Long.numberOfLeadingZeros(y)) / 4;
    long d = x ^ y;
    if (d == 0) {
      return true;
    }
    int lo = Long.numberOfTrailingZeros(d) / 4;
    if (lx == ly) {
      int hi = (63 - Long.numberOfLeadingZeros(d)) / 4;
      if (lo == hi) {
        return true; // one character typed wrong
      }
      return hi == lo + 1 && nibble(x, lo) == nibble(y, hi) && nibble(x, hi) == nibble(y, lo);
    }
    if (Math.abs(lx - ly) != 1) {
      return false;
    }
    long longer = lx > ly ? x : y;
    long shorter = lx > ly ? y : x;
    // The first difference is the character added: without it the texts are equal.
    long low = lo == 0 ? 0 : longer & ((1L << (4 * lo)) - 1);
    return (low | (longer >>> (4 * (lo + 1))) << (4 * lo)) == shorter;
  }

  private static long nibble(long x, int i) {
    return (x >>> (4 * i)) & 15;
  }

  /** A date: exact, or close when day and month are swapped or one part differs. */
  static final class DateColumn extends Column {
    int[] day = new int[16]; // epoch day, Integer.MIN_VALUE when missing or given in part

    /**
     * Year × 10,000 + month × 100 + day, 0 when missing: compared without building dates. A date
     * given in part has day 0, and a year alone month 0 too ({@link BirthDates#parsePartial}).
     */
    int[] ymd = new int[16];

    /**
     * A prepared value at or above this is a partial date's {@code ymd} added to it; below, an
     * epoch day (an int, negative before 1970), or {@link Long#MIN_VALUE} for no date.
     */
    private static final long PARTIAL = 1L << 40;

    /**
     * The month of a {@code ymd} that an age gave ({@link BirthDates#parseAge}): its year is this
     * year less the age, and no month is known.
     */
    static final int AGE_MONTH = 13;

    /**
     * How many years old a ledger's ages may be: an age is the person's when the ledger was
     * written, which no record says. Ten years covers the grid ledgers kept on computers, and the
     * five independent sets with ages write them 1 to 7 years before today; a nominal age (虚岁) may
     * add a year or two the other way ({@link #AGE_YOUNGER}).
     */
    static final int AGE_SPAN = 10;

    /** How many years later than this year less the age a person may be born: a nominal age. */
    static final int AGE_YOUNGER = 2;

    /** The year ages are counted back from: the year the records are read in. */
    static final int THIS_YEAR = LocalDate.now(java.time.ZoneOffset.UTC).getYear();

    DateColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      if (raw.isEmpty()) {
        return Long.MIN_VALUE;
      }
      Optional<LocalDate> d = BirthDates.parse(raw);
      if (d.isPresent()) {
        return d.get().toEpochDay();
      }
      int partial = BirthDates.parsePartial(raw);
      if (partial != 0) {
        return PARTIAL + partial;
      }
      int age = BirthDates.parseAge(raw);
      return age < 0 ? Long.MIN_VALUE : PARTIAL + (THIS_YEAR - age) * 10_000L + AGE_MONTH * 100;
    }

    /**
     * The earliest year record {@code r} can have been born in: its date's, or, for an age, its
     * year less {@link #AGE_SPAN}; 0 without a date.
     */
    int earliestYear(int r) {
      int v = ymd[r];
      return v / 100 % 100 == AGE_MONTH ? v / 10_000 - AGE_SPAN : v / 10_000;
    }

    @Override
    void append(Object prepared) {
      day = grow(day, size);
      ymd = grow(ymd, size);
      long p = (Long) prepared;
      if (p >= PARTIAL) {
        day[size] = Integer.MIN_VALUE;
        ymd[size++] = (int) (p - PARTIAL);
      } else {
        set(size++, p == Long.MIN_VALUE ? Integer.MIN_VALUE : (int) p);
      }
    }

    private void set(int r, int epochDay) {
      day[r] = epochDay;
      if (epochDay == Integer.MIN_VALUE) {
        ymd[r] = 0;
      } else {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        ymd[r] = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      }
    }

    /**
     * The birth date of a valid identity number, when the prepared value {@code p} ({@link
     * #prepare}) gives a date to hold against it; empty otherwise.
     */
    private static Optional<LocalDate> idBirthDate(long p, IdNumbers.IdValue id) {
      return p == Long.MIN_VALUE || id.kind() != IdNumbers.Kind.VALID
          ? Optional.empty()
          : id.parsed().flatMap(v -> v.birthDate());
    }

    /**
     * Whether a prepared value ({@link #prepare}), whole or in part, is two years or more from the
     * birth date of a valid identity number: another person's date, not a slipped day, a
     * lunar-calendar date (a month or two back, across a new year too), a year from an age, nor a
     * typo in the year of a date whose month and day are the number's.
     */
    static boolean yearsApart(Object prepared, IdNumbers.IdValue id) {
      long p = (Long) prepared;
      Optional<LocalDate> d = idBirthDate(p, id);
      if (d.isEmpty()) {
        return false;
      }
      if (p >= PARTIAL) {
        int v = (int) (p - PARTIAL);
        int year = d.get().getYear();
        if (v / 100 % 100 == AGE_MONTH) {
          return year < v / 10_000 - AGE_SPAN - 1 || year > v / 10_000 + AGE_YOUNGER + 1;
        }
        return Math.abs(year - v / 10_000) >= 2;
      }
      LocalDate t = LocalDate.ofEpochDay(p);
      return Math.abs(d.get().getYear() - t.getYear()) >= 2
          && !(t.getMonthValue() == d.get().getMonthValue()
              && t.getDayOfMonth() == d.get().getDayOfMonth());
    }

    /**
     * Whether a prepared value ({@link #prepare}) is the date a valid identity number gives: the
     * whole date, or its year and month given without the day ({@code 1996年6月}). A year alone is
     * not enough: husband and wife are often born in one year, and a wife's row with her husband's
     * number would take his gender.
     */
    static boolean sameDate(Object prepared, IdNumbers.IdValue id) {
      long p = (Long) prepared;
      Optional<LocalDate> d = idBirthDate(p, id);
      if (d.isEmpty()) {
        return false;
      }
      if (p < PARTIAL) {
        return d.get().toEpochDay() == p;
      }
      int ymd = (int) (p - PARTIAL);
      return ymd % 100 == 0
          && ymd / 100 % 100 != 0
          && ymd / 100 == d.get().getYear() * 100 + d.get().getMonthValue();
    }

    @Override
    void derive(int r, IdNumbers.IdValue id) {
      if (day[r] == Integer.MIN_VALUE && id.kind() == IdNumbers.Kind.VALID) {
        // A missing date, or one given in part that the number's date completes (not one it
        // contradicts, which stays for the comparison to see).
        id.parsed()
            .flatMap(p -> p.birthDate())
            .ifPresent(
                d -> {
                  int full = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
                  if (ymd[r] == 0 || partialLevel(ymd[r], full) != DIFFERENT) {
                    set(r, (int) d.toEpochDay());
                  }
                });
      }
    }

    @Override
    boolean missing(int r) {
      return ymd[r] == 0;
    }

    @Override
    int compare(int a, int b) {
      int x = ymd[a];
      int y = ymd[b];
      if (x == 0 || y == 0) {
        return MISSING;
      }
      if (x == y && day[a] != Integer.MIN_VALUE) {
        return EXACT;
      }
      if (day[a] == Integer.MIN_VALUE || day[b] == Integer.MIN_VALUE) {
        return partialLevel(x, y);
      }
      int xYear = x / 10_000;
      int xMonth = x / 100 % 100;
      int xDay = x % 100;
      int yYear = y / 10_000;
      int yMonth = y / 100 % 100;
      int yDay = y % 100;
      boolean swapped = xYear == yYear && xMonth == yDay && xDay == yMonth;
      int same = (xYear == yYear ? 1 : 0) + (xMonth == yMonth ? 1 : 0) + (xDay == yDay ? 1 : 0);
      if (swapped || same == 2) {
        return CLOSE;
      }
      // A birthday kept by the lunar calendar and written as a solar date falls 19 to 60 days
      // before the solar one (the lunar year starts 21 January to 20 February, and a leap month
      // adds one more): no evidence either way.
      int gap = Math.abs(day[a] - day[b]);
      return gap >= LUNAR_MIN_DAYS && gap <= LUNAR_MAX_DAYS ? MISSING : DIFFERENT;
    }

    /** The gaps, in days, that a lunar-calendar birthday written as a solar date may leave. */
    static final int LUNAR_MIN_DAYS = 19;

    static final int LUNAR_MAX_DAYS = 60;

    /**
     * Two dates of which one at least is given in part, compared as far as both go. The same year
     * and month are {@link #CLOSE} (a month of some 80 years' births, evidence like a typo's
     * near-miss), and so is a month that is the whole date's day (the month and day swapped before
     * the day was dropped). A year alone that agrees is {@link #CLOSE} too: one birth year in some
     * eighty, as a voter roll or an old ledger keeps it. Off by one month, or a year alone off by
     * one year, is no evidence either way: a date kept by the lunar calendar, a year worked out
     * from an age. Anything else is {@link #DIFFERENT}.
     */
    private static int partialLevel(int x, int y) {
      int years = Math.abs(x / 10_000 - y / 10_000);
      int xMonth = x / 100 % 100;
      int yMonth = y / 100 % 100;
      if (xMonth == AGE_MONTH || yMonth == AGE_MONTH) {
        return ageLevel(x, y);
      }
      if (xMonth == 0 || yMonth == 0) {
        return years == 0 ? CLOSE : years == 1 ? MISSING : DIFFERENT;
      }
      if (years != 0) {
        return DIFFERENT;
      }
      if (xMonth == yMonth || xMonth == y % 100 || yMonth == x % 100) {
        return CLOSE;
      }
      return Math.abs(xMonth - yMonth) == 1 ? MISSING : DIFFERENT;
    }

    /**
     * An age ({@link #AGE_MONTH}) against a date, whole or in part, or another age: no evidence
     * while the years can meet — the person is born between this year less the age and {@link
     * #AGE_SPAN} years before, or up to {@link #AGE_YOUNGER} years after (a year alone one more
     * each way, two ages as far apart as both spans allow) — and {@link #DIFFERENT} beyond: a
     * mother of 37 is not her son born in 1952.
     */
    private static int ageLevel(int x, int y) {
      boolean xAge = x / 100 % 100 == AGE_MONTH;
      int ageYear = (xAge ? x : y) / 10_000;
      int other = xAge ? y : x;
      int year = other / 10_000;
      int month = other / 100 % 100;
      if (month == AGE_MONTH) {
        // Two ages: their spans [year - AGE_SPAN, year + AGE_YOUNGER] meet.
        return Math.abs(year - ageYear) <= AGE_SPAN + AGE_YOUNGER ? MISSING : DIFFERENT;
      }
      int slack = month == 0 ? 1 : 0;
      return year >= ageYear - AGE_SPAN - slack && year <= ageYear + AGE_YOUNGER + slack
          ? MISSING
          : DIFFERENT;
    }

    @Override
    String value(int r) {
      int v = ymd[r];
      if (v == 0) {
        return "";
      }
      if (day[r] != Integer.MIN_VALUE) {
        return LocalDate.ofEpochDay(day[r]).toString();
      }
      int month = v / 100 % 100;
      if (month == AGE_MONTH) {
        // An age: the years the person may be born in, as an ISO 8601 interval.
        return (v / 10_000 - AGE_SPAN) + "/" + (v / 10_000 + AGE_YOUNGER);
      }
      return month == 0
          ? Integer.toString(v / 10_000)
          : String.format(Locale.ROOT, "%d-%02d", v / 10_000, month);
    }

    @Override
    boolean sameValue(int a, int b) {
      return ymd[a] == ymd[b];
    }

    @Override
    int quality(int r) {
      return ymd[r] == 0 ? 0 : day[r] == Integer.MIN_VALUE ? 1 : 2;
    }

    @Override
    String key(String derived, int r) {
      if (day[r] == Integer.MIN_VALUE) {
        return "";
      }
      return switch (derived) {
        case "" -> Integer.toString(day[r]);
        case "year" -> Integer.toString(LocalDate.ofEpochDay(day[r]).getYear());
        default -> "";
      };
    }

    @Override
    int[] keyIds(String derived) {
      int[] out = new int[size];
      for (int r = 0; r < size; r++) {
        if (day[r] == Integer.MIN_VALUE) {
          continue; // no date, or one given in part: no key
        }
        // Never 0, which means no key: epoch day 0 is 1970-01-01, a birth date like any other.
        out[r] =
            switch (derived) {
              case "" -> day[r] >= 0 ? day[r] + 1 : day[r];
              case "year" -> ymd[r] / 10_000 + 100_000;
              default -> 0;
            };
      }
      return out;
    }
  }

  /** A gender: exact or different. */
  static final class GenderColumn extends Column {
    byte[] value = new byte[16]; // 0 missing, 1 male, 2 female

    GenderColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      Optional<Gender> g = Genders.parse(raw);
      return (byte) (g.isEmpty() ? 0 : g.get() == Gender.MALE ? 1 : 2);
    }

    @Override
    void append(Object prepared) {
      value = grow(value, size);
      value[size++] = (Byte) prepared;
    }

    @Override
    void derive(int r, IdNumbers.IdValue id) {
      if (value[r] == 0) {
        correct(r, id);
      }
    }

    /**
     * Sets the gender a valid identity number gives, over the one entered: called when the record's
     * birth date shows that the number is its own ({@code RecordSet}), where a valid number's
     * gender digit is far likelier right than a typed or defaulted gender.
     */
    void correct(int r, IdNumbers.IdValue id) {
      if (id.kind() == IdNumbers.Kind.VALID) {
        id.parsed()
            .flatMap(p -> p.gender())
            .ifPresent(g -> value[r] = (byte) (g == Gender.MALE ? 1 : 2));
      }
    }

    /**
     * Fills a missing gender from the form of address of the record's name ({@link
     * NameColumn#titleGender}: {@code 王先生} a man), after the identity number had its say.
     */
    void deriveFromTitle(int r, byte titleGender) {
      if (value[r] == 0) {
        value[r] = titleGender;
      }
    }

    @Override
    boolean missing(int r) {
      return value[r] == 0;
    }

    @Override
    int compare(int a, int b) {
      if (value[a] == 0 || value[b] == 0) {
        return MISSING;
      }
      return value[a] == value[b] ? EXACT : DIFFERENT;
    }

    @Override
    String value(int r) {
      return switch (value[r]) {
        case 1 -> "male";
        case 2 -> "female";
        default -> "";
      };
    }

    @Override
    boolean sameValue(int a, int b) {
      return value[a] == value[b];
    }

    @Override
    int[] keyIds(String derived) {
      int[] out = new int[size];
      if (derived.isEmpty()) {
        for (int r = 0; r < size; r++) {
          out[r] = value[r];
        }
      }
      return out;
    }
  }

  /** An address: exact on the dwelling, close on the building. */
  static final class AddressColumn extends Column {
    private final Dict parts = new Dict();
    int[] dwelling = new int[16];
    int[] building = new int[16];
    int[] full = new int[16];

    /** The canonical texts, read only for golden records: in blocks, not a string each. */
    private final TextArena canonical = new TextArena();

    int[] estate = new int[16];

    /** The dwelling by road and number ({@link Address#roadKey}), 0 without one. */
    int[] road = new int[16];

    /**
     * The flat without its estate ({@link Address#flatKey}), 0 without one: numbered apart from the
     * other keys, as a few thousand flats repeat over every estate and their table stays in the
     * cache.
     */
    int[] flat = new int[16];

    private final Dict flats = new Dict();

    /**
     * The estates' aliases in use ({@link EstateAliases}), as pairs of estate ids ({@link
     * EstateAliases#pair}); set before pairs are compared, read-only while they are.
     */
    private Set<Long> aliases = Set.of();

    /**
     * Uses these aliases: a flat under two names of one estate is {@code close}. Numbers the names
     * that no record holds yet, so that records added later find them.
     */
    void useAliases(EstateAliases a) {
      Set<Long> ids = new java.util.HashSet<>();
      for (String[] p : a.pairs()) {
        ids.add(EstateAliases.pair(parts.intern(p[0]), parts.intern(p[1])));
      }
      aliases = ids;
    }

    /**
     * The pairs of estate ids ({@link EstateAliases#pair}) under which the records of at least
     * {@code min} people, each known by one valid number of {@code id}, give one flat; sorted.
     */
    long[] aliasVotes(IdColumn id, int min) {
      int[] person = new int[size];
      for (int r = 0; r < size; r++) {
        person[r] = id.kind[r] == 1 ? id.value[r] : 0;
      }
      return EstateAliases.votes(estate, flat, person, id.numberCount()).entrySet().stream()
          .filter(e -> e.getValue() >= min)
          .mapToLong(java.util.Map.Entry::getKey)
          .sorted()
          .toArray();
    }

    /** The estate's name of an estate id ({@link Address#estateKey}). */
    String estateName(int id) {
      return parts.get(id);
    }

    AddressColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      Address a = Addresses.parse(raw);
      String key = a.key();
      return hashed(
          a.dwellingKey(),
          a.buildingKey(),
          key,
          key.isEmpty() ? "" : a.canonical(),
          a.estateKey(),
          a.roadKey(),
          a.flatKey());
    }

    @Override
    long touch(Object prepared, int rawHash) {
      Hashed p = (Hashed) prepared;
      return super.touch(prepared, rawHash)
          + p.touch(parts, 0)
          + p.touch(parts, 1)
          + p.touch(parts, 2)
          + p.touch(parts, 4)
          + p.touch(parts, 5)
          + p.touch(flats, 6);
    }

    @Override
    void append(Object prepared) {
      Hashed p = (Hashed) prepared;
      // One dictionary for the keys: a dwelling key equal to a full key is the same text.
      dwelling = put(dwelling, size, p.intern(parts, 0));
      building = put(building, size, p.intern(parts, 1));
      full = put(full, size, p.intern(parts, 2));
      canonical.add(p.value(3));
      estate = put(estate, size, p.intern(parts, 4));
      road = put(road, size, p.intern(parts, 5));
      flat = put(flat, size, p.intern(flats, 6));
      size++;
    }

    @Override
    boolean missing(int r) {
      return full[r] == 0;
    }

    @Override
    int compare(int a, int b) {
      if (full[a] == 0 || full[b] == 0) {
        return MISSING;
      }
      if (dwelling[a] != 0 && dwelling[a] == dwelling[b]) {
        return EXACT;
      }
      if (road[a] != 0 && road[a] == road[b]) {
        return EXACT; // one door, written by its estate's name in one and not the other
      }
      if (full[a] == full[b]) {
        return EXACT;
      }
      if (building[a] != 0 && building[a] == building[b]) {
        return CLOSE;
      }
      if (flat[a] != 0
          && flat[a] == flat[b]
          && (dwelling[a] == 0
              || dwelling[b] == 0
              || (road[a] == 0) != (road[b] == 0)
              || parts.oneHoldsOther(estate[a], estate[b])
              || !aliases.isEmpty()
                  && aliases.contains(EstateAliases.pair(estate[a], estate[b])))) {
        // The same flat, one record without its estate, or the estate written by its road and
        // number in one, or shortened in one (银座晶都 for 银座晶都国际, 世茂 for 世茂天城), or under
        // another of its names (EstateAliases: 汉棉小区 for 棉纺厂宿舍).
        return CLOSE;
      }
      if (estate[a] != 0
          && estate[b] != 0
          && (estate[a] == estate[b] || parts.oneHoldsOther(estate[a], estate[b]))
          && (building[a] == 0
              || building[b] == 0
              || (flat[a] == 0 || flat[b] == 0) && sameBuildingNumber(a, b))) {
        // One gives the estate only (a volunteer sign-up's 融创东城印象), which the other's flat is
        // in: it agrees as far as it goes, which in an estate of thousands is no evidence. So does
        // a village or estate given in short beside a part of it (大王山村, 大王山村上坊8巷27号), and
        // one building number under both, one without its room (sameBuildingNumber).
        return MISSING;
      }
      return DIFFERENT;
    }

    /**
     * Whether two records' buildings have one number under estates of which one holds the other's
     * name ({@code 后亭村} and {@code 后亭村北坊}, both {@code 10巷28}): a village's part (坊) left out,
     * where each part numbers its lanes from one, so no evidence either way.
     */
    private boolean sameBuildingNumber(int a, int b) {
      String x = parts.get(building[a]);
      String y = parts.get(building[b]);
      return x.substring(x.indexOf('|') + 1).equals(y.substring(y.indexOf('|') + 1));
    }

    @Override
    Dict valueDict() {
      return parts;
    }

    @Override
    int valueId(int r) {
      return dwelling[r] == 0 ? full[r] : dwelling[r];
    }

    @Override
    String value(int r) {
      return parts.get(valueId(r));
    }

    @Override
    boolean sameValue(int a, int b) {
      return valueId(a) == valueId(b);
    }

    @Override
    String key(String derived, int r) {
      return parts.get(keyId(derived, r));
    }

    private int keyId(String derived, int r) {
      return switch (derived) {
        case "" -> full[r];
        case "dwelling" -> dwelling[r];
        case "building" -> building[r];
        case "estate" -> estate[r];
        default -> 0;
      };
    }

    @Override
    int[] keyIds(String derived) {
      return switch (derived) {
        case "" -> full;
        case "dwelling" -> dwelling;
        case "building" -> building;
        case "estate" -> estate;
        default -> new int[size];
      };
    }

    /** The address as one canonical text, for golden records. */
    String canonical(int r) {
      return canonical.get(r);
    }

    @Override
    int quality(int r) {
      return full[r] == 0 ? 0 : dwelling[r] == 0 ? 1 : 2;
    }
  }

  /** Free text compared by Jaro–Winkler. */
  static final class StringColumn extends TextColumn {

    private static final java.util.List<String> KEYS = java.util.List.of("prefix3", "soundex");

    StringColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    String normalize(String raw) {
      return Text.clean(raw).toLowerCase(Locale.ROOT);
    }

    @Override
    boolean close(String x, String y) {
      return Similarity.withinOneEdit(x, y) || Similarity.jaroWinkler(x, y) >= 0.9;
    }

    @Override
    java.util.List<String> derivedKeys() {
      return KEYS;
    }

    @Override
    String derive(String derived, String v) {
      return switch (derived) {
        case "prefix3" -> v.length() < 3 ? v : v.substring(0, 3);
        case "soundex" -> Similarity.soundex(v);
        default -> "";
      };
    }
  }

  /** A code compared exactly or within one edit. */
  static final class CodeColumn extends TextColumn {

    CodeColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    String normalize(String raw) {
      return Text.removeSpaces(Text.clean(raw)).toLowerCase(Locale.ROOT);
    }

    @Override
    boolean close(String x, String y) {
      return Similarity.withinOneEdit(x, y);
    }
  }
}
