package org.gridgov.dedupspark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.spark.sql.SparkSession;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.Decisions;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupModel;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.Evaluation;
import org.gridgov.dedup.GoldenRecord;
import org.gridgov.dedup.RecordSet;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark run against the single-machine run on the same files: identical clusters and golden
 * records with a fixed model, the same F1 with the model estimated on each side. Spark in {@code
 * local[2]}, few shuffle partitions, no UI.
 */
class SparkDedupTest {

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("grid-dedup-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "4")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** A run's exit code, stdout and stderr. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Options options;
      try {
        options = Options.parse(args);
      } catch (org.gridgov.core.problem.InvalidInputException x) {
        return new Run(Main.BAD_INPUT, "", x.getMessage());
      }
      exit = Main.run(spark, options, o, e);
    }
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path residents(int people, long seed) throws IOException {
    Dataset d = SyntheticResidents.generate(people, seed);
    Path input = dir.resolve("residents.csv");
    try (Writer w = Files.newBufferedWriter(input)) {
      d.writeCsv(w);
    }
    Path truth = dir.resolve("truth.csv");
    try (Writer w = Files.newBufferedWriter(truth)) {
      d.writeTruth(w);
    }
    return input;
  }

  private static String clusters(DedupResult result) throws IOException {
    StringWriter w = new StringWriter();
    result.writeClusters(w);
    return w.toString();
  }

  private static String golden(DedupResult result) throws IOException {
    StringWriter w = new StringWriter();
    GoldenRecord.write(GoldenRecord.of(result), result.records().config(), w);
    return w.toString();
  }

  @Test
  @DisplayName(
      "synthetic residents, fixed model: the same clusters and golden records as grid dedup")
  void syntheticFixedModel() throws IOException {
    Path input = residents(1500, 20260301L);
    DedupConfig config = DedupConfig.residentCn();
    RecordSet set = RecordSet.read(input, config, Progress.NONE);
    String json = new Deduplicator().run(set, Progress.NONE).model().toJson();
    Path model = Files.writeString(dir.resolve("model.json"), json);
    DedupResult batch =
        new Deduplicator().run(set, DedupModel.fromJson(json, config), Progress.NONE);
    Path out = dir.resolve("clusters.csv");
    Path golden = dir.resolve("golden.csv");
    Run r =
        run(
            "--input", input.toString(),
            "--output", out.toString(),
            "--golden", golden.toString(),
            "--model", model.toString(),
            "--truth", dir.resolve("truth.csv").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(clusters(batch));
    assertThat(Files.readString(golden)).isEqualTo(golden(batch));
    assertThat(r.out()).contains("F1").contains(String.format("%,d records", set.size()));
    assertThat(r.err()).contains("candidate pairs").contains("connected components");
  }

  static String febrl() throws IOException {
    return Files.readString(
        Path.of("../grid-dedup/src/test/resources/org/gridgov/dedup/febrl/dataset2.csv"));
  }

  @Test
  @DisplayName("FEBRL 2, fixed model: the same clusters as grid dedup; Parquet output too")
  void febrlFixedModel() throws IOException {
    Path input = Files.writeString(dir.resolve("dataset2.csv"), febrl());
    DedupConfig config = DedupConfig.profile("febrl");
    RecordSet set = RecordSet.read(input, config, Progress.NONE);
    String json = new Deduplicator().run(set, Progress.NONE).model().toJson();
    Path model = Files.writeString(dir.resolve("model.json"), json);
    DedupResult batch =
        new Deduplicator().run(set, DedupModel.fromJson(json, config), Progress.NONE);
    Path out = dir.resolve("clusters.csv");
    Run r =
        run(
            "--profile", "febrl",
            "--input", input.toString(),
            "--output", out.toString(),
            "--model", model.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(clusters(batch));
    Path parquet = dir.resolve("clusters.parquet");
    Run p =
        run(
            "--profile", "febrl",
            "--input", input.toString(),
            "--output", parquet.toString(),
            "--model", model.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    List<org.apache.spark.sql.Row> rows = spark.read().parquet(parquet.toString()).collectAsList();
    Map<String, String> fromParquet = new HashMap<>();
    rows.forEach(row -> fromParquet.put(row.getString(0), row.getString(1)));
    for (int i = 0; i < set.size(); i++) {
      assertThat(fromParquet.get(set.id(i))).isEqualTo(batch.clusterId(i));
    }
  }

  @Test
  @DisplayName("model estimated on each side: pairwise F1 within 0.002 (synthetic and FEBRL)")
  void estimatedModel() throws IOException {
    Path input = residents(1200, 7L);
    DedupConfig config = DedupConfig.residentCn();
    RecordSet set = RecordSet.read(input, config, Progress.NONE);
    DedupResult batch = new Deduplicator().run(set, Progress.NONE);
    Map<String, String> truth = org.gridgov.dedup.Evaluation.readTruth(dir.resolve("truth.csv"));
    double batchF1 = Evaluation.of(batch, truth).f1();
    Path out = dir.resolve("clusters.csv");
    Path weights = dir.resolve("weights.json");
    Run r =
        run(
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--weights",
            weights.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    double sparkF1 = f1(Files.readAllLines(out), truth);
    System.out.printf("synthetic: batch F1 %.4f, Spark F1 %.4f%n", batchF1, sparkF1);
    assertThat(Math.abs(sparkF1 - batchF1)).isLessThanOrEqualTo(0.002);
    // The estimate is the engine's from the same counts: the very same model.
    assertThat(Files.readString(weights).strip()).isEqualTo(batch.model().toJson());

    Path febrl = Files.writeString(dir.resolve("dataset2.csv"), febrl());
    RecordSet fset = RecordSet.read(febrl, DedupConfig.profile("febrl"), Progress.NONE);
    DedupResult fbatch = new Deduplicator().run(fset, Progress.NONE);
    Map<String, String> ftruth = new HashMap<>();
    for (int i = 0; i < fset.size(); i++) {
      Matcher m = fset.config().entityFromId().orElseThrow().matcher(fset.id(i));
      if (m.find()) {
        ftruth.put(fset.id(i), m.group(1));
      }
    }
    Path fout = dir.resolve("febrl-clusters.csv");
    Run f = run("--profile", "febrl", "--input", febrl.toString(), "--output", fout.toString());
    assertThat(f.exit()).as(f.err()).isZero();
    double fb = Evaluation.of(fbatch, ftruth).f1();
    double fs = f1(Files.readAllLines(fout), ftruth);
    System.out.printf("FEBRL 2: batch F1 %.4f, Spark F1 %.4f%n", fb, fs);
    assertThat(Math.abs(fs - fb)).isLessThanOrEqualTo(0.002);
  }

  /** Pairwise F1 of a clusters file against the truth, over the records the truth names. */
  static double f1(List<String> lines, Map<String, String> truth) {
    Map<String, Long> both = new HashMap<>();
    Map<String, Long> clusters = new HashMap<>();
    Map<String, Long> entities = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split(",", -1);
      String e = truth.get(p[0]);
      if (e != null) {
        both.merge(p[1] + "\u0001" + e, 1L, Long::sum);
        clusters.merge(p[1], 1L, Long::sum);
        entities.merge(e, 1L, Long::sum);
      }
    }
    double tp = both.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
    double predicted = clusters.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
    double actual = entities.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
    double p = predicted == 0 ? 1 : tp / predicted;
    double r = actual == 0 ? 1 : tp / actual;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Test
  @DisplayName("people's decisions override the model both ways, as in grid dedup")
  void decisions() throws IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
            + "A2,health,張 偉,110105********002X,+86 138 1234 5678,,,芳华小区3-2-401\n"
            + "B1,census,张伟,110105195003070018,13812345678,1950-03-07,男,芳华小区3栋2单元401\n"
            + "C1,school,王芳,,13900001111,2015年6月1日,女,锦绣新村5栋101\n";
    Path input = Files.writeString(dir.resolve("residents.csv"), csv);
    String decided = "record_id_a,record_id_b,decision\nA1,A2,different\nC1,B1,same\n";
    Path decisions = Files.writeString(dir.resolve("decisions.csv"), decided);
    RecordSet set =
        RecordSet.read(new StringReader(csv), "residents.csv", DedupConfig.residentCn());
    DedupResult batch =
        new Deduplicator()
            .run(set, Decisions.read(new StringReader(decided), "decisions.csv"), Progress.NONE);
    Path out = dir.resolve("clusters.csv");
    Run r =
        run(
            "--input", input.toString(),
            "--output", out.toString(),
            "--decisions", decisions.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(clusters(batch));
    assertThat(Files.readAllLines(out))
        .containsExactly("record_id,cluster_id", "A1,A1", "A2,A2", "B1,B1", "C1,B1");
  }

  @Test
  @DisplayName("bad input exits 2 with a clear message, personal data masked, nothing written")
  void badInput() throws IOException {
    Path out = dir.resolve("clusters.csv");
    Run missing = run("--input", dir.resolve("nope.csv").toString(), "--output", out.toString());
    assertThat(missing.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("no such file");

    Path header = Files.writeString(dir.resolve("header.csv"), "id,name\nA,张伟\n");
    Run wrongHeader = run("--input", header.toString(), "--output", out.toString());
    assertThat(wrongHeader.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(wrongHeader.err()).contains("expected the header record_id,source,name");

    String layout = "record_id,source,name,id_number,phone,birth_date,gender,address\n";
    Path repeated =
        Files.writeString(
            dir.resolve("repeated.csv"),
            layout
                + "11010519491231002X,police,张伟,,,,,\n"
                + "11010519491231002X,health,张伟,,,,,\n"
                + ",school,王芳,,,,,\n");
    Run ids = run("--input", repeated.toString(), "--output", out.toString());
    assertThat(ids.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(ids.err())
        .contains("the id is used 2 times")
        .contains("the record id is empty")
        .doesNotContain("11010519491231002X");

    Path ragged =
        Files.writeString(
            dir.resolve("ragged.csv"), layout + "A1,police,张伟,,,,,\nA2,health,张伟,,,\n");
    Run fields = run("--input", ragged.toString(), "--output", out.toString());
    assertThat(fields.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(fields.err()).contains("wrong number of fields");

    Path model = Files.writeString(dir.resolve("model.json"), "{\"profile\": \"febrl\"}");
    Path ok = Files.writeString(dir.resolve("ok.csv"), layout + "A1,police,张伟,,,,,\n");
    Run badModel =
        run("--input", ok.toString(), "--output", out.toString(), "--model", model.toString());
    assertThat(badModel.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(badModel.err()).contains("model.json").contains("profile");

    Run flags = run("--input", ok.toString(), "--partitions", "0");
    assertThat(flags.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(flags.err()).contains("--output");
    assertThat(out).doesNotExist();
  }
}
