package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.ROUTE_FILES;
import static org.gridgov.cli.GridCommandTest.grid;
import static org.gridgov.cli.GridCommandTest.over;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.internal.Spreadsheets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --excel} on the commands that write CSV for people, and a policy radius of 0. */
class ExcelOutputTest {

  @TempDir Path dir;

  private Path sample() {
    Path sample = dir.resolve("sample");
    Run s = grid("sample", "--out", sample.toString(), "--events", "200");
    assertThat(s.exit()).as(s.err()).isZero();
    return sample;
  }

  private String[] knock(Path sample, Path area, Path out, String... extra) {
    List<String> rest =
        new java.util.ArrayList<>(
            List.of("--area", area.toString(), "--out", out.toString(), "--date", "2026-03-01"));
    rest.addAll(List.of(extra));
    return over(
        "knock",
        sample,
        List.of("--grids", "--households", "--members"),
        rest.toArray(String[]::new));
  }

  @Test
  @DisplayName("knock --excel writes plan.csv with a UTF-8 byte-order mark; without it, none")
  void knockExcel() throws IOException {
    Path sample = sample();
    Path fire = dir.resolve("fire.geojson");
    Files.writeString(fire, GridCommandTest.FIRE_AREA, StandardCharsets.UTF_8);
    Run excel = grid(knock(sample, fire, dir.resolve("excel"), "--excel"));
    assertThat(excel.exit()).as(excel.err()).isZero();
    Run plain = grid(knock(sample, fire, dir.resolve("plain")));
    assertThat(plain.exit()).as(plain.err()).isZero();
    for (String name : List.of("plan.csv", "unreachable.csv")) {
      byte[] withBom = Files.readAllBytes(dir.resolve("excel").resolve(name));
      byte[] without = Files.readAllBytes(dir.resolve("plain").resolve(name));
      assertThat(withBom).startsWith(Spreadsheets.UTF8_BOM);
      assertThat(without[0]).isNotEqualTo(Spreadsheets.UTF8_BOM[0]);
      assertThat(java.util.Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(without);
    }
    assertThat(Files.readString(dir.resolve("plain/plan.csv")))
        .startsWith("member_id,household_id,seq,minutes_from_start\n");
  }

  @Test
  @DisplayName("validate --findings-csv writes the findings as CSV; with --excel, with a BOM")
  void findingsCsv() throws IOException {
    Path sample = sample();
    List<String> base =
        List.of(
            over(
                "validate",
                sample,
                List.of("--grids", "--households", "--members"),
                "--date",
                "2026-03-01"));
    List<String> plainArgs = new java.util.ArrayList<>(base);
    plainArgs.addAll(List.of("--findings-csv", dir.resolve("plain.csv").toString()));
    List<String> excelArgs = new java.util.ArrayList<>(base);
    excelArgs.addAll(List.of("--findings-csv", dir.resolve("excel.csv").toString(), "--excel"));
    Run plain = grid(plainArgs.toArray(String[]::new));
    Run excel = grid(excelArgs.toArray(String[]::new));
    assertThat(plain.exit()).as(plain.err()).isEqualTo(excel.exit()).isBetween(0, 1);
    String text = Files.readString(dir.resolve("plain.csv"));
    assertThat(text).startsWith(ValidateCommand.FINDINGS_HEADER + "\n");
    long findings = text.lines().count() - 1;
    long listed =
        plain.out().lines().filter(l -> !l.matches("[0-9]+ errors, .*|skipped .*")).count();
    assertThat(findings).as("one row per finding the text output lists").isEqualTo(listed);
    byte[] withBom = Files.readAllBytes(dir.resolve("excel.csv"));
    assertThat(withBom).startsWith(Spreadsheets.UTF8_BOM);
    assertThat(java.util.Arrays.copyOfRange(withBom, 3, withBom.length))
        .isEqualTo(Files.readAllBytes(dir.resolve("plain.csv")));
  }

  @Test
  @DisplayName(
      "a policy correlation radius of 0 (as docs/policy.md allows) routes: same place only")
  void zeroCorrelationRadius() throws IOException {
    Path sample = sample();
    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy,
        "{\"schemaVersion\":1,\"routing\":{\"correlation\":{\"radiusMetres\":0,\"windowMinutes\":45}}}",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("routed");
    Run run =
        grid(
            over(
                "route",
                sample,
                ROUTE_FILES,
                "--policy",
                policy.toString(),
                "--out",
                out.toString()));
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("assignments.csv"));
    List<String> unroutable = Files.readAllLines(out.resolve("unroutable.csv"));
    assertThat(rows.size() - 1 + unroutable.size() - 1).isEqualTo(200);
  }
}
