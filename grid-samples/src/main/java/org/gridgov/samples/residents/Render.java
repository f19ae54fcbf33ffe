package org.gridgov.samples.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gridgov.core.identity.Gender;
import org.gridgov.samples.internal.ChineseNames;
import org.gridgov.samples.internal.Draw;
import org.gridgov.samples.residents.Population.Draft;
import org.gridgov.samples.residents.Population.Flat;

/**
 * Writes a person's facts as one app would, errors included. Each field comes with how much it
 * still tells about who the person is ({@link Field#evidence()}), so that the generator can redraw
 * the rare record that no one could link (see {@link #MIN_EVIDENCE}).
 */
final class Render {

  /**
   * The least evidence a record must carry, in the units of {@link Field#evidence()}: a full
   * identity number (3) alone, a name and an own phone (2.5), a pinyin name and an own phone (2.0),
   * a name, the household's phone and the address (2.5) pass; a pinyin name with an old phone (1.5)
   * or a misspelt name with only the household's phone (1.1) do not.
   */
  static final double MIN_EVIDENCE = 2.0;

  /** How often a record is redrawn before it is kept as it is, however weak. */
  static final int ATTEMPTS = 8;

  /**
   * A field as written, how much it tells about who the person is, and for phones and addresses the
   * fact written (the number, the flat), so that two records can be compared.
   */
  record Field(String text, double evidence, String fact) {
    static final Field EMPTY = new Field("", 0);

    Field(String text, double evidence) {
      this(text, evidence, "");
    }
  }

  /**
   * The least evidence two records of one person must share to be linked directly: the same full
   * identity number (3); a name and the same own phone (2.5); a name and the same birth date (2); a
   * name and the same flat (2), as members of a household have different names. A person's records
   * are redrawn until each can be reached from every other through such links.
   */
  static final double MIN_SHARED = 2.0;

  /** The six fields of one record as drawn. */
  record Rendered(
      App app, Field name, Field id, Field phone, Field birth, Field gender, Field address) {

    double evidence() {
      return name.evidence()
          + id.evidence()
          + phone.evidence()
          + birth.evidence()
          + gender.evidence()
          + address.evidence();
    }

    /** The evidence this record and {@code o}, records of one person, share. */
    double shared(Rendered o) {
      double e = Math.min(name.evidence(), o.name.evidence());
      e += Math.min(id.evidence(), o.id.evidence());
      e += Math.min(birth.evidence(), o.birth.evidence());
      e += Math.min(gender.evidence(), o.gender.evidence());
      if (!phone.fact().isEmpty() && phone.fact().equals(o.phone.fact())) {
        e += Math.max(phone.evidence(), o.phone.evidence()) >= 1 ? 1.5 : 0.5;
      }
      if (!address.fact().isEmpty() && address.fact().equals(o.address.fact())) {
        e += 1;
      }
      return e;
    }

    ResidentRecord record(String recordId) {
      return new ResidentRecord(
          recordId,
          app.source(),
          name.text(),
          id.text(),
          phone.text(),
          birth.text(),
          gender.text(),
          address.text());
    }
  }

  /** One record of a person in an app, redrawn while it carries too little to be linked. */
  Rendered record(Draft d, App app) {
    for (int attempt = 1; ; attempt++) {
      Rendered r =
          new Rendered(
              app,
              name(d, app),
              idNumber(d, app),
              phone(d, app),
              birthDate(d, app),
              gender(d, app),
              address(d, app));
      if (settings.sparse() > 0 && Draw.chance(rnd, settings.sparse())) {
        r = cut(r);
      }
      boolean contactable =
          !r.id().text().isEmpty() || !r.phone().text().isEmpty() || !r.address().text().isEmpty();
      if (contactable && (r.evidence() >= MIN_EVIDENCE || attempt >= ATTEMPTS)) {
        return r;
      }
      if (attempt >= ATTEMPTS) {
        // Every app knows at least where to find the person.
        return new Rendered(
            app, r.name(), r.id(), r.phone(), r.birth(), r.gender(), address(d, app, true));
      }
    }
  }

  /**
   * The record cut down as sparse apps keep it: a property-management row with a phone and a flat
   * but no name (a quarter of the time, when the record has both), else the name and one field the
   * record has (a volunteer sign-up with only a mobile, a drill sign-up with a flat).
   */
  private Rendered cut(Rendered r) {
    boolean phone = !r.phone().text().isEmpty();
    boolean address = !r.address().text().isEmpty();
    if (phone && address && Draw.chance(rnd, 0.25)) {
      return new Rendered(
          r.app(), Field.EMPTY, Field.EMPTY, r.phone(), Field.EMPTY, Field.EMPTY, r.address());
    }
    List<Integer> kept = new ArrayList<>();
    List<Field> fields = List.of(r.id(), r.phone(), r.birth(), r.address());
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).text().isEmpty()) {
        kept.add(i);
      }
    }
    if (kept.isEmpty()) {
      return r;
    }
    int k = Draw.pick(rnd, kept);
    return new Rendered(
        r.app(),
        r.name(),
        k == 0 ? r.id() : Field.EMPTY,
        k == 1 ? r.phone() : Field.EMPTY,
        k == 2 ? r.birth() : Field.EMPTY,
        Field.EMPTY,
        k == 3 ? r.address() : Field.EMPTY);
  }

  /** Two adjacent characters of {@code s} from {@code from} on swapped, or {@code s} unchanged. */
  private String swapDigits(String s, int from, int to) {
    int i = Draw.intBetween(rnd, from, to - 1);
    return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
  }

  /** Phone formats: 13812345678, 138-1234-5678, +86 138 1234 5678, 0086-…, 138 1234 5678, +86…. */
  static final int PHONE_FORMATS = 6;

  /** Date formats: 1980-01-02, 1980/1/2, 19800102, 1980年1月2日, 1980.01.02, 1980-1-2. */
  static final int DATE_FORMATS = 6;

  /** Gender formats: 男/女, M/F, 1/2, 男性/女性, male/female. */
  static final int GENDER_FORMATS = 5;

  /** Address prefixes: 四川省成都市区街道社区, 成都市区街道社区, 区街道社区, 四川成都区街道, 成都市区, none (the estate only). */
  static final int PREFIXES = 6;

  /** Estate as its name, as road and number, or both. */
  static final int PLACES = 3;

  /**
   * Building, unit and room: 3栋2单元401, 3幢2单元401室, 3号楼2单元401, 3-2-401, 3栋2单元4楼1号, 3栋2单元401号,
   * 3栋2单元401室.
   */
  static final int BUILDINGS = 7;

  /** From this age a carer's number or the landline may be on file instead of an own mobile. */
  private static final int CARED_FOR = 70;

  private final SplittableRandom rnd;
  private final Settings settings;

  Render(SplittableRandom rnd, Settings settings) {
    this.rnd = rnd;
    this.settings = settings;
  }

  // ---------------------------------------------------------------- names

  Field name(Draft d, App app) {
    App.NameNoise n = app.name();
    if (d.age() >= 25 && Draw.chance(rnd, n.honorific())) {
      boolean woman = d.person().gender() == Gender.FEMALE;
      return new Field(d.surname() + (woman ? "女士" : "先生"), 0.3);
    }
    if (Draw.chance(rnd, n.pinyin())) {
      String p = pinyinName(d.surname(), d.given());
      return new Field(Draw.chance(rnd, n.fullWidth() * 3) ? fullWidth(p) : p, 0.5);
    }
    String given = d.given();
    double evidence = 1;
    if (Draw.chance(rnd, n.homophone())) {
      String typo = homophone(given);
      if (!typo.equals(given)) {
        given = typo;
        evidence = 0.6;
      }
    }
    String surname = d.surname();
    if (Draw.chance(rnd, n.traditional())) {
      if (Draw.chance(rnd, 0.7)) {
        surname = traditional(surname);
        given = traditional(given);
      } else if (Draw.chance(rnd, 0.5)) {
        surname = traditional(surname);
      } else {
        int i = rnd.nextInt(given.length());
        given =
            given.substring(0, i)
                + ChineseNames.traditional(given.charAt(i))
                + given.substring(i + 1);
      }
    }
    String text = surname + given;
    if (Draw.chance(rnd, n.spaced())) {
      text =
          switch (rnd.nextInt(4)) {
            case 0, 1 -> surname + " " + given;
            case 2 -> text + " ";
            default -> surname + "  " + given;
          };
    }
    if (Draw.chance(rnd, n.fullWidth())) {
      text = Draw.chance(rnd, 0.6) ? surname + "\u3000" + given : text + "\u3000";
    }
    return new Field(text, evidence);
  }

  private String homophone(String given) {
    int start = rnd.nextInt(given.length());
    for (int k = 0; k < given.length(); k++) {
      int i = (start + k) % given.length();
      String options = ChineseNames.homophones(given.charAt(i));
      if (!options.isEmpty()) {
        char c = options.charAt(rnd.nextInt(options.length()));
        return given.substring(0, i) + c + given.substring(i + 1);
      }
    }
    return given;
  }

  private static String traditional(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(ChineseNames.traditional(s.charAt(i)));
    }
    return sb.toString();
  }

  /** Zhang Wei, Wei Zhang, ZHANG Wei, ZHANG WEI, zhang wei, Zhang Jian Guo, ZhangWei. */
  String pinyinName(String surname, String given) {
    String s = capitalized(ChineseNames.pinyin(surname));
    String g = capitalized(ChineseNames.pinyin(given));
    int form = Draw.weighted(rnd, new double[] {0.35, 0.25, 0.15, 0.1, 0.05, 0.05, 0.05});
    return switch (form) {
      case 0 -> s + " " + g;
      case 1 -> g + " " + s;
      case 2 -> s.toUpperCase(Locale.ROOT) + " " + g;
      case 3 -> (s + " " + g).toUpperCase(Locale.ROOT);
      case 4 -> (s + " " + g).toLowerCase(Locale.ROOT);
      case 5 -> {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < given.length(); i++) {
          sb.append(' ').append(capitalized(ChineseNames.pinyin(given.charAt(i))));
        }
        yield sb.toString();
      }
      default -> s + g;
    };
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------- identity numbers

  Field idNumber(Draft d, App app) {
    App.IdStyle st = app.id();
    if (!Draw.chance(rnd, st.rate())) {
      return Field.EMPTY;
    }
    String id = d.person().idNumber();
    if (app.quirk() == App.Quirk.ID_LAST_FOUR) {
      // 身份证后四位: all such a system keeps, written as the masked number it shows.
      return new Field("*".repeat(14) + id.substring(14), 0.3);
    }
    if (settings.digitSwap() > 0 && Draw.chance(rnd, settings.digitSwap())) {
      String swapped = swapDigits(id, 0, 16);
      return new Field(swapped, swapped.equals(id) ? 3 : 2);
    }
    if (Draw.chance(rnd, st.typo())) {
      int i = rnd.nextInt(17);
      char wrong = (char) ('0' + (id.charAt(i) - '0' + Draw.intBetween(rnd, 1, 9)) % 10);
      return new Field(id.substring(0, i) + wrong + id.substring(i + 1), 2);
    }
    if (Draw.chance(rnd, st.masked())) {
      return Draw.chance(rnd, 0.85)
          ? new Field(id.substring(0, 6) + "********" + id.substring(14), 1.2)
          : new Field(id.substring(0, 3) + "***********" + id.substring(14), 0.6);
    }
    if (d.person().birthDate().getYear() < 2000 && Draw.chance(rnd, st.legacy())) {
      id = id.substring(0, 6) + id.substring(8, 17);
    }
    if (Draw.chance(rnd, st.sloppy())) {
      switch (rnd.nextInt(3)) {
        case 0 -> id = id.endsWith("X") ? id.replace('X', 'x') : fullWidth(id);
        case 1 -> id = fullWidth(id);
        default ->
            id =
                id.length() == 18
                    ? id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14)
                    : id.substring(0, 6) + " " + id.substring(6);
      }
    } else if (id.endsWith("X") && Draw.chance(rnd, 0.1)) {
      id = id.replace('X', 'x');
    }
    return new Field(id, 3);
  }

  // ---------------------------------------------------------------- phones

  Field phone(Draft d, App app) {
    App.PhoneStyle st = app.phone();
    if (!Draw.chance(rnd, st.rate())) {
      return Field.EMPTY;
    }
    boolean minor = d.age() < 16;
    boolean guardianOnly = app.source().equals("school");
    String number;
    double evidence;
    if (app.quirk() == App.Quirk.HOUSEHOLD_PHONE || d.sharedPhone()) {
      // A utility account, or a family that gives one number for everyone.
      if (app.quirk() == App.Quirk.HOUSEHOLD_PHONE && !d.landline().isEmpty()) {
        return new Field(landline(d.landline()), 0.5, d.landline());
      }
      String own = d.phone();
      number = !d.household().isEmpty() ? d.household() : !own.isEmpty() ? own : d.contact();
      if (number.isEmpty()) {
        return Field.EMPTY;
      }
      evidence = number.equals(own) ? 1.5 : 0.5;
    } else if (!d.phone().isEmpty() && !(minor && (guardianOnly || Draw.chance(rnd, 0.6)))) {
      if (d.age() >= CARED_FOR && !d.contact().isEmpty() && Draw.chance(rnd, st.carer())) {
        number = d.contact();
        evidence = 0.5;
      } else if (d.age() >= CARED_FOR
          && !d.landline().isEmpty()
          && Draw.chance(rnd, st.carer() * 0.4)) {
        return new Field(landline(d.landline()), 0.5, d.landline());
      } else if (!d.oldPhone().isEmpty() && Draw.chance(rnd, st.stale())) {
        number = d.oldPhone();
        evidence = 1;
      } else {
        number = d.phone();
        evidence = 1.5;
      }
    } else if (!d.contact().isEmpty() && (d.landline().isEmpty() || Draw.chance(rnd, 0.7))) {
      number = d.contact();
      evidence = 0.5;
    } else if (!d.landline().isEmpty()) {
      return new Field(landline(d.landline()), 0.5, d.landline());
    } else {
      return Field.EMPTY;
    }
    if (Draw.chance(rnd, st.typo())) {
      int i = Draw.intBetween(rnd, 3, 10);
      char wrong = (char) ('0' + (number.charAt(i) - '0' + Draw.intBetween(rnd, 1, 9)) % 10);
      number = number.substring(0, i) + wrong + number.substring(i + 1);
      evidence = Math.min(evidence, 0.5);
    }
    if (settings.digitSwap() > 0 && Draw.chance(rnd, settings.digitSwap())) {
      String swapped = swapDigits(number, 3, 10);
      evidence = swapped.equals(number) ? evidence : Math.min(evidence, 0.5);
      number = swapped;
    }
    int format = Draw.chance(rnd, app.sloppy()) ? rnd.nextInt(PHONE_FORMATS) : st.format();
    String text = mobile(number, format);
    if (Draw.chance(rnd, app.sloppy() * 0.1)) {
      text = fullWidth(text);
    }
    return new Field(text, evidence, number);
  }

  static String mobile(String n, int format) {
    String a = n.substring(0, 3);
    String b = n.substring(3, 7);
    String c = n.substring(7);
    return switch (format) {
      case 0 -> n;
      case 1 -> a + "-" + b + "-" + c;
      case 2 -> "+86 " + a + " " + b + " " + c;
      case 3 -> "0086-" + n;
      case 4 -> a + " " + b + " " + c;
      default -> "+86" + n;
    };
  }

  private String landline(String n) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "028-" + n;
      case 1 -> "(028)" + n;
      case 2 -> n;
      default -> "028 " + n.substring(0, 4) + " " + n.substring(4);
    };
  }

  // ---------------------------------------------------------------- dates and gender

  Field birthDate(Draft d, App app) {
    App.DateStyle st = app.birth();
    if (!Draw.chance(rnd, st.rate())) {
      return Field.EMPTY;
    }
    LocalDate b = d.person().birthDate();
    int y = b.getYear();
    if (app.quirk() == App.Quirk.BIRTH_YEAR) {
      return new Field(Draw.chance(rnd, 0.5) ? y + "年" : String.valueOf(y), 0.3);
    }
    int m = b.getMonthValue();
    int day = b.getDayOfMonth();
    double evidence = 1;
    if (day <= 12 && day != m && Draw.chance(rnd, st.swap())) {
      int t = m;
      m = day;
      day = t;
      evidence = 0.4;
    }
    int format = Draw.chance(rnd, app.sloppy()) ? rnd.nextInt(DATE_FORMATS) : st.format();
    return new Field(date(y, m, day, format), evidence);
  }

  static String date(int y, int m, int d, int format) {
    return switch (format) {
      case 0 -> String.format("%04d-%02d-%02d", y, m, d);
      case 1 -> y + "/" + m + "/" + d;
      case 2 -> String.format("%04d%02d%02d", y, m, d);
      case 3 -> y + "年" + m + "月" + d + "日";
      case 4 -> String.format("%04d.%02d.%02d", y, m, d);
      default -> y + "-" + m + "-" + d;
    };
  }

  Field gender(Draft d, App app) {
    App.GenderStyle st = app.gender();
    if (!Draw.chance(rnd, st.rate())) {
      return Field.EMPTY;
    }
    boolean male = d.person().gender() == Gender.MALE;
    int format = Draw.chance(rnd, app.sloppy() * 0.5) ? rnd.nextInt(GENDER_FORMATS) : st.format();
    String text =
        switch (format) {
          case 0 -> male ? "男" : "女";
          case 1 -> male ? "M" : "F";
          case 2 -> male ? "1" : "2";
          case 3 -> male ? "男性" : "女性";
          default -> male ? "male" : "female";
        };
    return new Field(text, 0.2);
  }

  // ---------------------------------------------------------------- addresses

  Field address(Draft d, App app) {
    return address(d, app, false);
  }

  private Field address(Draft d, App app, boolean always) {
    App.AddressStyle st = app.address();
    if (!always && !Draw.chance(rnd, st.rate())) {
      return Field.EMPTY;
    }
    Flat flat = d.flat();
    double evidence = 1;
    if (d.oldFlat().isPresent() && Draw.chance(rnd, st.stale())) {
      flat = d.oldFlat().get();
      evidence = 0.5;
    }
    double sloppy = app.sloppy();
    int prefix = Draw.chance(rnd, sloppy) ? rnd.nextInt(PREFIXES) : st.prefix();
    int place = Draw.chance(rnd, sloppy * 0.5) ? rnd.nextInt(PLACES) : st.place();
    int building = Draw.chance(rnd, sloppy) ? rnd.nextInt(BUILDINGS) : st.building();
    boolean noUnit = flat.estate().units() == 1 && Draw.chance(rnd, 0.5);
    List<String> parts =
        List.of(prefix(flat, prefix), place(flat, place), building(flat, building, noUnit));
    String text =
        Draw.chance(rnd, sloppy * 0.3)
            ? String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList())
            : String.join("", parts);
    if (Draw.chance(rnd, sloppy * 0.1)) {
      text = fullWidth(text);
    }
    return new Field(text, evidence, flat.canonical());
  }

  private static String prefix(Flat f, int form) {
    var e = f.estate();
    String division = e.district() + e.street() + e.community();
    return switch (form) {
      case 0 -> "四川省成都市" + division;
      case 1 -> "成都市" + division;
      case 2 -> division;
      case 3 -> "四川成都" + e.district() + e.street();
      case 4 -> "成都市" + e.district();
      default -> "";
    };
  }

  private static String place(Flat f, int form) {
    var e = f.estate();
    String road = e.road() + e.roadNumber() + "号";
    return switch (form) {
      case 0 -> e.name();
      case 1 -> road;
      default -> road + e.name();
    };
  }

  static String building(Flat f, int form, boolean noUnit) {
    int b = f.building();
    String u = noUnit ? "" : f.unit() + "单元";
    String room = f.room();
    return switch (form) {
      case 0 -> b + "栋" + u + room;
      case 1 -> b + "幢" + u + room + "室";
      case 2 -> b + "号楼" + u + room;
      case 3 -> b + "-" + (noUnit ? "" : f.unit() + "-") + room;
      case 4 -> b + "栋" + u + f.floor() + "楼" + f.flat() + "号";
      case 5 -> b + "栋" + u + room + "号";
      default -> b + "栋" + u + room + "室";
    };
  }

  // ---------------------------------------------------------------- shared

  /** ASCII letters and digits as full-width forms (Ａ, １); other characters unchanged. */
  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isLetterOrDigit(c) && c < 0x7F ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }
}
