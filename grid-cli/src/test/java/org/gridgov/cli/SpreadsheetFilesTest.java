package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gridgov.cli.GridCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as spreadsheets write them: CSV in GB18030 (GBK), {@code .xlsx} ledgers, and the CSV we
 * write for Excel and WPS ({@code --excel}).
 */
class SpreadsheetFilesTest {

  @TempDir Path dir;

  private static final List<String> FILES =
      List.of(
          "grids.geojson",
          "ledger.xlsx",
          "bad-ledger.xlsx",
          "households-gb18030.csv",
          "members-gbk.csv",
          "members-broken.csv");

  @BeforeEach
  void copyResources() throws IOException {
    for (String name : FILES) {
      try (InputStream in =
          Objects.requireNonNull(getClass().getResourceAsStream("xlsx/" + name), name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    // The same community as UTF-8 CSV, the reference the other forms must match.
    Path example = Path.of("../grid-core/src/test/resources/org/gridgov/core/io/example");
    for (String name : List.of("households.csv", "members.csv", "party.csv")) {
      Files.copy(example.resolve(name), dir.resolve(name));
    }
  }

  private Run inspect(String households, String members, String party, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "inspect",
                "--grids",
                dir.resolve("grids.geojson").toString(),
                "--households",
                dir.resolve(households).toString(),
                "--members",
                dir.resolve(members).toString(),
                "--party",
                dir.resolve(party).toString(),
                "--date",
                "2026-03-01",
                "--format",
                "json"));
    args.addAll(List.of(extra));
    return grid(args.toArray(String[]::new));
  }

  /** The summary without its title line, which names the files. */
  private static String body(Run run) {
    return run.out().replaceAll("\"title\"\\s*:\\s*\"[^\"]*\"", "");
  }

  @Test
  @DisplayName("an .xlsx ledger with households, members and party sheets loads like the CSV files")
  void ledgerLoadsLikeCsv() {
    Run csv = inspect("households.csv", "members.csv", "party.csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    Run xlsx = inspect("ledger.xlsx", "ledger.xlsx", "ledger.xlsx");
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    assertThat(body(xlsx)).isEqualTo(body(csv));
  }

  @Test
  @DisplayName("every bad cell of an .xlsx ledger is reported at its sheet, row and column")
  void badCellsPlaced() {
    Run run = inspect("bad-ledger.xlsx", "bad-ledger.xlsx", "ledger.xlsx");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    String bad = dir.resolve("bad-ledger.xlsx").toString();
    assertThat(run.err())
        .contains(bad + ", sheet households, row 4, column G (size): ")
        .contains("\"many\"")
        .contains(bad + ", sheet households, row 6, column B (grid_code): ")
        .contains(bad + ", sheet members, row 3, column F (birth_year): ")
        .doesNotContain(bad + ", sheet households:");
  }

  @Test
  @DisplayName("a workbook without the sheet asked for is refused, naming its sheets")
  void missingSheet() throws IOException {
    Run run = inspect("ledger.xlsx", "ledger.xlsx", "ledger.xlsx");
    assertThat(run.exit()).isZero();
    Path notWorkbook = dir.resolve("households.xlsx");
    Files.writeString(notWorkbook, "household_id\n", StandardCharsets.UTF_8);
    Run refused = inspect("households.xlsx", "members.csv", "party.csv");
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains(notWorkbook + ": cannot be read as an .xlsx workbook");
  }

  @Test
  @DisplayName("GB18030 and GBK CSV files, written by another tool, are read and the encoding said")
  void gb18030Detected() throws IOException {
    Run utf8 = inspect("households.csv", "members.csv", "party.csv");
    Run gb = inspect("households-gb18030.csv", "members-gbk.csv", "party.csv");
    assertThat(gb.exit()).as(gb.err()).isZero();
    assertThat(body(gb)).isEqualTo(body(utf8));
    assertThat(gb.err())
        .contains(dir.resolve("households-gb18030.csv") + ": read as GB18030 (it is not UTF-8)")
        .contains(dir.resolve("members-gbk.csv") + ": read as GB18030");
    assertThat(utf8.err()).doesNotContain("GB18030");
    Files.write(
        dir.resolve("party-gb.csv"),
        Files.readString(dir.resolve("party.csv"))
            .getBytes(java.nio.charset.Charset.forName("GB18030")));
    Run given =
        inspect("households-gb18030.csv", "members-gbk.csv", "party-gb.csv", "--encoding", "gbk");
    assertThat(given.exit()).as(given.err()).isZero();
    assertThat(body(given)).isEqualTo(body(utf8));
    Run forcedUtf8 =
        inspect("households-gb18030.csv", "members.csv", "party.csv", "--encoding", "utf-8");
    assertThat(forcedUtf8.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(forcedUtf8.err()).contains("households-gb18030.csv:2:").contains("not UTF-8");
    Run forcedGb = inspect("households.csv", "members.csv", "party.csv", "--encoding", "gb18030");
    assertThat(forcedGb.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(forcedGb.err())
        .contains("party.csv:3:21: the file is not GB18030 text from here on");
  }

  @Test
  @DisplayName("bytes that are neither UTF-8 nor GB18030 keep the exact line and column")
  void neitherEncoding() {
    Run run = inspect("households.csv", "members-broken.csv", "party.csv");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    // Line 4 is "M02,李强,...,true," and the bad byte follows its 67 characters.
    assertThat(run.err())
        .contains("members-broken.csv:4:68: the file is not UTF-8 text from here on");
  }

  @Test
  @DisplayName("--encoding takes only the encodings it knows")
  void badEncodingOption() {
    Run run = inspect("households.csv", "members.csv", "party.csv", "--encoding", "latin1");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("expected auto, utf-8 or gb18030");
  }
}
