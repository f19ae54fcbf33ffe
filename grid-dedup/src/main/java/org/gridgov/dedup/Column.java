package org.gridgov.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.identity.Gender;
import org.gridgov.dedup.normalize.Address;
import org.gridgov.dedup.normalize.Addresses;
import org.gridgov.dedup.normalize.BirthDates;
import org.gridgov.dedup.normalize.Genders;
import org.gridgov.dedup.normalize.IdNumbers;
import org.gridgov.dedup.normalize.Names;
import org.gridgov.dedup.normalize.Phones;
import org.gridgov.dedup.normalize.Text;

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

  /** Every record's value as entered, for golden records that keep what was written. */
  private String[] raws = new String[16];

  private int rawCount;

  Column(DedupConfig.Field field) {
    this.field = field;
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
    raws = grow(raws, rawCount);
    raws[rawCount++] = raw;
  }

  /** Record {@code r}'s value as entered. */
  final String raw(int r) {
    return raws[r];
  }

  /**
   * Normalises a raw value, touching no state: safe to run on many threads at once. Its result goes
   * to {@link #append}, in record order.
   */
  abstract Object prepare(String raw);

  /** Stores the next record's prepared value. */
  abstract void append(Object prepared);

  /** Whether record {@code r} has no value. */
  abstract boolean missing(int r);

  /** The level of a pair: {@link #EXACT} … {@link #MISSING}. */
  abstract int compare(int a, int b);

  /** The canonical value, {@code ""} when missing: for term frequencies and golden records. */
  abstract String value(int r);

  /** A derived blocking key ({@code ""}: the value), {@code ""} when there is none. */
  String key(String derived, int r) {
    return derived.isEmpty() ? value(r) : "";
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

  static byte[] grow(byte[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }

  /** A personal name: exact on the normalised name, close on the reading or one character. */
  static final class NameColumn extends Column {
    String[] norm = new String[16];
    String[] pinyin = new String[16];

    NameColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      String n = Names.normalize(raw);
      return new String[] {n, n.isEmpty() ? "" : Names.readingKey(n)};
    }

    @Override
    void append(Object prepared) {
      String[] p = (String[]) prepared;
      norm = grow(norm, size);
      pinyin = grow(pinyin, size);
      norm[size] = p[0];
      pinyin[size] = p[1];
      size++;
    }

    @Override
    boolean missing(int r) {
      return norm[r].isEmpty();
    }

    @Override
    int compare(int a, int b) {
      String x = norm[a];
      String y = norm[b];
      if (x.isEmpty() || y.isEmpty()) {
        return MISSING;
      }
      if (x.equals(y)) {
        return EXACT;
      }
      if (pinyin[a].equals(pinyin[b])) {
        return CLOSE; // a homophone, or a name and its romanisation
      }
      if (Text.hasHan(x) && Text.hasHan(y)) {
        // Two names in characters that read differently are two names: siblings often differ in
        // one character only (a shared generation character), so "one character off" is no
        // evidence of a typo.
        return DIFFERENT;
      }
      // A romanisation with a typo: compare the readings.
      return Similarity.jaroWinkler(pinyin[a], pinyin[b]) >= 0.92 ? CLOSE : DIFFERENT;
    }

    @Override
    String value(int r) {
      return norm[r];
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> norm[r];
        case "pinyin" -> pinyin[r];
        case "surname" -> surname(r);
        default -> "";
      };
    }

    /** The surname's reading: romanised and Han records of one person share it. */
    private String surname(int r) {
      String n = norm[r];
      if (n.isEmpty()) {
        return "";
      }
      if (Text.hasHan(n)) {
        return Names.readingKey(Names.surname(n));
      }
      return ""; // word order of romanised names is unknown
    }

    @Override
    int quality(int r) {
      String n = norm[r];
      return n.isEmpty() ? 0 : Text.hasHan(n) ? 2 : 1; // characters say more than a romanisation
    }
  }

  /** A resident identity number, with the two hard rules. */
  static final class IdColumn extends Column {
    String[] value = new String[16];
    byte[] kind = new byte[16]; // 0 missing, 1 valid, 2 masked, 3 invalid
    IdNumbers.IdValue[] parsed = new IdNumbers.IdValue[16];

    IdColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      return IdNumbers.normalize(raw);
    }

    @Override
    @SuppressWarnings("unchecked")
    void append(Object prepared) {
      Optional<IdNumbers.IdValue> id = (Optional<IdNumbers.IdValue>) prepared;
      value = grow(value, size);
      kind = grow(kind, size);
      if (parsed.length <= size) {
        parsed = Arrays.copyOf(parsed, parsed.length * 2);
      }
      value[size] = id.map(IdNumbers.IdValue::value).orElse("");
      int k = 0;
      if (id.isPresent()) {
        k =
            switch (id.get().kind()) {
              case VALID -> 1;
              case MASKED -> 2;
              case INVALID -> 3;
            };
      }
      kind[size] = (byte) k;
      parsed[size] = id.orElse(null);
      size++;
    }

    Optional<IdNumbers.IdValue> id(int r) {
      return Optional.ofNullable(parsed[r]);
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
      String x = value[a];
      String y = value[b];
      if (ka != 2 && kb != 2) {
        if (x.equals(y)) {
          return EXACT;
        }
        // A typo in an invalid number: one digit wrong, or two swapped.
        return (ka == 3 || kb == 3) && Similarity.withinOneEdit(x, y) ? CLOSE : DIFFERENT;
      }
      return parsed[a].compatibleWith(parsed[b]) ? CLOSE : DIFFERENT;
    }

    @Override
    boolean forbids(int a, int b) {
      int ka = kind[a];
      int kb = kind[b];
      if (ka == 1 && kb == 1) {
        return !value[a].equals(value[b]); // two different valid numbers: two people
      }
      if ((ka == 1 && kb == 2) || (ka == 2 && kb == 1)) {
        return !parsed[a].compatibleWith(parsed[b]); // visible digits disagree
      }
      return false;
    }

    @Override
    String value(int r) {
      return value[r];
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> kind[r] == 1 || kind[r] == 3 ? value[r] : "";
        case "partial" -> parsed[r] == null ? "" : parsed[r].partialKey().orElse("");
        default -> "";
      };
    }

    @Override
    int quality(int r) {
      return switch (kind[r]) {
        case 1 -> 3;
        case 3 -> 2;
        case 2 -> 1;
        default -> 0;
      };
    }
  }

  /**
   * A field whose normalised value is one string, compared exactly first: the shared storage and
   * levels of phones, free text and codes; each says only how it normalises and what is close.
   */
  abstract static class TextColumn extends Column {
    String[] value = new String[16];

    TextColumn(DedupConfig.Field f) {
      super(f);
    }

    /** The normalised value, {@code ""} when there is none. */
    abstract String normalize(String raw);

    /** Whether two different, non-empty values are close. */
    abstract boolean close(String x, String y);

    @Override
    final Object prepare(String raw) {
      return normalize(raw);
    }

    @Override
    final void append(Object prepared) {
      value = grow(value, size);
      value[size++] = (String) prepared;
    }

    @Override
    final boolean missing(int r) {
      return value[r].isEmpty();
    }

    @Override
    final int compare(int a, int b) {
      String x = value[a];
      String y = value[b];
      if (x.isEmpty() || y.isEmpty()) {
        return MISSING;
      }
      if (x.equals(y)) {
        return EXACT;
      }
      return close(x, y) ? CLOSE : DIFFERENT;
    }

    @Override
    final String value(int r) {
      return value[r];
    }
  }

  /** A phone number: exact, or close on the local part or one digit. */
  static final class PhoneColumn extends TextColumn {

    PhoneColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    String normalize(String raw) {
      return Phones.normalize(raw).orElse("");
    }

    @Override
    boolean close(String x, String y) {
      String lx = Phones.local(x);
      String ly = Phones.local(y);
      return lx.equals(ly) || Similarity.withinOneEdit(lx, ly);
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> value[r];
        case "local" -> value[r].isEmpty() ? "" : Phones.local(value[r]);
        default -> "";
      };
    }

    @Override
    int quality(int r) {
      String v = value[r];
      return v.isEmpty() ? 0 : Phones.isMobile(v) ? 3 : v.charAt(0) == '+' ? 2 : 1;
    }
  }

  /** A date: exact, or close when day and month are swapped or one part differs. */
  static final class DateColumn extends Column {
    int[] day = new int[16]; // epoch day, Integer.MIN_VALUE when missing

    DateColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      return BirthDates.parse(raw).map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
    }

    @Override
    void append(Object prepared) {
      day = grow(day, size);
      day[size++] = (Integer) prepared;
    }

    @Override
    void derive(int r, IdNumbers.IdValue id) {
      if (day[r] == Integer.MIN_VALUE && id.kind() == IdNumbers.Kind.VALID) {
        id.parsed().flatMap(p -> p.birthDate()).ifPresent(d -> day[r] = (int) d.toEpochDay());
      }
    }

    @Override
    boolean missing(int r) {
      return day[r] == Integer.MIN_VALUE;
    }

    @Override
    int compare(int a, int b) {
      if (day[a] == Integer.MIN_VALUE || day[b] == Integer.MIN_VALUE) {
        return MISSING;
      }
      if (day[a] == day[b]) {
        return EXACT;
      }
      LocalDate x = LocalDate.ofEpochDay(day[a]);
      LocalDate y = LocalDate.ofEpochDay(day[b]);
      boolean swapped =
          x.getYear() == y.getYear()
              && x.getMonthValue() == y.getDayOfMonth()
              && x.getDayOfMonth() == y.getMonthValue();
      int same =
          (x.getYear() == y.getYear() ? 1 : 0)
              + (x.getMonthValue() == y.getMonthValue() ? 1 : 0)
              + (x.getDayOfMonth() == y.getDayOfMonth() ? 1 : 0);
      return swapped || same == 2 ? CLOSE : DIFFERENT;
    }

    @Override
    String value(int r) {
      return day[r] == Integer.MIN_VALUE ? "" : LocalDate.ofEpochDay(day[r]).toString();
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
      if (value[r] == 0 && id.kind() == IdNumbers.Kind.VALID) {
        id.parsed()
            .flatMap(p -> p.gender())
            .ifPresent(g -> value[r] = (byte) (g == Gender.MALE ? 1 : 2));
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
  }

  /** An address: exact on the dwelling, close on the building. */
  static final class AddressColumn extends Column {
    String[] dwelling = new String[16];
    String[] building = new String[16];
    String[] full = new String[16];
    String[] canonical = new String[16];
    String[] estate = new String[16];

    AddressColumn(DedupConfig.Field f) {
      super(f);
    }

    @Override
    Object prepare(String raw) {
      Address a = Addresses.parse(raw);
      String key = a.key();
      return new String[] {
        a.dwellingKey(), a.buildingKey(), key, key.isEmpty() ? "" : a.canonical(), a.estateKey()
      };
    }

    @Override
    void append(Object prepared) {
      String[] p = (String[]) prepared;
      dwelling = grow(dwelling, size);
      building = grow(building, size);
      full = grow(full, size);
      canonical = grow(canonical, size);
      estate = grow(estate, size);
      estate[size] = p[4];
      dwelling[size] = p[0];
      building[size] = p[1];
      full[size] = p[2];
      canonical[size] = p[3];
      size++;
    }

    @Override
    boolean missing(int r) {
      return full[r].isEmpty();
    }

    @Override
    int compare(int a, int b) {
      if (full[a].isEmpty() || full[b].isEmpty()) {
        return MISSING;
      }
      if (!dwelling[a].isEmpty() && dwelling[a].equals(dwelling[b])) {
        return EXACT;
      }
      if (full[a].equals(full[b])) {
        return EXACT;
      }
      if (!building[a].isEmpty() && building[a].equals(building[b])) {
        return CLOSE;
      }
      return DIFFERENT;
    }

    @Override
    String value(int r) {
      return dwelling[r].isEmpty() ? full[r] : dwelling[r];
    }

    @Override
    String key(String derived, int r) {
      return switch (derived) {
        case "" -> full[r];
        case "dwelling" -> dwelling[r];
        case "building" -> building[r];
        case "estate" -> estate[r];
        default -> "";
      };
    }

    /** The address as one canonical text, for golden records. */
    String canonical(int r) {
      return canonical[r];
    }

    @Override
    int quality(int r) {
      return full[r].isEmpty() ? 0 : dwelling[r].isEmpty() ? 1 : 2;
    }
  }

  /** Free text compared by Jaro–Winkler. */
  static final class StringColumn extends TextColumn {

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
    String key(String derived, int r) {
      String v = value[r];
      return switch (derived) {
        case "" -> v;
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
