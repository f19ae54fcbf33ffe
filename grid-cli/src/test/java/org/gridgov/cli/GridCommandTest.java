package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.io.GridFiles;
import org.gridgov.samples.community.BundledSample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridCommandTest {

  @TempDir Path dir;

  /** The outcome of one run of the command line. */
  record Run(int exit, String out, String err) {}

  static Run grid(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GridCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** A fire's area, a circle of 150 m inside the urban sample: for knock and cap runs. */
  static final String FIRE_AREA =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
          + "\"properties\":{\"radius_m\":150},\"geometry\":{\"type\":\"Point\","
          + "\"coordinates\":[104.044,30.642]}}]}";

  /** The files a routing run reads from a community folder. */
  static final List<String> ROUTE_FILES =
      List.of("--grids", "--households", "--members", "--buildings", "--events");

  /**
   * The arguments of {@code command} reading each of {@code files} (flags such as {@code --grids}
   * or {@code --events}) from {@code folder} under its standard name, then {@code rest}: so that
   * tests name the files a command reads, not where each one lies.
   */
  static String[] over(String command, Path folder, List<String> files, String... rest) {
    List<String> args = new java.util.ArrayList<>();
    args.add(command);
    for (String flag : files) {
      String name =
          switch (flag) {
            case "--grids" -> GridFiles.GRIDS;
            case "--households" -> GridFiles.HOUSEHOLDS;
            case "--members" -> GridFiles.MEMBERS;
            case "--party" -> GridFiles.PARTY;
            case "--buildings" -> GridFiles.BUILDINGS;
            case "--events" -> "events.csv";
            default -> throw new IllegalArgumentException("no standard file for " + flag);
          };
      args.add(flag);
      args.add(folder.resolve(name).toString());
    }
    args.addAll(List.of(rest));
    return args.toArray(String[]::new);
  }

  @Test
  @DisplayName("demo prints the bundled samples' counts per level, households and members")
  void demoPrintsSummary() {
    Run run = grid("demo", "--date", "2026-03-01");
    assertThat(run.exit()).as(run.err()).isZero();
    var urban = BundledSample.URBAN.load();
    assertThat(run.out())
        .contains("Community " + urban.communities().get(0).code())
        .containsPattern("grids: 1 community, \\d+ general, \\d+ micro, \\d+ exclusive")
        .contains("households: " + urban.households().size())
        .contains("rural village");
  }

  @Test
  @DisplayName("demo --format json prints one parsable document per sample with the same counts")
  void demoJson() throws IOException {
    Run run = grid("demo", "--sample", "urban", "--format", "json", "--date", "2026-03-01");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    var urban = BundledSample.URBAN.load();
    assertThat(doc.at("/total/households").asInt()).isEqualTo(urban.households().size());
    assertThat(doc.at("/communities/0/grids/micro").asInt())
        .isEqualTo(urban.grids(org.gridgov.core.grid.GridLevel.MICRO).size());
    // snake_case like the CSV columns (docs/formats.md)
    assertThat(doc.at("/total/active_members").isInt()).isTrue();
    assertThat(doc.at("/communities/0/general_grids").isArray()).isTrue();
    assertThat(run.out()).doesNotContain("activeMembers").doesNotContain("generalGrids");
  }

  @Test
  @DisplayName("inspect loads files written by `grid sample` and prints their summary")
  void inspectSampleFiles() {
    Run sample = grid("sample", "--kind", "rural", "--out", dir.toString());
    assertThat(sample.exit()).as(sample.err()).isZero();
    Run run =
        grid(
            "inspect",
            "--grids",
            dir.resolve(GridFiles.GRIDS).toString(),
            "--households",
            dir.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--members",
            dir.resolve(GridFiles.MEMBERS).toString(),
            "--party",
            dir.resolve(GridFiles.PARTY).toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("households: " + BundledSample.RURAL.generate().households().size());
    // The title names every file read, not only grids and households.
    assertThat(run.out())
        .contains(
            "Files: "
                + dir.resolve(GridFiles.GRIDS)
                + ", "
                + dir.resolve(GridFiles.HOUSEHOLDS)
                + ", "
                + dir.resolve(GridFiles.MEMBERS)
                + ", "
                + dir.resolve(GridFiles.PARTY));
  }

  @Test
  @DisplayName("sample refuses to overwrite files unless --force is given")
  void sampleRefusesToOverwrite() {
    assertThat(grid("sample", "--out", dir.toString()).exit()).isZero();
    Run again = grid("sample", "--out", dir.toString());
    assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("--force");
    assertThat(grid("sample", "--out", dir.toString(), "--force").exit()).isZero();
  }

  @Test
  @DisplayName("a non-numeric size exits 2 naming the file, line and column")
  void badSize() throws IOException {
    Path grids = writeMinimalGrids();
    Path households =
        write(
            "households.csv",
            "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n"
                + "H1,510107011005001001,,,104.05,30.65,3,,\n"
                + "H2,510107011005001001,,,104.05,30.65,abc,,\n");
    Run run = grid("inspect", "--grids", grids.toString(), "--households", households.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(households + ":3").contains("size").contains("abc");
  }

  @Test
  @DisplayName("a point outside WGS 84 ranges exits 2 naming the file and line")
  void pointOutOfRange() throws IOException {
    Path grids = writeMinimalGrids();
    Path households =
        write(
            "households.csv",
            "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n"
                + "H1,510107011005001001,,,204.05,30.65,3,,\n");
    Run run = grid("inspect", "--grids", grids.toString(), "--households", households.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(households + ":2").contains("204.05");
  }

  @Test
  @DisplayName("a truncated GeoJSON file exits 2 naming the file and line")
  void truncatedGeoJson() throws IOException {
    String full = Files.readString(writeMinimalGrids());
    Path grids = write("truncated.geojson", full.substring(0, full.length() / 2));
    Path households =
        write(
            "households.csv",
            "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n");
    Run run = grid("inspect", "--grids", grids.toString(), "--households", households.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .containsPattern(java.util.regex.Pattern.quote(grids.toString()) + ":\\d+");
  }

  @Test
  @DisplayName("unknown parent, duplicate code and cycle are all reported at once with exit 2")
  void structuralProblems() throws IOException {
    Path grids =
        write(
            "grids.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + feature("510107011005", "community", null)
                + ",\n"
                + feature("510107011005001", "general", "510107011005")
                + ",\n"
                + feature("510107011005001", "general", "510107011005")
                + ",\n"
                + feature("510107011005002001", "micro", "510107011005002")
                + ",\n"
                + feature("510107011005E001", "exclusive", "510107011005E002")
                + ",\n"
                + feature("510107011005E002", "exclusive", "510107011005E001")
                + "\n"
                + "]}\n");
    Path households =
        write(
            "households.csv",
            "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n");
    Run run = grid("inspect", "--grids", grids.toString(), "--households", households.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("duplicate")
        .contains("510107011005002")
        .contains("cycle")
        .contains(grids + ":4");
  }

  @Test
  @DisplayName("a missing required option exits 2; --help exits 0 on every command")
  void usage() {
    assertThat(grid("inspect", "--grids", "x.geojson").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    for (String command :
        new String[] {
          "demo",
          "inspect",
          "validate",
          "plan",
          "overlay",
          "knock",
          "route",
          "simulate",
          "report",
          "qr",
          "dedup",
          "sample"
        }) {
      Run help = grid(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Usage: grid " + command);
    }
    assertThat(grid("--help").out()).contains("Exit codes");
  }

  @Test
  @DisplayName("help prints no picocli warning (a lone % in a description is one)")
  void helpWithoutWarnings() {
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(caught, true, java.nio.charset.StandardCharsets.UTF_8));
    Run help;
    try {
      // The main help formats every command's description, so it meets every lone %.
      help = grid("--help");
    } finally {
      System.setErr(before);
    }
    assertThat(help.out()).contains("experiment");
    assertThat(caught.toString(java.nio.charset.StandardCharsets.UTF_8) + help.err())
        .doesNotContain("WARN");
  }

  @Test
  @DisplayName("a file that does not exist exits 2 naming it")
  void missingFile() {
    Run run =
        grid(
            "inspect",
            "--grids",
            dir.resolve("nope.geojson").toString(),
            "--households",
            dir.resolve("nope.csv").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("nope.geojson");
  }

  @Test
  @DisplayName(
      "validate passes the bundled-quality sample (exit 0) and fails a faulty one (exit 1)")
  void validateCleanAndFaulty() throws IOException {
    Path clean = dir.resolve("clean");
    assertThat(grid("sample", "--out", clean.toString()).exit()).isZero();
    Run ok = grid(validateArgs(clean, "--date", "2026-03-01"));
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("0 errors");

    Path faulty = dir.resolve("faulty");
    assertThat(grid("sample", "--out", faulty.toString(), "--plant-staffing-faults").exit())
        .isZero();
    Run bad = grid(validateArgs(faulty, "--date", "2026-03-01", "--format", "json"));
    assertThat(bad.exit()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(bad.out());
    assertThat(doc.at("/summary/passed").asBoolean()).isFalse();
    assertThat(doc.get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("rule").asText()).isEqualTo("staffing.vacant");
              assertThat(f.get("severity").asText()).isEqualTo("error");
              assertThat(f.get("grid").asText()).hasSize(18);
              assertThat(f.get("message").asText()).isNotBlank();
            });
    Run zh = grid(validateArgs(faulty, "--date", "2026-03-01", "--lang", "zh"));
    assertThat(zh.out()).contains("人走格空").doesNotContain("has no active member");
  }

  @Test
  @DisplayName("validate --policy applies the policy, and a bad policy exits 2 naming the field")
  void validateWithPolicy() throws IOException {
    Path clean = dir.resolve("clean");
    assertThat(grid("sample", "--out", clean.toString()).exit()).isZero();
    Path strict =
        write(
            "strict.json",
            "{\"schemaVersion\":1,\"defaults\":{\"microMaxHouseholds\":50},"
                + "\"rules\":{\"size.mirco\":{\"enabled\":false}}}");
    Run run = grid(validateArgs(clean, "--date", "2026-03-01", "--policy", strict.toString()));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("size.micro").contains("the limit is 50");
    assertThat(run.err()).contains("size.mirco").contains("no installed rule");
    Path bad = write("bad.json", "{\"schemaVersion\":1,\"defaults\":{\"microMaxHouseholds\":-5}}");
    Run refused = grid(validateArgs(clean, "--policy", bad.toString()));
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("bad.json").contains("$.defaults.microMaxHouseholds");
  }

  @Test
  @DisplayName(
      "plan writes a proposal that loads, covers the general grid's households and validates")
  void plan() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString()).exit()).isZero();
    Path out = dir.resolve("plan");
    Run run = grid(planArgs(sample, out));
    assertThat(run.exit()).as(run.err()).isZero();
    var planned = GridFiles.loadDirectory(out);
    var original = BundledSample.URBAN.load();
    assertThat(planned.households())
        .hasSize(
            original
                .householdsWithin(org.gridgov.core.grid.GridCode.parse("510107011005005"))
                .size());
    assertThat(planned.unassignedHouseholds()).isEmpty();
    assertThat(run.out()).contains("micro grids");
    Run bad =
        grid(
            "plan",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            sample.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--grid",
            "510107011005005001",
            "--out",
            out.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("not a general grid");
  }

  @Test
  @DisplayName(
      "overlay writes mapping, cuts and uncovered CSVs; a bad layer exits 2 with its place")
  void overlay() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString()).exit()).isZero();
    // One police beat: the western half of the sample's bounding box.
    var box =
        BundledSample.URBAN
            .load()
            .communities()
            .get(0)
            .boundary()
            .orElseThrow()
            .getEnvelopeInternal();
    double mid = (box.getMinX() + box.getMaxX()) / 2;
    String ring =
        String.format(
            java.util.Locale.ROOT,
            "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
            box.getMinX(),
            box.getMinY(),
            mid,
            box.getMinY(),
            mid,
            box.getMaxY(),
            box.getMinX(),
            box.getMaxY(),
            box.getMinX(),
            box.getMinY());
    Path layer =
        write(
            "beats.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"id\":\"beat-1\",\"department\":\"police\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + ring
                + "]}}]}");
    Path out = dir.resolve("overlay");
    Run run =
        grid(
            "overlay",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--layer",
            layer.toString(),
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> mapping = Files.readAllLines(out.resolve("mapping.csv"));
    assertThat(mapping.get(0))
        .isEqualTo(
            "cell_id,department,grid_code,grid_level,intersection_m2,share_of_cell,share_of_grid");
    assertThat(mapping).hasSizeGreaterThan(10);
    assertThat(Files.readAllLines(out.resolve("cuts.csv")).get(0))
        .isEqualTo("department,grid_code,cells,largest_share,smallest_part_m2");
    assertThat(Files.readAllLines(out.resolve("uncovered.csv")))
        .first()
        .isEqualTo("department,kind,id,uncovered_m2,share");
    // The eastern half lies in no beat.
    assertThat(Files.readAllLines(out.resolve("uncovered.csv")))
        .anyMatch(l -> l.startsWith("police,grid,"));

    Path bad = write("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":");
    Run refused =
        grid(
            "overlay",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--layer",
            bad.toString(),
            "--out",
            out.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("bad.geojson:1");
  }

  @Test
  @DisplayName(
      "knock writes plan.csv with its header and names unreachable households; a bad area exits 2")
  void knock() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString()).exit()).isZero();
    Path fire = write("fire.geojson", FIRE_AREA);
    Path out = dir.resolve("knock");
    Run run = grid(knockArgs(sample, fire, out));
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> plan = Files.readAllLines(out.resolve("plan.csv"));
    assertThat(plan.get(0)).isEqualTo("member_id,household_id,seq,minutes_from_start");
    assertThat(run.out()).contains("households to visit");
    Path bad = write("bad-area.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Run refused = grid(knockArgs(sample, bad, out));
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("bad-area.geojson").contains("no feature");
  }

  @Test
  @DisplayName(
      "route writes assignments.csv, audit.jsonl and unroutable.csv; simulate and report follow")
  void routeSimulateReport() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "200").exit()).isZero();
    Path out = dir.resolve("routed");
    Run run = grid(routeArgs("route", sample, sample.resolve("events.csv"), out));
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("assignments.csv"));
    assertThat(rows.get(0))
        .isEqualTo("event_id,case_id,grid_code,assignee,departments,level,due_at");
    List<String> unroutable = Files.readAllLines(out.resolve("unroutable.csv"));
    assertThat(unroutable.get(0)).isEqualTo("event_id,reason");
    // every report is either routed or listed
    assertThat(rows.size() - 1 + unroutable.size() - 1).isEqualTo(200);
    assertThat(Files.readAllLines(out.resolve("audit.jsonl")).get(0))
        .startsWith("{\"type\":\"open\"");
    assertThat(run.out()).contains("reports routed into");

    Path sim = dir.resolve("sim");
    Run simulated = grid(routeArgs("simulate", sample, sample.resolve("events.csv"), sim));
    assertThat(simulated.exit()).as(simulated.err()).isZero();
    Path report = dir.resolve("report.csv");
    Run reported =
        grid(
            "report", "--audit", sim.resolve("audit.jsonl").toString(), "--out", report.toString());
    assertThat(reported.exit()).as(reported.err()).isZero();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines.get(0))
        .isEqualTo(
            "scope,id,cases,median_minutes_to_accept,median_minutes_to_close,share_escalated,share_overdue");
    assertThat(lines.get(1)).startsWith("all,all,");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("member,"))
        .anyMatch(l -> l.startsWith("department,"));
  }

  @Test
  @DisplayName(
      "a run whose output file is taken by a folder fails without saying it wrote, and writes"
          + " nothing")
  void outputTakenByFolderSaysNothingWritten() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "50").exit()).isZero();
    Path fire = write("fire.geojson", FIRE_AREA);
    // Each command's last output file is a folder: refused only when moved into place, the run
    // used to fail after it had printed "wrote".
    Path knock = dir.resolve("knock");
    Files.createDirectories(knock.resolve("unreachable.csv"));
    Path route = dir.resolve("route");
    Files.createDirectories(route.resolve("unroutable.csv"));
    Path simulate = dir.resolve("simulate");
    Files.createDirectories(simulate.resolve("unroutable.csv"));
    Path plan = dir.resolve("plan");
    Files.createDirectories(plan.resolve(GridFiles.GRIDS));
    List<String[]> runs =
        List.of(
            knockArgs(sample, fire, knock),
            routeArgs("route", sample, sample.resolve("events.csv"), route),
            routeArgs("simulate", sample, sample.resolve("events.csv"), simulate),
            planArgs(sample, plan));
    for (String[] args : runs) {
      Run run = grid(args);
      assertThat(run.exit()).as(args[0] + ": " + run.err()).isNotZero();
      assertThat(run.err()).as(args[0]).contains("is a directory");
      assertThat(run.out()).as(args[0]).doesNotContain("wrote").doesNotContain("stored");
    }
    for (Path out : List.of(knock, route, simulate, plan)) {
      try (java.util.stream.Stream<Path> left = Files.walk(out)) {
        assertThat(left.filter(Files::isRegularFile)).as(out.toString()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("a bad events file or audit log exits 2 naming the line; nothing is written")
  void routeBadInput() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "0").exit()).isZero();
    Path events =
        write(
            "events.csv",
            "event_id,reported_at,lon,lat,building_id,household_id,grid_code,category,severity,source,text\n"
                + "E1,2026-03-01T09:00:00+08:00,104.04,30.64,,,,safety.smoke,,device,\n");
    Path out = dir.resolve("routed");
    Run run = grid(routeArgs("route", sample, events, out));
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("events.csv:2").contains("safety.smoke");
    assertThat(out).doesNotExist();
    Path audit = write("audit.jsonl", "{\"type\":\"open\"}\n");
    Run report =
        grid("report", "--audit", audit.toString(), "--out", dir.resolve("r.csv").toString());
    assertThat(report.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(report.err()).contains("audit.jsonl:1").contains("case_id");
  }

  private static final String RESIDENTS =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n"
          + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
          + "A2,health,張 偉,110105********002X,+86 138 1234 5678,,,芳华小区3-2-401\n"
          + "B1,census,张伟,110105195003070018,13812345678,1950-03-07,男,芳华小区3栋2单元401\n"
          + "C1,school,王芳,,13900001111,2015年6月1日,女,锦绣新村5栋101\n";

  @Test
  @DisplayName("dedup writes record_id,cluster_id for every record, golden records and the model")
  void dedup() throws IOException {
    Path input = write("residents.csv", RESIDENTS);
    Path truth = write("truth.csv", "record_id,person_id\nA1,P1\nA2,P1\nB1,P2\nC1,P3\n");
    Path out = dir.resolve("out/clusters.csv");
    Path golden = dir.resolve("out/golden.csv");
    Path weights = dir.resolve("model.json");
    Run run =
        grid(
            "dedup",
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--golden",
            golden.toString(),
            "--truth",
            truth.toString(),
            "--weights",
            weights.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out))
        .containsExactly("record_id,cluster_id", "A1,A1", "A2,A1", "B1,B1", "C1,C1");
    assertThat(Files.readAllLines(golden).get(1))
        .startsWith("A1,2,张伟,police,A1,110105********002X");
    assertThat(run.out()).contains("4 records in 3 clusters").contains("F1 1.0000");
    assertThat(Files.readString(weights)).contains("\"lambda\"");
  }

  @Test
  @DisplayName(
      "dedup: a bad row exits 2 with line and column and writes nothing; a bad profile too")
  void dedupBadInput() throws IOException {
    Path input = write("bad.csv", RESIDENTS + "A1,x,y,,,,,\nZ9,x\n");
    Path out = dir.resolve("clusters.csv");
    Run run = grid("dedup", "--input", input.toString(), "--output", out.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("bad.csv:6:1")
        .contains("repeats the record id")
        .contains("bad.csv:7");
    assertThat(out).doesNotExist();
    Run profile =
        grid("dedup", "--input", input.toString(), "--output", out.toString(), "--profile", "x");
    assertThat(profile.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(profile.err()).contains("resident-cn|febrl");
  }

  private static String[] routeArgs(String command, Path d, Path events, Path out) {
    return new String[] {
      command,
      "--grids",
      d.resolve(GridFiles.GRIDS).toString(),
      "--households",
      d.resolve(GridFiles.HOUSEHOLDS).toString(),
      "--members",
      d.resolve(GridFiles.MEMBERS).toString(),
      "--buildings",
      d.resolve(GridFiles.BUILDINGS).toString(),
      "--events",
      events.toString(),
      "--out",
      out.toString()
    };
  }

  /** {@code plan} of the sample's general grid 510107011005005 into {@code out}. */
  private static String[] planArgs(Path d, Path out) {
    return over(
        "plan",
        d,
        List.of("--grids", "--households", "--buildings"),
        "--grid",
        "510107011005005",
        "--out",
        out.toString());
  }

  private static String[] knockArgs(Path d, Path area, Path out) {
    return new String[] {
      "knock",
      "--grids",
      d.resolve(GridFiles.GRIDS).toString(),
      "--households",
      d.resolve(GridFiles.HOUSEHOLDS).toString(),
      "--members",
      d.resolve(GridFiles.MEMBERS).toString(),
      "--buildings",
      d.resolve(GridFiles.BUILDINGS).toString(),
      "--area",
      area.toString(),
      "--out",
      out.toString(),
      "--date",
      "2026-03-01"
    };
  }

  private static String[] validateArgs(Path d, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
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
                d.resolve(GridFiles.BUILDINGS).toString()));
    args.addAll(java.util.List.of(more));
    return args.toArray(new String[0]);
  }

  private static String feature(String code, String level, String parent) {
    String extra = level.equals("exclusive") ? ",\"exclusiveKind\":\"market\"" : "";
    return "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"code\":\""
        + code
        + "\",\"name\":\"g"
        + code
        + "\",\"level\":\""
        + level
        + "\",\"parent\":"
        + (parent == null ? "null" : "\"" + parent + "\"")
        + ",\"settlement\":\"urban\""
        + extra
        + "}}";
  }

  private Path writeMinimalGrids() throws IOException {
    return write(
        "grids.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + feature("510107011005", "community", null)
            + ",\n"
            + feature("510107011005001", "general", "510107011005")
            + ",\n"
            + feature("510107011005001001", "micro", "510107011005001")
            + "\n"
            + "]}\n");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
