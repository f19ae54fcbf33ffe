package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid validate} with the governance records, and {@code grid sample} writing them. */
class GovernanceCommandTest {

  @TempDir Path dir;

  private List<String> validate(Path d, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "validate",
            "--grids",
            d.resolve(GridFiles.GRIDS).toString(),
            "--households",
            d.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--members",
            d.resolve(GridFiles.MEMBERS).toString(),
            "--party",
            d.resolve(GridFiles.PARTY).toString(),
            "--buildings",
            d.resolve(GridFiles.BUILDINGS).toString(),
            "--date",
            "2026-03-01"));
    args.addAll(List.of(extra));
    return args;
  }

  private List<String> withRecords(Path d, String... extra) {
    List<String> args =
        validate(
            d,
            "--patrols",
            d.resolve(GridFiles.PATROLS).toString(),
            "--tracks",
            d.resolve(GridFiles.TRACKS).toString(),
            "--catalogue",
            d.resolve(GridFiles.CATALOGUE).toString(),
            "--tasks",
            d.resolve(GridFiles.TASKS).toString(),
            "--appointments",
            d.resolve(GridFiles.APPOINTMENTS).toString());
    args.addAll(List.of(extra));
    return args;
  }

  @Test
  @DisplayName(
      "the sample's governance records validate clean; with faults planted, each rule fires")
  void sampleRecords() throws IOException {
    Path clean = dir.resolve("clean");
    Run s = grid("sample", "--kind", "urban", "--out", clean.toString());
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out()).contains("patrols").contains("appointments");
    JsonNode ok =
        new ObjectMapper()
            .readTree(grid(withRecords(clean, "--format", "json").toArray(String[]::new)).out());
    for (String rule :
        List.of(
            "patrol.gap",
            "patrol.households",
            "patrol.track",
            "duty.unlisted",
            "duty.overload",
            "party.cross_appointment")) {
      assertThat(ok.at("/summary/rules/" + rule).isMissingNode()).as(rule).isTrue();
    }
    assertThat(ok.at("/summary/skipped").size()).isZero();

    Path faulty = dir.resolve("faulty");
    Run f =
        grid("sample", "--kind", "rural", "--out", faulty.toString(), "--plant-governance-faults");
    assertThat(f.exit()).as(f.err()).isZero();
    JsonNode bad =
        new ObjectMapper()
            .readTree(grid(withRecords(faulty, "--format", "json").toArray(String[]::new)).out());
    assertThat(bad.at("/summary/rules/patrol.gap").asInt()).isEqualTo(1);
    assertThat(bad.at("/summary/rules/patrol.track").asInt()).isEqualTo(1);
    assertThat(bad.at("/summary/rules/duty.unlisted").asInt()).isEqualTo(3);
    assertThat(bad.at("/summary/rules/duty.overload").asInt()).isEqualTo(1);
    assertThat(bad.at("/summary/rules/party.cross_appointment").asInt()).isEqualTo(2);
    assertThat(bad.at("/summary/rules/patrol.households").asInt()).isPositive();
  }

  @Test
  @DisplayName("without the records, their rules are skipped and the summary names what is missing")
  void skippedInSummary() {
    Path d = dir.resolve("s");
    assertThat(grid("sample", "--kind", "rural", "--out", d.toString()).exit()).isZero();
    Run run =
        grid(
            validate(d, "--patrols", d.resolve(GridFiles.PATROLS).toString())
                .toArray(String[]::new));
    assertThat(run.out())
        .contains("skipped 4 rules whose input was not given")
        .contains("patrol.track (--tracks)")
        .contains("duty.overload (--catalogue --tasks)")
        .contains("party.cross_appointment (--appointments)")
        .doesNotContain("patrol.gap (");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("bad rows in each governance file exit 2 naming the file, line and column")
  void badRows() throws IOException {
    Path d = dir.resolve("b");
    assertThat(grid("sample", "--kind", "rural", "--out", d.toString()).exit()).isZero();
    Path patrols =
        write(
            "p.csv",
            "patrol_id,member_id,grid_code,started_at,ended_at,households_visited\n"
                + "P1,M1,510121104203001001,2026-02-02T10:00:00+08:00,2026-02-02T11:00:00+08:00,\n"
                + "P2,M1,510121104203001001,yesterday,2026-02-02T11:00:00+08:00,H1\n");
    Path tasks =
        write(
            "t.csv",
            "task_id,department,kind,grid_code,member_id,assigned_at,due_at\n"
                + "T1,civil_affairs,elderly_check,510121104203001001,,2026-02-02T10:00:00+08:00,"
                + "2026-02-01T10:00:00+08:00\n");
    Path appointments =
        write("a.csv", "person_id,name,body_kind,body_id,role\n" + "A1,张三,party_committee,C1,\n");
    Path catalogue =
        write(
            "c.json",
            "{\"schemaVersion\": 1,\n \"departments\": {\"health\": {\"x\": {\"minutes\": \"ten\","
                + " \"admitted\": true}}}}\n");
    Path tracks =
        write(
            "tr.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"patrol_id\":\"P1\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[104.4,30.8]]}}]}\n");
    Run run =
        grid(
            validate(
                    d,
                    "--patrols",
                    patrols.toString(),
                    "--tasks",
                    tasks.toString(),
                    "--appointments",
                    appointments.toString(),
                    "--catalogue",
                    catalogue.toString(),
                    "--tracks",
                    tracks.toString())
                .toArray(String[]::new));
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(patrols + ":3:4: patrol P2: column \"started_at\"")
        .contains(tasks + ":2:7: task T1: column \"due_at\": is before assigned_at")
        .contains(appointments + ":2:5: person A1: column \"role\": is empty")
        .contains(catalogue + ":2:")
        .contains("$.departments.health.x.minutes: \"ten\" is not a number")
        .contains(tracks + ":2:1: feature 0 (patrol P1):")
        .contains("a LineString needs at least 2");
  }

  @Test
  @DisplayName("report writes patrol coverage per grid and member and tasks per department")
  void reports() throws IOException {
    Path d = dir.resolve("r");
    assertThat(
            grid("sample", "--kind", "rural", "--out", d.toString(), "--plant-governance-faults")
                .exit())
        .isZero();
    Path patrolOut = dir.resolve("patrols-report.csv");
    Path dutyOut = dir.resolve("duty-report.csv");
    Run run =
        grid(
            "report",
            "--patrols",
            d.resolve(GridFiles.PATROLS).toString(),
            "--patrol-out",
            patrolOut.toString(),
            "--tasks",
            d.resolve(GridFiles.TASKS).toString(),
            "--catalogue",
            d.resolve(GridFiles.CATALOGUE).toString(),
            "--duty-out",
            dutyOut.toString(),
            "--date",
            "2026-03-01");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> patrolRows = Files.readAllLines(patrolOut);
    assertThat(patrolRows.get(0))
        .isEqualTo("scope,id,patrols,hours,households_visited,last_patrol,days_since_last_patrol");
    assertThat(patrolRows)
        .anyMatch(r -> r.startsWith("grid,"))
        .anyMatch(r -> r.startsWith("member,"));
    // The planted gap: one grid last patrolled 13 days before.
    assertThat(patrolRows).anyMatch(r -> r.startsWith("grid,") && r.endsWith(",13"));
    List<String> dutyRows = Files.readAllLines(dutyOut);
    assertThat(dutyRows.get(0))
        .isEqualTo(
            "department,tasks,tasks_outside_catalogue,share_outside_catalogue,catalogue_minutes");
    assertThat(dutyRows)
        .contains("housing,1,1,1.000,0")
        .anyMatch(r -> r.startsWith("statistics,1,1,1.000,"));
    assertThat(dutyRows).anyMatch(r -> r.startsWith("civil_affairs,") && r.contains(",0,0.000,"));
    Path withTree = dir.resolve("coverage-all.csv");
    Run all =
        grid(
            "report",
            "--patrols",
            d.resolve(GridFiles.PATROLS).toString(),
            "--patrol-out",
            withTree.toString(),
            "--grids",
            d.resolve(GridFiles.GRIDS).toString(),
            "--members",
            d.resolve(GridFiles.MEMBERS).toString(),
            "--date",
            "2026-03-01");
    assertThat(all.exit()).as(all.err()).isZero();
    // Members who patrolled nowhere (the community chief, say) now have a row with no patrol.
    assertThat(Files.readAllLines(withTree))
        .hasSizeGreaterThan(patrolRows.size())
        .anyMatch(r -> r.startsWith("member,") && r.endsWith(",0,0.0,0,,"));
    Run missing = grid("report", "--patrols", d.resolve(GridFiles.PATROLS).toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("--patrols and --patrol-out go together");
  }

  @Test
  @DisplayName(
      "report: a run whose later input is bad leaves none of its outputs, nor a temporary file, and does not say it wrote them")
  void failedReportWritesNothing() throws IOException {
    Path d = dir.resolve("r");
    assertThat(grid("sample", "--kind", "rural", "--out", d.toString()).exit()).isZero();
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path audit = dir.resolve("audit.jsonl");
    Files.writeString(audit, "{not json\n", StandardCharsets.UTF_8);
    Run run =
        grid(
            "report",
            "--patrols",
            d.resolve(GridFiles.PATROLS).toString(),
            "--patrol-out",
            out.resolve("patrols.csv").toString(),
            "--tasks",
            d.resolve(GridFiles.TASKS).toString(),
            "--catalogue",
            d.resolve(GridFiles.CATALOGUE).toString(),
            "--duty-out",
            out.resolve("duty.csv").toString(),
            "--audit",
            audit.toString(),
            "--out",
            out.resolve("report.csv").toString(),
            "--date",
            "2026-03-01");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    try (java.util.stream.Stream<Path> left = Files.list(out)) {
      assertThat(left).isEmpty();
    }
    // Nor does it say it wrote them.
    assertThat(run.out()).doesNotContain("wrote");
  }

  @Test
  @DisplayName("report: --patrol-out naming the patrols input is refused before any work")
  void patrolOutIsAnOutput() throws IOException {
    Path d = dir.resolve("r");
    assertThat(grid("sample", "--kind", "rural", "--out", d.toString()).exit()).isZero();
    String before = Files.readString(d.resolve(GridFiles.PATROLS));
    Run run =
        grid(
            "report",
            "--patrols",
            d.resolve(GridFiles.PATROLS).toString(),
            "--patrol-out",
            d.resolve(GridFiles.PATROLS).toString(),
            "--date",
            "2026-03-01");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--patrol-out").contains("names the input --patrols");
    assertThat(Files.readString(d.resolve(GridFiles.PATROLS))).isEqualTo(before);
  }
}
