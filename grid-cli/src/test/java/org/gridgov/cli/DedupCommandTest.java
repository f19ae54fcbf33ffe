package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid dedup}: ground truth for part of the records, review, decisions, explanations. */
class DedupCommandTest {

  @TempDir Path dir;

  private static final String RESIDENTS =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n"
          + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
          + "A2,health,張 偉,110105********002X,+86 138 1234 5678,,,芳华小区3-2-401\n"
          + "B1,census,张伟,110105195003070018,13812345678,1950-03-07,男,芳华小区3栋2单元401\n"
          + "C1,school,王芳,,13900001111,2015年6月1日,女,锦绣新村5栋101\n";

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("a truth file naming part of the records warns and scores only those records")
  void partialTruth() throws IOException {
    Path input = write("residents.csv", RESIDENTS);
    Path truth = write("truth.csv", "record_id,person_id\nA1,P1\nA2,P1\nZ9,P9\n");
    Path out = dir.resolve("clusters.csv");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--truth",
            truth.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("warning")
        .contains("names 2 of the 4 input records")
        .contains("1 of its record ids are not in the input");
    assertThat(run.out()).contains("F1 1.0000").contains("pairs completeness per blocking key");
  }

  @Test
  @DisplayName(
      "--decisions overrides the model both ways and survives a rerun; --explain and --review")
  void reviewDecisionsExplain() throws IOException {
    Path input = write("residents.csv", RESIDENTS);
    Path out = dir.resolve("clusters.csv");
    // The model merges A1 and A2 and keeps C1 apart; a person says otherwise, both ways.
    Path decisions =
        write("decisions.csv", "record_id_a,record_id_b,decision\nA1,A2,different\nC1,B1,same\n");
    Path review = dir.resolve("review.csv");
    String[] args = {
      "dedup",
      "--input",
      input.toString(),
      "--output",
      out.toString(),
      "--decisions",
      decisions.toString(),
      "--review",
      review.toString(),
      "--explain",
      "A1,A2"
    };
    GridCommandTest.Run run = GridCommandTest.grid(args);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out))
        .containsExactly("record_id,cluster_id", "A1,A1", "A2,A2", "B1,B1", "C1,B1");
    assertThat(run.out())
        .contains("A1 and A2")
        .contains("id_number")
        .contains("shared blocking keys")
        .contains("decided different residents by a person")
        .doesNotContain("11010519491231002X");
    assertThat(Files.readAllLines(review).get(0))
        .startsWith("record_id_a,record_id_b,match_probability,model,source_a,source_b,name_a");
    GridCommandTest.Run again = GridCommandTest.grid(args);
    assertThat(again.exit()).isZero();
    assertThat(Files.readAllLines(out))
        .containsExactly("record_id,cluster_id", "A1,A1", "A2,A2", "B1,B1", "C1,B1");
  }

  @Test
  @DisplayName("a bad decisions file or --explain of an unknown record exits 2, writing nothing")
  void badReviewInput() throws IOException {
    Path input = write("residents.csv", RESIDENTS);
    Path out = dir.resolve("clusters.csv");
    Path decisions = write("decisions.csv", "record_id_a,record_id_b,decision\nA1,A2,maybe\n");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--decisions",
            decisions.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("decisions.csv:2").contains("maybe");
    assertThat(out).doesNotExist();
    GridCommandTest.Run explain =
        GridCommandTest.grid(
            "dedup", "--input", input.toString(), "--output", out.toString(), "--explain", "A1,Q");
    assertThat(explain.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(explain.err()).contains("no record Q");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("golden.csv masks identity and phone numbers unless --reveal; raw values kept")
  void goldenReveal() throws IOException {
    Path input = write("residents.csv", RESIDENTS);
    Path out = dir.resolve("clusters.csv");
    Path golden = dir.resolve("golden.csv");
    String[] base = {
      "dedup",
      "--input",
      input.toString(),
      "--output",
      out.toString(),
      "--golden",
      golden.toString()
    };
    assertThat(GridCommandTest.grid(base).exit()).isZero();
    String masked = Files.readString(golden);
    assertThat(masked)
        .contains("110105********002X")
        .doesNotContain("11010519491231002X")
        .doesNotContain("13812345678")
        .contains("gender_raw")
        .contains("芳华小区3栋2单元401");
    String[] revealing = java.util.Arrays.copyOf(base, base.length + 1);
    revealing[base.length] = "--reveal";
    assertThat(GridCommandTest.grid(revealing).exit()).isZero();
    assertThat(Files.readString(golden)).contains("11010519491231002X").contains("+8613812345678");
  }

  @Test
  @DisplayName("GB18030 input: told from the bytes and said on stderr, or given with --encoding")
  void gb18030Input() throws IOException {
    Path utf8 = write("residents.csv", RESIDENTS);
    Path gb = dir.resolve("residents-gb.csv");
    // The JDK's encoder, as another tool would write the file, not ours.
    Files.write(gb, RESIDENTS.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Path expected = dir.resolve("expected.csv");
    Path out = dir.resolve("clusters.csv");
    GridCommandTest.Run base =
        GridCommandTest.grid("dedup", "--input", utf8.toString(), "--output", expected.toString());
    assertThat(base.exit()).as(base.err()).isZero();
    assertThat(base.err()).doesNotContain("GB18030");
    GridCommandTest.Run auto =
        GridCommandTest.grid("dedup", "--input", gb.toString(), "--output", out.toString());
    assertThat(auto.exit()).as(auto.err()).isZero();
    assertThat(auto.err()).contains(gb + ": read as GB18030 (it is not UTF-8)");
    assertThat(Files.readString(out)).isEqualTo(Files.readString(expected));
    GridCommandTest.Run given =
        GridCommandTest.grid(
            "dedup", "--input", gb.toString(), "--output", out.toString(), "--encoding", "gbk");
    assertThat(given.exit()).as(given.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(expected));
    Files.delete(out);
    GridCommandTest.Run forced =
        GridCommandTest.grid(
            "dedup", "--input", gb.toString(), "--output", out.toString(), "--encoding", "utf-8");
    assertThat(forced.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    // Line 2 is "A1,police," and then the first Han character's bytes.
    assertThat(forced.err()).contains("residents-gb.csv:2:11").contains("not UTF-8");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName(
      "--weights then --model on the same input gives identical clusters; a wrong model exits 2")
  void fixedModel() throws IOException {
    org.gridgov.samples.residents.Dataset d =
        org.gridgov.samples.residents.SyntheticResidents.generate(1500, 17);
    Path input = dir.resolve("residents.csv");
    try (java.io.Writer w = Files.newBufferedWriter(input)) {
      d.writeCsv(w);
    }
    Path estimated = dir.resolve("estimated.csv");
    Path weights = dir.resolve("model.json");
    GridCommandTest.Run first =
        GridCommandTest.grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            estimated.toString(),
            "--weights",
            weights.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path fixed = dir.resolve("fixed.csv");
    GridCommandTest.Run second =
        GridCommandTest.grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            fixed.toString(),
            "--model",
            weights.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(Files.readAllLines(fixed)).isEqualTo(Files.readAllLines(estimated));
    Path febrl = dir.resolve("febrl.csv");
    GridCommandTest.Run wrong =
        GridCommandTest.grid(
            "dedup",
            "--profile",
            "febrl",
            "--input",
            input.toString(),
            "--output",
            febrl.toString(),
            "--model",
            weights.toString());
    assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wrong.err()).contains("model.json").contains("profile");
    assertThat(febrl).doesNotExist();
  }
}
