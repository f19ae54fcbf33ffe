package org.gridgov.samples.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generator's settings: the default reproduces the published data; the others depart. */
@Seeded
@DisplayName("synthetic residents under other settings")
class SettingsTest {

  private static String sha256(Dataset d) throws Exception {
    StringWriter w = new StringWriter();
    d.writeCsv(w);
    d.writeTruth(w);
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(w.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("the default settings give byte for byte the data sets the figures were measured on")
  void defaultReproduces() throws Exception {
    // Digests of residents.csv + truth.csv taken before the settings existed.
    assertThat(sha256(SyntheticResidents.generate(20_000, SyntheticResidents.DEFAULT_SEED)))
        .isEqualTo("d76b178a9640e5e3b45a139d140dffce3efb5ea3e2c474b308f624125bef7529");
    assertThat(sha256(SyntheticResidents.generate(3_000, 7, Settings.DEFAULT)))
        .isEqualTo("47bf9c6666c90c73d4fd9e5b08b398dd4dba3604586e985cc80699b3cef85ccc");
    assertThat(sha256(SyntheticResidents.generate(500, 11, Settings.preset("default"))))
        .isEqualTo("8724db2d9362610d6e5d7bbf4fee110ca906e95e702c105676b971095173571a");
  }

  @Test
  @DisplayName("every preset is reproducible from its seed and gives exactly the people asked for")
  void presetsReproducible(Random random) {
    long seed = random.nextLong();
    for (Settings s : Settings.PRESETS) {
      Dataset a = SyntheticResidents.generate(800, seed, s);
      assertThat(a.records())
          .as(s.name())
          .isEqualTo(SyntheticResidents.generate(800, seed, s).records());
      assertThat(a.people()).as(s.name()).hasSize(800);
      assertThat(a.truth()).as(s.name()).hasSize(a.records().size());
    }
  }

  private static double share(Dataset d, Predicate<ResidentRecord> p) {
    return (double) d.records().stream().filter(p).count() / d.records().size();
  }

  /** A name and at most one other field, or a phone and an address without a name. */
  private static boolean sparse(ResidentRecord r) {
    int others = 0;
    for (String f : List.of(r.idNumber(), r.phone(), r.birthDate(), r.gender(), r.address())) {
      others += f.isEmpty() ? 0 : 1;
    }
    return r.name().isEmpty() ? others <= 2 : others <= 1;
  }

  @Test
  @DisplayName("sparse: far more records keep only a name and one field")
  void sparseRecords(Random random) {
    long seed = random.nextLong();
    double base = share(SyntheticResidents.generate(3_000, seed), SettingsTest::sparse);
    Dataset d = SyntheticResidents.generate(3_000, seed, Settings.SPARSE);
    double cut = share(d, SettingsTest::sparse);
    assertThat(cut).isGreaterThan(base + 0.15);
    assertThat(share(d, r -> r.name().isEmpty())).isGreaterThan(0.02);
  }

  @Test
  @DisplayName("noisy: more fields missing, more mistyped identity numbers, swapped digits")
  void noisyRecords(Random random) {
    long seed = random.nextLong();
    Dataset base = SyntheticResidents.generate(3_000, seed);
    Dataset noisy = SyntheticResidents.generate(3_000, seed, Settings.NOISY);
    assertThat(share(noisy, r -> r.birthDate().isEmpty()))
        .isGreaterThan(share(base, r -> r.birthDate().isEmpty()) * 1.5);
    Map<String, Person> people = new HashMap<>();
    for (Person p : noisy.people()) {
      people.put(p.personId(), p);
    }
    int wrong = 0;
    for (ResidentRecord r : noisy.records()) {
      String own = people.get(noisy.truth().get(r.recordId())).idNumber();
      if (r.idNumber().length() == 18 && !r.idNumber().contains("*") && !r.idNumber().equals(own)) {
        wrong++;
      }
    }
    assertThat((double) wrong / noisy.records().size()).isGreaterThan(0.01);
  }

  @Test
  @DisplayName("shared phones: many more people written with a number that is not their own")
  void sharedPhones(Random random) {
    long seed = random.nextLong();
    assertThat(phonesShared(SyntheticResidents.generate(3_000, seed, Settings.SHARED_PHONES)))
        .isGreaterThan((int) (phonesShared(SyntheticResidents.generate(3_000, seed)) * 1.3));
  }

  /** How many people are written, somewhere, with a phone that another person is written with. */
  private static int phonesShared(Dataset d) {
    Map<String, Set<String>> byPhone = new HashMap<>();
    for (ResidentRecord r : d.records()) {
      String digits = r.phone().replaceAll("\\D", "");
      if (!digits.isEmpty()) {
        byPhone.computeIfAbsent(digits, k -> new HashSet<>()).add(d.truth().get(r.recordId()));
      }
    }
    Set<String> people = new HashSet<>();
    for (Set<String> p : byPhone.values()) {
      if (p.size() > 1) {
        people.addAll(p);
      }
    }
    return people.size();
  }

  @Test
  @DisplayName("many apps: sixteen sources, each quirk as described")
  void manyApps(Random random) {
    Dataset d = SyntheticResidents.generate(3_000, random.nextLong(), Settings.MANY_APPS);
    Set<String> sources = new HashSet<>();
    for (ResidentRecord r : d.records()) {
      sources.add(r.source());
      switch (r.source()) {
        case "access_control" -> assertThat(r.idNumber()).matches("(\\*{14}[0-9X]{4})?");
        case "elder_association" -> assertThat(r.birthDate()).matches("(\\d{4}年?)?");
        case "utility" -> assertThat(r.idNumber() + r.birthDate()).isEmpty();
        default -> {}
      }
    }
    assertThat(sources).hasSize(16);
    List<ResidentRecord> fitness =
        d.records().stream().filter(r -> r.source().equals("fitness")).toList();
    assertThat(fitness.stream().filter(r -> r.name().matches("[\\p{IsLatin} ]+")).count())
        .isGreaterThan(fitness.size() / 2);
  }

  @Test
  @DisplayName("settings out of range are all reported at once; an unknown preset names the others")
  void rejects() {
    assertThatThrownBy(() -> new Settings(" ", -0.1, 11, 2, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must not be blank")
        .hasMessageContaining("sparse must be 0 to 1 but was -0.1")
        .hasMessageContaining("sharedPhones must be 0 to 1 but was 2.0")
        .hasMessageContaining("noise must be 0 to 10.0 but was 11.0");
    assertThatThrownBy(() -> Settings.DEFAULT.withNoise(Double.NaN)).hasMessageContaining("noise");
    assertThatThrownBy(() -> Settings.preset("easy"))
        .hasMessage(
            "no preset easy; presets are default, sparse, noisy, shared-phones, many-apps, hard");
    assertThat(Settings.DEFAULT.withSparse(0.3).withName("sparse")).isEqualTo(Settings.SPARSE);
  }
}
