package org.gridgov.samples.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties that hold for every seed and size, not only the default data set. */
@Seeded
@DisplayName("synthetic residents of any seed")
class SeedsTest {

  @Test
  @DisplayName("are the same for the same seed")
  void sameSeedSameData(Random random) {
    long seed = random.nextLong();
    Dataset a = SyntheticResidents.generate(1_500, seed);
    Dataset b = SyntheticResidents.generate(1_500, seed);
    assertThat(a.records()).isEqualTo(b.records());
    assertThat(a.truth()).containsExactlyEntriesOf(b.truth());
    assertThat(a.people()).isEqualTo(b.people());
  }

  @Test
  @DisplayName("are the data sets published figures were measured on: a pinned fingerprint")
  void pinnedFingerprint() throws Exception {
    // Benchmarks and docs cite figures on generate(PEOPLE, 7): a change to the generator that
    // alters its draws (even their order) changes those data sets, and must be deliberate.
    Dataset d = SyntheticResidents.generate(3_000, 7);
    java.io.StringWriter w = new java.io.StringWriter();
    d.writeCsv(w);
    d.writeTruth(w);
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(w.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(java.util.HexFormat.of().formatHex(hash))
        .isEqualTo("47bf9c6666c90c73d4fd9e5b08b398dd4dba3604586e985cc80699b3cef85ccc");
  }

  @Test
  @DisplayName("find estates for the most people: distinct names and road numbers past the table")
  void estatesForTheMostPeople(Random random) {
    // Estates are added until they hold three flats per household: MAX_PEOPLE people need some
    // 4,300, more than the name table and its phases hold (which once hung the generator).
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(random.nextLong());
    List<Places.Estate> estates = new java.util.ArrayList<>();
    while (estates.size() < 4_500) {
      Places.addEstates(rnd, estates, 500);
    }
    assertThat(estates.stream().map(Places.Estate::name).distinct()).hasSize(estates.size());
    assertThat(estates.stream().map(e -> e.road() + e.roadNumber()).distinct())
        .hasSize(estates.size());
  }

  @Test
  @DisplayName("differ for different seeds")
  void differentSeedDifferentData(Random random) {
    long seed = random.nextLong();
    assertThat(SyntheticResidents.generate(500, seed).records())
        .isNotEqualTo(SyntheticResidents.generate(500, seed + 1).records());
  }

  @Test
  @DisplayName("have exactly the people asked for, each with a record, for small sizes too")
  void exactSize(Random random) {
    for (int people : new int[] {1, 2, 7, 300}) {
      Dataset d = SyntheticResidents.generate(people, random.nextLong());
      assertThat(d.people()).hasSize(people);
      assertThat(d.clusters().keySet()).hasSize(people);
      assertThat(d.truth()).hasSameSizeAs(d.records());
    }
  }

  @Test
  @DisplayName("reject a size out of range")
  void rejectsSize() {
    assertThatThrownBy(() -> SyntheticResidents.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("people must be 1 to");
    assertThatThrownBy(() -> SyntheticResidents.generate(SyntheticResidents.MAX_PEOPLE + 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("write residents.csv and truth.csv with their headers")
  void writesFiles(Random random, @TempDir Path dir) throws IOException {
    Dataset d = SyntheticResidents.generate(200, random.nextLong());
    d.write(dir);
    List<String> records = Files.readAllLines(dir.resolve("residents.csv"), StandardCharsets.UTF_8);
    List<String> truth = Files.readAllLines(dir.resolve("truth.csv"), StandardCharsets.UTF_8);
    assertThat(records.get(0))
        .isEqualTo("record_id,source,name,id_number,phone,birth_date,gender,address");
    assertThat(truth.get(0)).isEqualTo("record_id,person_id");
    assertThat(records).hasSize(d.records().size() + 1);
    assertThat(truth).hasSize(d.records().size() + 1);
    String firstId = d.records().get(0).recordId();
    assertThat(truth.get(1)).isEqualTo(firstId + "," + d.truth().get(firstId));
  }

  @Test
  @DisplayName("a data set whose truth misses a record is refused")
  void truthMustCoverRecords() {
    ResidentRecord r = new ResidentRecord("R1", "census", "张伟", "", "", "", "", "");
    assertThatThrownBy(
            () -> new Dataset(ImmutableList.of(r), ImmutableMap.of(), ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R1");
  }
}
