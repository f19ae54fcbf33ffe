package org.gridgov.samples.residents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.samples.internal.ChineseNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the default synthetic residents (20,000 people)")
class SyntheticResidentsTest {

  private static SyntheticResidents.Run run;
  private static Dataset data;
  private static Map<String, Person> people;

  @BeforeAll
  static void generate() {
    run =
        SyntheticResidents.run(SyntheticResidents.DEFAULT_PEOPLE, SyntheticResidents.DEFAULT_SEED);
    data = run.dataset();
    people = new HashMap<>();
    for (Person p : data.people()) {
      people.put(p.personId(), p);
    }
  }

  private static Person owner(ResidentRecord r) {
    return people.get(data.truth().get(r.recordId()));
  }

  /** Full-width ASCII to ASCII, ideographic space to space. */
  static String halfWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
    }
    return sb.toString();
  }

  @Test
  @DisplayName("has 20,000 people and about 2.5 records each, 1 to 8 per person")
  void sizes() {
    assertThat(data.people()).hasSize(20_000);
    assertThat(data.records()).hasSizeBetween(45_000, 55_000);
    Map<String, Integer> perPerson = new HashMap<>();
    data.truth().values().forEach(p -> perPerson.merge(p, 1, Integer::sum));
    assertThat(perPerson).hasSize(20_000);
    assertThat(perPerson.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
    assertThat(perPerson.values()).contains(1, 8);
    assertThat(data.truePairs()).isBetween(40_000L, 90_000L);
  }

  @Test
  @DisplayName("truth names a generated person for every record, record ids are unique")
  void truthCoversEveryRecord() {
    Set<String> ids = new HashSet<>();
    for (ResidentRecord r : data.records()) {
      if (!r.recordId().matches("R\\d{7}")
          || !ids.add(r.recordId())
          || !people.containsKey(data.truth().get(r.recordId()))) {
        throw new AssertionError("bad id or truth: " + r);
      }
    }
    assertThat(data.truth().keySet()).isEqualTo(ids);
  }

  @Test
  @DisplayName("record ids do not follow the people: neighbouring ids belong to different people")
  void shuffled() {
    int same = 0;
    for (int i = 1; i < data.records().size(); i++) {
      same += owner(data.records().get(i)).equals(owner(data.records().get(i - 1))) ? 1 : 0;
    }
    assertThat(same).isLessThan(data.records().size() / 100);
  }

  @Test
  @DisplayName("every record has a name, and an identity number, a phone or an address")
  void identifyingFields() {
    List<ResidentRecord> bad = new ArrayList<>();
    for (ResidentRecord r : data.records()) {
      if (r.name().isBlank() || (r.idNumber() + r.phone() + r.address()).isEmpty()) {
        bad.add(r);
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  @DisplayName("records come from the twelve apps, each with its own fields")
  void sources() {
    Map<String, Integer> bySource = new TreeMap<>();
    Map<String, Integer> withId = new HashMap<>();
    Map<String, Integer> withPhone = new HashMap<>();
    Map<String, Integer> withBirth = new HashMap<>();
    for (ResidentRecord r : data.records()) {
      bySource.merge(r.source(), 1, Integer::sum);
      withId.merge(r.source(), r.idNumber().isEmpty() ? 0 : 1, Integer::sum);
      withPhone.merge(r.source(), r.phone().isEmpty() ? 0 : 1, Integer::sum);
      withBirth.merge(r.source(), r.birthDate().isEmpty() ? 0 : 1, Integer::sum);
    }
    assertThat(bySource.keySet())
        .containsExactlyInAnyOrder(
            "census",
            "health",
            "civil_affairs",
            "police",
            "grid_app",
            "elderly_care",
            "school",
            "social_security",
            "property",
            "volunteer",
            "vaccination",
            "community_wechat");
    assertThat(withId.get("volunteer")).isZero();
    assertThat(withId.get("community_wechat")).isZero();
    assertThat(withId.get("social_security")).isEqualTo(bySource.get("social_security"));
    assertThat(withPhone.get("census")).isZero();
    assertThat(withBirth.get("property")).isZero();
    assertThat(withBirth.get("community_wechat")).isZero();
  }

  @Test
  @DisplayName("almost every record can be linked to its person's other records")
  void fewWeakRecords() {
    assertThat(run.weakRecords()).isLessThan(data.records().size() / 200);
  }

  @Test
  @DisplayName("every person has a valid identity number matching their birth date and gender")
  void peopleHaveValidIdNumbers() {
    Set<String> seen = new HashSet<>();
    List<Person> bad = new ArrayList<>();
    for (Person p : data.people()) {
      ResidentIdNumber id = ResidentIdNumber.parse(p.idNumber());
      if (!id.value().equals(p.idNumber())
          || !id.birthDate().equals(Optional.of(p.birthDate()))
          || !id.gender().equals(Optional.of(p.gender()))
          || !seen.add(p.idNumber())) {
        bad.add(p);
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  @DisplayName("an 18-digit number written is the person's, or theirs with one digit mistyped")
  void writtenIdNumbers() {
    int typos = 0;
    int legacy = 0;
    int masked = 0;
    int lowerX = 0;
    int withId = 0;
    List<ResidentRecord> bad = new ArrayList<>();
    for (ResidentRecord r : data.records()) {
      if (r.idNumber().isEmpty()) {
        continue;
      }
      withId++;
      String truth = owner(r).idNumber();
      lowerX += r.idNumber().endsWith("x") ? 1 : 0;
      String s = halfWidth(r.idNumber()).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
      if (s.length() == 18 && s.indexOf('*') < 0) {
        if (ResidentIdNumber.isValid(s)) {
          check(s.equals(truth), r, bad);
        } else {
          check(differences(s, truth) == 1, r, bad);
          typos++;
        }
      } else {
        ResidentIdNumber id = ResidentIdNumber.parse(s);
        if (id.form() == IdNumberForm.LEGACY_15) {
          legacy++;
          check(id.value().equals(truth), r, bad);
        } else {
          masked++;
          check(id.isCompatibleWith(ResidentIdNumber.parse(truth)), r, bad);
        }
      }
    }
    assertThat(bad).isEmpty();
    assertThat(typos).isPositive().isLessThan(withId / 100);
    assertThat(legacy).isGreaterThan(withId / 100);
    assertThat(masked).isGreaterThan(withId / 20);
    assertThat(lowerX).isPositive();
  }

  private static void check(boolean ok, ResidentRecord r, List<ResidentRecord> bad) {
    if (!ok) {
      bad.add(r);
    }
  }

  private static int differences(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }

  @Test
  @DisplayName("a birth date written is the person's, or with day and month swapped (rarely)")
  void writtenBirthDates() {
    Pattern numbers = Pattern.compile("(\\d{4})\\D?(\\d{1,2})\\D?(\\d{1,2})");
    Pattern digit = Pattern.compile("\\d");
    int swapped = 0;
    int written = 0;
    Set<String> shapes = new HashSet<>();
    List<ResidentRecord> bad = new ArrayList<>();
    for (ResidentRecord r : data.records()) {
      if (r.birthDate().isEmpty()) {
        continue;
      }
      written++;
      shapes.add(digit.matcher(r.birthDate()).replaceAll("9"));
      Matcher m = numbers.matcher(r.birthDate());
      if (!m.find()) {
        bad.add(r);
        continue;
      }
      LocalDate truth = owner(r).birthDate();
      int y = Integer.parseInt(m.group(1));
      int a = Integer.parseInt(m.group(2));
      int b = Integer.parseInt(m.group(3));
      check(y == truth.getYear(), r, bad);
      if (a != truth.getMonthValue() || b != truth.getDayOfMonth()) {
        check(b == truth.getMonthValue() && a == truth.getDayOfMonth(), r, bad);
        swapped++;
      }
    }
    assertThat(bad).isEmpty();
    assertThat(swapped).isPositive().isLessThan(written / 100);
    assertThat(shapes).contains("9999-99-99", "99999999", "9999年9月9日", "9999.99.99", "9999/9/9");
  }

  @Test
  @DisplayName("genders are written in five styles and agree with the person")
  void writtenGenders() {
    Map<String, Gender> styles =
        ImmutableMap.<String, Gender>builder()
            .put("男", Gender.MALE)
            .put("女", Gender.FEMALE)
            .put("M", Gender.MALE)
            .put("F", Gender.FEMALE)
            .put("1", Gender.MALE)
            .put("2", Gender.FEMALE)
            .put("男性", Gender.MALE)
            .put("女性", Gender.FEMALE)
            .put("male", Gender.MALE)
            .put("female", Gender.FEMALE)
            .buildOrThrow();
    Set<String> seen = new HashSet<>();
    List<ResidentRecord> bad = new ArrayList<>();
    for (ResidentRecord r : data.records()) {
      if (!r.gender().isEmpty()) {
        check(styles.get(r.gender()) == owner(r).gender(), r, bad);
        seen.add(r.gender());
      }
    }
    assertThat(bad).isEmpty();
    assertThat(seen).isEqualTo(styles.keySet());
  }

  @Test
  @DisplayName("mobile numbers written are the person's, an old one, or a carer's, in many formats")
  void writtenPhones() {
    Set<String> shapes = new HashSet<>();
    int own = 0;
    int old = 0;
    int landlines = 0;
    Pattern nonDigit = Pattern.compile("\\D");
    Pattern digit = Pattern.compile("\\d");
    Pattern mobile = Pattern.compile("1[35789]\\d{9}");
    Pattern landline = Pattern.compile("(028)?8\\d{7}");
    List<ResidentRecord> bad = new ArrayList<>();
    for (ResidentRecord r : data.records()) {
      if (r.phone().isEmpty()) {
        continue;
      }
      String written = halfWidth(r.phone());
      String digits = nonDigit.matcher(written).replaceAll("");
      if (digits.length() == 13 && digits.startsWith("86") || digits.length() == 15) {
        digits = digits.substring(digits.length() - 11);
      }
      if (digits.length() == 11 && digits.startsWith("1")) {
        shapes.add(digit.matcher(written).replaceAll("9"));
        check(mobile.matcher(digits).matches(), r, bad);
        List<String> phones = owner(r).phones();
        own += !phones.isEmpty() && phones.get(0).equals(digits) ? 1 : 0;
        old += phones.size() > 1 && phones.get(1).equals(digits) ? 1 : 0;
      } else {
        check(landline.matcher(digits).matches(), r, bad);
        landlines++;
      }
    }
    assertThat(bad).isEmpty();
    assertThat(shapes)
        .contains(
            "99999999999",
            "+99 999 9999 9999",
            "9999-99999999999",
            "999-9999-9999",
            "999 9999 9999");
    assertThat(own).isGreaterThan(data.records().size() / 2);
    assertThat(old).isPositive();
    assertThat(landlines).isPositive();
  }

  @Test
  @DisplayName("hard negatives: different people share an address, a surname and a phone")
  void hardNegatives() {
    Map<String, String> firstOwner = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    for (ResidentRecord r : data.records()) {
      if (r.address().isEmpty() || r.phone().isEmpty() || !isHan(r.name().charAt(0))) {
        continue;
      }
      String key =
          halfWidth(r.address()).replace(" ", "")
              + "|"
              + halfWidth(r.phone()).replaceAll("\\D", "")
              + "|"
              + r.name().charAt(0);
      String person = data.truth().get(r.recordId());
      String other = firstOwner.putIfAbsent(key, person);
      if (other != null && !other.equals(person)) {
        pairs.add(other + person);
      }
    }
    assertThat(pairs).hasSizeGreaterThan(200);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  @Test
  @DisplayName("twins: people of one household born on the same day, with different names")
  void twins() {
    Map<String, Person> byHouseholdAndBirth = new HashMap<>();
    int twins = 0;
    for (Person p : data.people()) {
      Person other = byHouseholdAndBirth.putIfAbsent(p.householdId() + p.birthDate(), p);
      if (other != null) {
        twins++;
        assertThat(other.name()).isNotEqualTo(p.name());
      }
    }
    assertThat(twins).isGreaterThan(20);
  }

  @Test
  @DisplayName("common names are shared by many people in different households")
  void commonNames() {
    for (String name : List.of("张伟", "王芳", "李娜", "刘洋")) {
      Set<String> households = new HashSet<>();
      data.people().stream()
          .filter(p -> p.name().equals(name))
          .forEach(p -> households.add(p.householdId()));
      assertThat(households).as(name).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  @DisplayName("names are written in traditional characters, with spaces, in pinyin, as 张先生")
  void writtenNames() {
    int traditional = 0;
    int pinyin = 0;
    int spaced = 0;
    int honorific = 0;
    int homophone = 0;
    for (ResidentRecord r : data.records()) {
      String written = r.name();
      String truth = owner(r).name();
      if (written.equals(truth)) {
        continue;
      }
      if (written.chars().anyMatch(c -> c == ' ' || c == '\u3000')) {
        spaced++;
      }
      if (written.matches("[A-Za-zＡ-Ｚａ-ｚ ]+")) {
        pinyin++;
      } else if (written.endsWith("先生") || written.endsWith("女士")) {
        honorific++;
      } else if (written.replaceAll("[ \u3000]", "").length() == truth.length()) {
        String plain = written.replaceAll("[ \u3000]", "");
        boolean anyTraditional = false;
        for (int i = 0; i < plain.length(); i++) {
          anyTraditional |=
              ChineseNames.traditional(truth.charAt(i)) == plain.charAt(i)
                  && plain.charAt(i) != truth.charAt(i);
        }
        traditional += anyTraditional ? 1 : 0;
        homophone += anyTraditional || plain.equals(truth) ? 0 : 1;
      }
    }
    assertThat(traditional).isGreaterThan(100);
    assertThat(pinyin).isGreaterThan(100);
    assertThat(spaced).isGreaterThan(100);
    assertThat(honorific).isGreaterThan(10);
    assertThat(homophone).isGreaterThan(100);
  }

  @Test
  @DisplayName("romanised names give polyphonic surnames their surname reading (单 Shan, 查 Zha)")
  void polyphonicSurnames() {
    Map<Character, String> readings =
        Map.of('单', "shan", '解', "xie", '仇', "qiu", '区', "ou", '查', "zha", '曾', "zeng");
    int checked = 0;
    for (ResidentRecord r : data.records()) {
      String written = halfWidth(r.name()).toLowerCase(java.util.Locale.ROOT);
      String reading = readings.get(owner(r).name().charAt(0));
      if (reading != null && written.matches("[a-z ]+")) {
        assertThat(written.split(" "))
            .as(r.name())
            .anyMatch(w -> w.equals(reading) || w.startsWith(reading));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  @DisplayName("addresses are written in many forms, and movers' old addresses appear")
  void writtenAddresses() {
    int old = 0;
    Set<String> forms = new HashSet<>();
    for (ResidentRecord r : data.records()) {
      String a = halfWidth(r.address()).replace(" ", "");
      if (a.isEmpty()) {
        continue;
      }
      Person p = owner(r);
      old += p.addresses().size() > 1 && a.equals(p.addresses().get(1)) ? 1 : 0;
      for (String form : List.of("四川省成都市", "栋", "幢", "号楼", "单元", "室", "楼", "-")) {
        if (a.contains(form)) {
          forms.add(form);
        }
      }
      if (!a.startsWith("四川") && !a.startsWith("成都")) {
        forms.add("no city");
      }
    }
    assertThat(old).isGreaterThan(100);
    assertThat(forms).hasSize(9);
  }

  @Test
  @DisplayName("the CSV starts with the resident-cn header and has a row per record")
  void csv() throws IOException {
    StringWriter out = new StringWriter();
    data.writeCsv(out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("record_id,source,name,id_number,phone,birth_date,gender,address");
    assertThat(lines).hasSize(data.records().size() + 1);
    ResidentRecord first = data.records().get(0);
    assertThat(lines.get(1)).startsWith(first.recordId() + "," + first.source() + ",");
  }
}
