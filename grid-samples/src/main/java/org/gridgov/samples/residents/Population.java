package org.gridgov.samples.residents;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.samples.internal.ChineseNames;
import org.gridgov.samples.internal.Draw;
import org.gridgov.samples.residents.Places.Estate;

/** Generates households of people with the facts that the apps will record, with errors, later. */
final class Population {

  /** The day ages are counted to; fixed so that a data set does not change with the clock. */
  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);

  /*
   * Household sizes 1–6 (6 standing for 6 or more), as in the urban sample (Demography
   * .URBAN_SIZES): the 7th national census (2020) counted 2.62 people per family household, with
   * one- and two-person households the commonest; these shares average 2.63.
   */
  private static final double[] SIZES = {0.245, 0.295, 0.210, 0.135, 0.065, 0.050};

  /** Share of households that moved in recently and are still on file at the old address. */
  private static final double MOVED = 0.10;

  /** Share of people with a mobile number who changed it and are still on file with the old one. */
  private static final double CHANGED_PHONE = 0.12;

  /**
   * Share of younger siblings whose name shares its first character with the eldest child's
   * two-character name (字辈), which makes siblings' names differ in one character only.
   */
  private static final double SIBLING_GENERATION_NAME = 0.35;

  /**
   * Share of households with two or more children whose two youngest are twins (on purpose high).
   */
  private static final double TWINS = 0.12;

  private static final List<String> MOBILE_PREFIXES =
      List.of(
          "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
          "153", "155", "156", "157", "158", "159", "173", "175", "176", "177", "178", "180", "181",
          "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199");

  /** A flat in an estate: building (栋), unit (单元), floor and the flat's number on the floor. */
  record Flat(Estate estate, int building, int unit, int floor, int flat) {

    /** The room number as written on the door: floor 4 flat 1 → 401, floor 12 flat 3 → 1203. */
    String room() {
      return floor + (flat < 10 ? "0" : "") + flat;
    }

    /** The full address, 四川省成都市武侯区玉林街道和平社区芳华小区3栋2单元401. */
    String canonical() {
      return "四川省成都市"
          + estate.district()
          + estate.street()
          + estate.community()
          + estate.name()
          + building
          + "栋"
          + unit
          + "单元"
          + room();
    }
  }

  /**
   * A person with everything the apps may record about them.
   *
   * @param person the public truth
   * @param surname the surname (one character)
   * @param given the given name
   * @param age age in whole years on the reference date
   * @param flat where the person lives now
   * @param oldFlat where the person lived before, for people who moved
   * @param phone own current mobile number, or ""
   * @param oldPhone own previous mobile number, or ""
   * @param contact the number an app is given for someone who has no phone or whose carer answers:
   *     the household's main number when that is not the person's own, else a relative's, or ""
   * @param landline the household's landline (8 digits), or ""
   * @param household the household's main number (an adult's own mobile), or ""
   * @param sharedPhone whether the household gives {@code household} for every member
   */
  record Draft(
      Person person,
      String surname,
      String given,
      int age,
      Flat flat,
      Optional<Flat> oldFlat,
      String phone,
      String oldPhone,
      String contact,
      String landline,
      String household,
      boolean sharedPhone) {}

  private enum Role {
    HUSBAND,
    WIFE,
    SINGLE,
    CHILD,
    GRANDFATHER,
    GRANDMOTHER
  }

  private record Member(Role role, int age, boolean female, boolean twin) {}

  private final SplittableRandom rnd;
  private final Settings settings;
  private final List<Estate> estates;
  private final Set<String> flats = new HashSet<>();
  private final Set<String> idNumbers = new HashSet<>();
  private final Set<String> phones = new HashSet<>();
  private final Set<String> landlines = new HashSet<>();

  /** Adults' own phones by surname, insertion-ordered, for the relatives of old people. */
  private final Map<String, List<String>> phonesBySurname = new LinkedHashMap<>();

  private Population(SplittableRandom rnd, int people, Settings settings) {
    this.rnd = rnd;
    this.settings = settings;
    // About one flat in three occupied, so that neighbours share a building and a unit.
    int households = Math.max(1, (int) Math.round(people / 2.6));
    List<Estate> list = new ArrayList<>();
    long capacity = 0;
    while (capacity < 3L * households || list.size() < 5) {
      Places.addEstates(rnd, list, 5);
      capacity = 0;
      for (Estate e : list) {
        capacity += (long) e.buildings() * e.units() * e.floors() * e.flatsPerFloor();
      }
    }
    this.estates = list;
  }

  /** Exactly {@code people} people in households, in household order. */
  static List<Draft> generate(SplittableRandom rnd, int people, Settings settings) {
    return new Population(rnd, people, settings).households(people);
  }

  private List<Draft> households(int people) {
    List<Draft> out = new ArrayList<>(people);
    int h = 0;
    while (out.size() < people) {
      int size = Math.min(Draw.weighted(rnd, SIZES) + 1, people - out.size());
      h++;
      out.addAll(household(String.format("H%05d", h), compose(size), out.size()));
    }
    return out;
  }

  /** Who lives in a household of {@code size}: roles, ages and genders. */
  private List<Member> compose(int size) {
    List<Member> m = new ArrayList<>();
    double r = rnd.nextDouble();
    switch (size) {
      case 1 -> {
        boolean old = Draw.chance(rnd, 0.40);
        m.add(
            new Member(
                Role.SINGLE,
                old ? Draw.intBetween(rnd, 60, 95) : Draw.intBetween(rnd, 20, 59),
                Draw.chance(rnd, old ? 0.62 : 0.5),
                false));
      }
      case 2 -> {
        if (r < 0.55) {
          couple(m, Draw.intBetween(rnd, 23, 88));
        } else if (r < 0.80) {
          int child = Draw.intBetween(rnd, 0, 25);
          m.add(
              new Member(
                  Role.SINGLE,
                  child + Draw.intBetween(rnd, 22, 38),
                  Draw.chance(rnd, 0.75),
                  false));
          m.add(new Member(Role.CHILD, child, Draw.chance(rnd, 0.5), false));
        } else {
          int parent = Draw.intBetween(rnd, 62, 92);
          m.add(
              new Member(
                  Role.SINGLE,
                  parent - Draw.intBetween(rnd, 22, 36),
                  Draw.chance(rnd, 0.5),
                  false));
          boolean female = Draw.chance(rnd, 0.65);
          m.add(new Member(female ? Role.GRANDMOTHER : Role.GRANDFATHER, parent, female, false));
        }
      }
      case 3 -> family(m, r < 0.85 ? 1 : 0, r < 0.85 ? 0 : 1);
      case 4 -> family(m, r < 0.55 ? 2 : 1, r < 0.55 ? 0 : 1);
      case 5 -> family(m, r < 0.6 ? 1 : r < 0.85 ? 2 : 3, r < 0.6 ? 2 : r < 0.85 ? 1 : 0);
      default -> family(m, r < 0.75 ? 2 : 3, r < 0.75 ? 2 : 1);
    }
    return m;
  }

  private void couple(List<Member> m, int husband) {
    m.add(new Member(Role.HUSBAND, husband, false, false));
    m.add(new Member(Role.WIFE, Math.max(20, husband - Draw.intBetween(rnd, -2, 5)), true, false));
  }

  /** A couple with {@code children} children and {@code grandparents} grandparents. */
  private void family(List<Member> m, int children, int grandparents) {
    int[] ages = new int[children];
    boolean twins = children >= 2 && Draw.chance(rnd, TWINS);
    for (int i = 0; i < children; i++) {
      ages[i] =
          i == 0
              ? (Draw.chance(rnd, 0.85)
                  ? Draw.intBetween(rnd, 0, 17)
                  : Draw.intBetween(rnd, 18, 28))
              : Math.max(0, ages[i - 1] - Draw.intBetween(rnd, 1, 8));
    }
    if (twins) {
      ages[children - 1] = ages[children - 2];
    }
    int husband =
        (children == 0 ? Draw.intBetween(rnd, 22, 55) : ages[0]) + Draw.intBetween(rnd, 24, 36);
    couple(m, husband);
    for (int i = 0; i < children; i++) {
      m.add(new Member(Role.CHILD, ages[i], Draw.chance(rnd, 0.5), twins && i >= children - 2));
    }
    int elder = Math.min(99, husband + Draw.intBetween(rnd, 22, 32));
    if (grandparents == 2) {
      m.add(new Member(Role.GRANDFATHER, elder, false, false));
      m.add(
          new Member(
              Role.GRANDMOTHER, Math.max(60, elder - Draw.intBetween(rnd, -2, 5)), true, false));
    } else if (grandparents == 1) {
      boolean female = Draw.chance(rnd, 0.65);
      m.add(new Member(female ? Role.GRANDMOTHER : Role.GRANDFATHER, elder, female, false));
    }
  }

  private List<Draft> household(String householdId, List<Member> members, int before) {
    Flat flat = newFlat();
    Optional<Flat> oldFlat =
        Draw.chance(rnd, settings.error(MOVED)) ? Optional.of(newFlat()) : Optional.empty();
    String husbandSurname = ChineseNames.surname(rnd);
    String wifeSurname = ChineseNames.surname(rnd);
    // Grandparents living in are the husband's parents more often than the wife's.
    boolean paternal = Draw.chance(rnd, 0.7);
    String childSurname = Draw.chance(rnd, 0.92) ? husbandSurname : wifeSurname;
    boolean singleParent = members.stream().anyMatch(x -> x.role() == Role.SINGLE);
    String singleSurname = husbandSurname;
    // Children born in Chengdu are mostly registered in the district they live in.
    String localCode = localCode(flat.estate().district());

    // Twins share a birth date and were registered together, so their sequences are close.
    LocalDate twinBirth = birthDate(members.get(0).age());
    for (Member m : members) {
      if (m.twin()) {
        twinBirth = birthDate(m.age());
        break;
      }
    }
    int twinSequence = Draw.intBetween(rnd, 0, 480) * 2;
    Set<String> givenSounds = new HashSet<>();
    String elderChild = "";
    List<String> areaCodes = new ArrayList<>();
    List<Draft> out = new ArrayList<>();
    for (Member m : members) {
      String surname =
          switch (m.role()) {
            case HUSBAND -> husbandSurname;
            case WIFE -> wifeSurname;
            case SINGLE -> singleSurname;
            case CHILD -> singleParent ? singleSurname : childSurname;
            case GRANDFATHER -> singleParent || paternal ? husbandSurname : wifeSurname;
            case GRANDMOTHER -> ChineseNames.surname(rnd);
          };
      LocalDate birth = m.twin() ? twinBirth : birthDate(m.age());
      String given = "";
      boolean generation =
          m.role() == Role.CHILD
              && elderChild.length() == 2
              && Draw.chance(rnd, SIBLING_GENERATION_NAME);
      for (int attempt = 0; attempt < 100; attempt++) {
        given =
            generation && attempt < 10
                ? ChineseNames.siblingName(rnd, elderChild, birth.getYear(), m.female())
                : ChineseNames.given(rnd, birth.getYear(), m.female());
        if (givenSounds.add(ChineseNames.pinyin(given))) {
          break;
        }
      }
      if (m.role() == Role.CHILD && elderChild.isEmpty()) {
        elderChild = given;
      }
      String area;
      if (m.role() == Role.CHILD) {
        area = Draw.chance(rnd, 0.6) || areaCodes.isEmpty() ? localCode : Draw.pick(rnd, areaCodes);
      } else if (m.role() == Role.WIFE && Draw.chance(rnd, 0.4)) {
        area = areaCodes.get(0);
      } else {
        area = Places.areaCode(rnd);
      }
      areaCodes.add(area);
      Gender gender = m.female() ? Gender.FEMALE : Gender.MALE;
      String id = idNumber(area, birth, gender, m.twin() ? twinSequence : -1);
      String phone = ownsPhone(m.age()) ? newMobile() : "";
      String oldPhone =
          !phone.isEmpty() && Draw.chance(rnd, settings.error(CHANGED_PHONE)) ? newMobile() : "";
      String personId = String.format("P%06d", before + out.size() + 1);
      ImmutableList<String> phoneList =
          oldPhone.isEmpty() ? phoneList(phone) : ImmutableList.of(phone, oldPhone);
      ImmutableList<String> addresses =
          oldFlat.isPresent()
              ? ImmutableList.of(flat.canonical(), oldFlat.get().canonical())
              : ImmutableList.of(flat.canonical());
      Person p =
          new Person(
              personId, householdId, surname + given, id, birth, gender, phoneList, addresses);
      out.add(
          new Draft(p, surname, given, m.age(), flat, oldFlat, phone, oldPhone, "", "", "", false));
    }
    return withContacts(out);
  }

  private static ImmutableList<String> phoneList(String phone) {
    return phone.isEmpty() ? ImmutableList.of() : ImmutableList.of(phone);
  }

  /**
   * Gives each member the number an app is given when it asks for their carer, and the household a
   * landline when it has old people; records the adults' phones for other households' relatives.
   */
  private List<Draft> withContacts(List<Draft> members) {
    String main = "";
    for (Draft d : members) {
      if (!d.phone().isEmpty() && d.age() >= 18 && d.age() < 70) {
        main = d.phone();
        break;
      }
    }
    if (main.isEmpty()) {
      for (Draft d : members) {
        if (!d.phone().isEmpty()) {
          main = d.phone();
          break;
        }
      }
    }
    boolean elderly = members.stream().anyMatch(d -> d.age() >= 60);
    boolean noMobile = main.isEmpty();
    String landline = elderly && Draw.chance(rnd, noMobile ? 0.55 : 0.25) ? newLandline() : "";
    // Old people living without their children give a son's or daughter's number: a relative in
    // another household with the same surname when there is one.
    String relative = "";
    boolean allOld = members.stream().allMatch(d -> d.age() >= 60);
    if (allOld && Draw.chance(rnd, 0.6)) {
      List<String> same = phonesBySurname.getOrDefault(members.get(0).surname(), List.of());
      relative = !same.isEmpty() && Draw.chance(rnd, 0.7) ? Draw.pick(rnd, same) : newMobile();
    }
    // Drawn only when asked for, so that the default settings draw what they always drew.
    boolean shared =
        settings.sharedPhones() > 0 && Draw.chance(rnd, settings.sharedPhones()) && !main.isEmpty();
    List<Draft> out = new ArrayList<>();
    for (Draft d : members) {
      String contact = !main.isEmpty() && !main.equals(d.phone()) ? main : relative;
      out.add(
          new Draft(
              d.person(),
              d.surname(),
              d.given(),
              d.age(),
              d.flat(),
              d.oldFlat(),
              d.phone(),
              d.oldPhone(),
              contact,
              landline,
              main,
              shared));
      if (!d.phone().isEmpty() && d.age() >= 25 && d.age() < 60) {
        phonesBySurname.computeIfAbsent(d.surname(), k -> new ArrayList<>()).add(d.phone());
      }
    }
    return out;
  }

  private boolean ownsPhone(int age) {
    double p =
        age < 12 ? 0 : age < 18 ? 0.45 : age < 70 ? 0.97 : age < 80 ? 0.65 : age < 90 ? 0.35 : 0.1;
    return Draw.chance(rnd, p);
  }

  private LocalDate birthDate(int age) {
    return REFERENCE_DATE.minusYears(age).minusDays(Draw.intBetween(rnd, 0, 364));
  }

  /** The GB/T 2260 code of a central Chengdu district. */
  private static String localCode(String district) {
    return switch (district) {
      case "锦江区" -> "510104";
      case "青羊区" -> "510105";
      case "金牛区" -> "510106";
      case "武侯区" -> "510107";
      default -> "510108";
    };
  }

  /**
   * A new valid identity number: area code, birth date, a sequence whose last digit is odd for men
   * and even for women, and the check character. Twins' sequences are drawn just above {@code near}
   * (negative for anyone else).
   */
  private String idNumber(String area, LocalDate birth, Gender gender, int near) {
    String date =
        String.format(
            "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
    for (int attempt = 0; ; attempt++) {
      int seq =
          near >= 0 && attempt < 20
              ? near + Draw.intBetween(rnd, 0, 9) * 2
              : Draw.intBetween(rnd, 0, 499) * 2;
      seq += gender == Gender.MALE ? 1 : 0;
      String first17 = area + date + String.format("%03d", seq % 1000);
      String id = first17 + ResidentIdNumber.checkCharacter(first17);
      if (idNumbers.add(id)) {
        return id;
      }
    }
  }

  private String newMobile() {
    while (true) {
      String n = Draw.pick(rnd, MOBILE_PREFIXES) + Draw.digits(rnd, 8);
      if (phones.add(n)) {
        return n;
      }
    }
  }

  /** A Chengdu landline, 8 digits starting with 8 (written with area code 028 or without). */
  private String newLandline() {
    while (true) {
      String n = "8" + Draw.intBetween(rnd, 3, 7) + Draw.digits(rnd, 6);
      if (landlines.add(n)) {
        return n;
      }
    }
  }

  private Flat newFlat() {
    while (true) {
      Estate e = Draw.pick(rnd, estates);
      Flat f =
          new Flat(
              e,
              Draw.intBetween(rnd, 1, e.buildings()),
              Draw.intBetween(rnd, 1, e.units()),
              Draw.intBetween(rnd, 1, e.floors()),
              Draw.intBetween(rnd, 1, e.flatsPerFloor()));
      if (flats.add(f.canonical())) {
        return f;
      }
    }
  }
}
