package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.progress.Progress;
import org.gridgov.testing.DocExamples;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class DedupTest {

  private static final String HEADER =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n";

  /** Three people, seven records, and neighbours that must stay apart. */
  private static final String RESIDENTS =
      HEADER
          + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
          + "A2,health,張 偉,110105********002X,+86 138 1234 5678,,,芳华小区3-2-401\n"
          + "A3,grid_app,Zhang Wei,,138-1234-5678,1949/12/31,F,芳华小区3幢2单元401室\n"
          + "B1,census,张伟,110105195003070018,13812345678,1950-03-07,男,芳华小区3栋2单元401\n"
          + "B2,elderly_care,张伟,110105195003070018,,19500307,1,芳华小区3号楼2单元401\n"
          + "C1,school,王芳,,13900001111,2015年6月1日,女,锦绣新村5栋101\n"
          + "C2,vaccination,王芳,,139 0000 1111,2015.06.01,2,锦绣新村5栋101\n";

  private static RecordSet read(String csv) throws IOException {
    return RecordSet.read(new StringReader(csv), "residents.csv", DedupConfig.residentCn());
  }

  private static Map<String, String> clusters(DedupResult r) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < r.records().size(); i++) {
      out.put(r.records().id(i), r.clusterId(i));
    }
    return out;
  }

  @Test
  @DisplayName("records of one person merge; two valid numbers in one flat never do")
  void residents() throws IOException {
    // Too few records for EM to learn from: the profile's defaults would be estimated on 7
    // records, so fix sensible weights and check the rules, not the estimates.
    DedupResult r = new Deduplicator().run(read(RESIDENTS), Progress.NONE);
    Map<String, String> c = clusters(r);
    assertThat(c.get("A2")).isEqualTo(c.get("A1"));
    assertThat(c.get("A3")).isEqualTo(c.get("A1"));
    assertThat(c.get("B2")).isEqualTo(c.get("B1"));
    assertThat(c.get("C2")).isEqualTo(c.get("C1"));
    assertThat(c.get("B1")).isNotEqualTo(c.get("A1")); // same name, phone and flat; other number
    assertThat(r.clusterCount()).isEqualTo(3);
    assertThat(c.get("A3")).isEqualTo("A1"); // the smallest id names the cluster
  }

  @Test
  @DisplayName("the golden record takes the trusted source, then the better value, with provenance")
  void golden() throws IOException {
    DedupResult r = new Deduplicator().run(read(RESIDENTS), Progress.NONE);
    GoldenRecord a =
        GoldenRecord.of(r).stream()
            .filter(g -> g.clusterId().equals("A1"))
            .findFirst()
            .orElseThrow();
    assertThat(a.recordIds()).containsExactly("A1", "A2", "A3");
    assertThat(a.field("id_number").orElseThrow())
        .isEqualTo(
            new GoldenRecord.Value("11010519491231002X", "11010519491231002X", "police", "A1"));
    assertThat(a.field("name").orElseThrow().value()).isEqualTo("张伟");
    assertThat(a.field("address").orElseThrow().value()).isEqualTo("芳华小区3栋2单元401室");
    assertThat(a.field("address").orElseThrow().raw()).isEqualTo("芳华小区3栋2单元401");
    assertThat(a.field("gender").orElseThrow().value()).isEqualTo("female");
    assertThat(a.field("gender").orElseThrow().raw()).isEqualTo("女");
    StringWriter out = new StringWriter();
    GoldenRecord.write(GoldenRecord.of(r), DedupConfig.residentCn(), out);
    assertThat(out.toString())
        .startsWith(
            "cluster_id,record_count,name,name_source,name_record,id_number,id_number_source,"
                + "id_number_record,phone,")
        .contains("address_record,name_raw,id_number_raw,phone_raw,birth_date_raw,gender_raw,")
        .contains("110105********002X")
        .contains("+86138****5678")
        .doesNotContain("11010519491231002X")
        .doesNotContain("13812345678");
    StringWriter revealed = new StringWriter();
    GoldenRecord.write(GoldenRecord.of(r), DedupConfig.residentCn(), revealed, true);
    assertThat(revealed.toString()).contains("11010519491231002X").contains("+8613812345678");
  }

  @Test
  @DisplayName("bad rows are reported with line and column; nothing is returned")
  void badRows() {
    String csv =
        HEADER
            + "A1,police,张伟,,,,,\n"
            + "A1,police,张伟,,,,,\n"
            + ",police,x,,,,,\n"
            + "A4,police,张伟\n"
            + "A5,police,\"unclosed,,,,,,\n";
    assertThatThrownBy(() -> read(csv))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().orElseThrow().line())
                    .containsExactly(3L, 4L, 5L, 6L))
        .hasMessageContaining("repeats the record id")
        .hasMessageContaining("has 3 fields")
        .hasMessageContaining("6:3: unterminated quoted field");
    assertThatThrownBy(() -> read("id,name\n"))
        .hasMessageContaining("in the resident-cn layout")
        .hasMessageContaining("wrong header: expected \"record_id,source,name");
  }

  @Test
  @DisplayName("a config is checked: unknown types, fields, blocking parts are named by JSON path")
  void badConfig() {
    String json =
        "{\"schemaVersion\":1,\"input\":{\"header\":[\"id\",\"n\"],\"recordId\":\"id\"},"
            + "\"fields\":[{\"name\":\"n\",\"type\":\"nam\"},{\"name\":\"m\",\"type\":\"name\"}],"
            + "\"blocking\":[[\"m.soundex\"],[\"x\"]],\"maxBlockSize\":1}";
    assertThatThrownBy(() -> DedupConfig.read(new StringReader(json), "c.json"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::subject)
                    .contains(
                        "$.fields[0].type",
                        "$.maxBlockSize",
                        "$.fields.m",
                        "$.blocking[0]",
                        "$.blocking[1]"));
  }

  @Test
  @DisplayName("the model is inspectable: its JSON names lambda and the fields")
  void model() throws IOException {
    DedupResult r = new Deduplicator().run(read(RESIDENTS), Progress.NONE);
    assertThat(r.model().toJson()).contains("\"lambda\"").contains("\"id_number\"");
    assertThat(r.model().weight("id_number", Level.EXACT)).isGreaterThan(0);
    assertThat(r.model().weight("gender", Level.DIFFERENT)).isLessThan(0);
  }

  @Test
  @DisplayName("fixed weights of docs/dedup.md's example override what EM estimates")
  void fixedWeightsOverride() throws IOException {
    DedupConfig withWeights =
        DedupConfig.read(
            new StringReader(DocExamples.block("dedup.md", "dedup-config.json", "json")),
            "docs/dedup.md");
    assertThat(withWeights.fixedWeights()).containsOnlyKeys("gender");
    DedupModel fixed =
        new Deduplicator()
            .run(RecordSet.read(new StringReader(RESIDENTS), "r.csv", withWeights), Progress.NONE)
            .model();
    DedupModel estimated = new Deduplicator().run(read(RESIDENTS), Progress.NONE).model();
    assertThat(fixed.m("gender", Level.EXACT)).isEqualTo(0.98);
    assertThat(fixed.m("gender", Level.DIFFERENT)).isEqualTo(0.02);
    // Without the fixed figures EM finds its own, which differ: the override did something.
    assertThat(estimated.m("gender", Level.EXACT)).isNotEqualTo(0.98);
    // Fields without fixed figures are estimated as before.
    assertThat(fixed.m("id_number", Level.EXACT)).isEqualTo(estimated.m("id_number", Level.EXACT));
  }

  @Test
  @DisplayName("the clusters do not depend on the executor (FEBRL 2): calling thread, pools")
  void executorFree() throws IOException {
    DedupConfig config = DedupConfig.profile("febrl");
    String text = FebrlTest.input("2");
    Map<String, String> expected =
        clusters(
            new Deduplicator()
                .run(RecordSet.read(new StringReader(text), "a", config), Progress.NONE));
    java.util.concurrent.ExecutorService fixed =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
    try {
      for (java.util.concurrent.Executor e :
          List.<java.util.concurrent.Executor>of(Runnable::run, fixed, pool)) {
        RecordSet set = RecordSet.read(new StringReader(text), "a", config);
        assertThat(clusters(new Deduplicator(e).run(set, Progress.NONE))).isEqualTo(expected);
      }
    } finally {
      fixed.shutdown();
      pool.shutdown();
    }
  }

  @Test
  @DisplayName("property: the clusters do not depend on the order of the records (FEBRL 2)")
  void orderFree(Random random) throws IOException {
    DedupConfig config = DedupConfig.profile("febrl");
    String text = FebrlTest.input("2");
    List<String> lines = new ArrayList<>(text.lines().toList());
    String header = lines.remove(0);
    DedupResult first =
        new Deduplicator().run(RecordSet.read(new StringReader(text), "a", config), Progress.NONE);
    Collections.shuffle(lines, random);
    String shuffled = header + "\n" + String.join("\n", lines) + "\n";
    DedupResult second =
        new Deduplicator()
            .run(RecordSet.read(new StringReader(shuffled), "b", config), Progress.NONE);
    assertThat(clusters(second)).isEqualTo(clusters(first));
  }

  @Test
  @DisplayName("property: adding the records one by one gives the batch's clusters (FEBRL 3)")
  void incrementalEqualsBatch(Random random) throws IOException {
    DedupConfig config = DedupConfig.profile("febrl").withMatchProbability(0.5);
    RecordSet set = RecordSet.read(new StringReader(FebrlTest.input("3")), "c", config);
    DedupResult batch = new Deduplicator().run(set, Progress.NONE);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    ResidentIndex index = new ResidentIndex(batch.model());
    for (int i : order) {
      Map<String, String> values = new HashMap<>();
      for (DedupConfig.Field f : config.fields()) {
        values.put(f.column(), rawValue(set, f, i));
      }
      String cluster = index.add(DedupRecord.of(set.id(i), set.source(i), values));
      assertThat(cluster).isNotEmpty();
    }
    DedupResult again = new Deduplicator().run(set, batch.model(), Progress.NONE);
    assertThat(index.clusters()).containsExactlyInAnyOrderEntriesOf(clusters(again));
    assertThat(clusters(again)).isEqualTo(clusters(batch));
  }

  @Test
  @DisplayName(
      "property: residents with contacts that carry no name (王先生): the batch's clusters do not"
          + " depend on the records' order, and adding them one by one gives them too")
  void attachingIsOrderFreeAndIncremental(Random random) throws IOException {
    org.gridgov.samples.residents.Dataset d =
        org.gridgov.samples.residents.SyntheticResidents.generate(1_500, random.nextLong());
    List<org.gridgov.samples.residents.ResidentRecord> records = new ArrayList<>(d.records());
    DedupConfig config = DedupConfig.residentCn();
    RecordSet set = RecordSet.of(config, dedupRecords(records));
    DedupResult batch = new Deduplicator().run(set, Progress.NONE);
    // Attaching changes the clusters of this set, so the property says something about it.
    DedupResult without =
        new Deduplicator()
            .run(
                RecordSet.of(config.withAttachSparse(false), dedupRecords(records)), Progress.NONE);
    assertThat(without.clusterCount()).isGreaterThan(batch.clusterCount());
    Collections.shuffle(records, random);
    DedupResult shuffled =
        new Deduplicator().run(RecordSet.of(config, dedupRecords(records)), Progress.NONE);
    assertThat(clusters(shuffled)).isEqualTo(clusters(batch));
    ResidentIndex index = new ResidentIndex(batch.model());
    for (DedupRecord r : dedupRecords(records)) {
      index.add(r);
    }
    DedupResult again = new Deduplicator().run(set, batch.model(), Progress.NONE);
    assertThat(index.clusters()).containsExactlyInAnyOrderEntriesOf(clusters(again));
  }

  static List<DedupRecord> dedupRecords(
      List<org.gridgov.samples.residents.ResidentRecord> records) {
    List<DedupRecord> out = new ArrayList<>();
    for (org.gridgov.samples.residents.ResidentRecord r : records) {
      out.add(
          DedupRecord.of(
              r.recordId(),
              r.source(),
              Map.of(
                  "name", r.name(),
                  "id_number", r.idNumber(),
                  "phone", r.phone(),
                  "birth_date", r.birthDate(),
                  "gender", r.gender(),
                  "address", r.address())));
    }
    return out;
  }

  /** FEBRL's columns are normalised by trimming and lower-casing only: the value reads back. */
  private static String rawValue(RecordSet set, DedupConfig.Field f, int i) {
    for (Column c : set.columns) {
      if (c.field.equals(f)) {
        return c.value(i);
      }
    }
    throw new IllegalStateException();
  }
}
