package org.gridgov.dedup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.RecordSet;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stored field names follow the field TYPE, so that a store protects renamed numbers too. */
class StoredResidentsTest {

  /** A profile that names its ID field {@code sfzh} and has two phone fields, {@code tel} first. */
  private static final String RENAMED =
      """
      {
        "schemaVersion": 1,
        "name": "renamed",
        "input": {
          "header": ["record_id", "source", "name", "sfzh", "tel", "mobile2"],
          "recordId": "record_id",
          "source": "source"
        },
        "fields": [
          { "name": "name", "type": "name" },
          { "name": "sfzh", "type": "id_number" },
          { "name": "tel", "type": "phone" },
          { "name": "mobile2", "type": "phone" }
        ],
        "blocking": [["sfzh"], ["tel"]],
        "training": [["sfzh"]],
        "maxBlockSize": 100,
        "matchProbability": 0.5
      }
      """;

  private static final String CSV =
      "record_id,source,name,sfzh,tel,mobile2\n"
          + "A1,police,张伟,11010519491231002X,13812345678,13900001111\n"
          + "A2,health,张伟,11010519491231002X,13812345678,\n"
          + "B1,census,王芳,110105195003070018,13700002222,\n";

  private static DedupConfig renamed() {
    return DedupConfig.read(new StringReader(RENAMED), "renamed.json");
  }

  @Test
  @DisplayName("the ID and phone fields are stored under protected names whatever they are called")
  void namesByType() {
    Map<String, String> names = StoredResidents.storedNames(renamed());
    assertThat(names)
        .containsEntry("sfzh", GoldenResident.ID_NUMBER)
        .containsEntry("tel", GoldenResident.PHONE)
        .containsEntry("mobile2", "phone.mobile2")
        .doesNotContainKey("name");
    assertThat(names.values()).allMatch(GoldenResident::isProtectedField);
  }

  @Test
  @DisplayName("a field of another type named phone keeps the name; the typed one is phone.NAME")
  void canonicalNameTaken() {
    DedupConfig config =
        DedupConfig.read(
            new StringReader(
                RENAMED
                    .replace("\"name\", \"sfzh\", \"tel\"", "\"phone\", \"sfzh\", \"tel\"")
                    .replace(
                        "{ \"name\": \"name\", \"type\": \"name\" }",
                        "{ \"name\": \"phone\", \"type\": \"name\" }")),
            "taken.json");
    assertThat(StoredResidents.storedNames(config))
        .containsEntry("tel", "phone.tel")
        .containsEntry("mobile2", "phone.mobile2")
        .doesNotContainKey("phone");
  }

  @Test
  @DisplayName("golden residents of a renamed profile carry id_number and phone, found by type")
  void goldenByType() throws Exception {
    RecordSet set = RecordSet.read(new StringReader(CSV), "renamed.csv", renamed());
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    List<String> numbers = new ArrayList<>();
    for (GoldenResident g : StoredResidents.golden(result)) {
      assertThat(g.fields().keySet()).doesNotContain("sfzh", "tel", "mobile2");
      g.fields()
          .forEach(
              (name, v) -> {
                if (v.value().matches(".*[0-9]{11}.*")) {
                  assertThat(GoldenResident.isProtectedField(name)).as(name).isTrue();
                  numbers.add(v.value());
                }
              });
    }
    assertThat(numbers).contains("+8613900001111", "+8613700002222");
  }

  @Test
  @DisplayName(
      "residents go to their household's grid by address; an unknown home to the community only")
  void placement() throws Exception {
    GridTree urban = SampleCommunities.urban();
    Household home =
        urban.households().stream()
            .filter(h -> urban.gridOf(h.id()).isPresent() && !h.address().isBlank())
            .findFirst()
            .orElseThrow();
    GridCode homeGrid = urban.gridOf(home.id()).orElseThrow().code();
    GridCode community = urban.communities().get(0).code();
    GridCode otherMicro =
        urban.grids(GridLevel.MICRO).stream()
            .map(g -> g.code())
            .filter(c -> !c.equals(homeGrid))
            .findFirst()
            .orElseThrow();
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,"
            + home.address().replace(",", " ")
            + "\n"
            + "B1,census,王芳,110105195003070018,13700002222,1950-03-07,男,无此地址9栋9单元999\n";
    RecordSet set = RecordSet.read(new StringReader(csv), "r.csv", DedupConfig.residentCn());
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    Map<String, GoldenResident> byRecord = new java.util.HashMap<>();
    for (GoldenResident g :
        StoredResidents.golden(result, StoredResidents.Placement.of(List.of(urban)))) {
      g.recordIds().forEach(r -> byRecord.put(r, g));
    }
    GoldenResident placed = byRecord.get("A1");
    GoldenResident unknown = byRecord.get("B1");
    assertThat(placed.grid()).contains(homeGrid);
    assertThat(unknown.grid()).as("home not known: the community's own grid").contains(community);

    Scope member = Scope.grids(List.of(otherMicro));
    Scope ownMember = Scope.grids(List.of(homeGrid));
    Scope office = Scope.grids(List.of(community));
    assertThat(member.permits(placed)).isFalse();
    assertThat(ownMember.permits(placed)).isTrue();
    assertThat(member.permits(unknown)).as("no member sees a resident of unknown home").isFalse();
    assertThat(ownMember.permits(unknown)).isFalse();
    assertThat(office.permits(unknown)).as("the community office does").isTrue();
    assertThat(office.permits(placed)).isTrue();

    // No tree at all: no grid, seen only by a scope over everything.
    GoldenResident nowhere =
        StoredResidents.golden(result).stream()
            .filter(g -> g.recordIds().contains("B1"))
            .findFirst()
            .orElseThrow();
    assertThat(nowhere.grid()).isEmpty();
    assertThat(office.permits(nowhere)).isFalse();
    assertThat(Scope.everything("test").permits(nowhere)).isTrue();
  }
}
