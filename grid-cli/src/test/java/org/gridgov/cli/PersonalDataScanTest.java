package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.cli.GridCommandTest.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.io.EventCsv;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.RecordSet;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.rules.policy.GridPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the command line prints — the demo, the README's commands on a sample community, and
 * every error path reachable with bad files that carry real-looking identity and mobile numbers —
 * holds no whole identity number (18 characters with a right check character, or a valid 15-digit
 * first-generation number that is not also a grid code) and no whole mobile number ({@code 1[3-9]}
 * and 9 digits). The same holds for the messages of the library's readers.
 */
class PersonalDataScanTest {

  /** Planted in bad files: valid identity numbers, a first-generation one, mobile numbers. */
  private static final String ID = withCheck("51010719850315123");

  private static final String ID_X = withCheck("11010519491231002");
  private static final String LEGACY = "510107650315123";
  private static final String MOBILE = "13918196001";
  private static final String MOBILE_2 = "15800001234";

  private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9]{15,17}[0-9Xx]?");
  private static final Pattern MOBILE_RUN = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  @TempDir Path dir;
  Path s;
  String store;
  final List<String> printed = new ArrayList<>();

  private static String withCheck(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  @BeforeEach
  void sample() {
    s = dir.resolve("s");
    store = "jdbc:h2:file:" + dir.resolve("home/store/grid").toAbsolutePath();
    run(0, "sample", "--out", s.toString());
  }

  /** Runs the command line, keeps what it printed for the scan and checks the exit code. */
  private Run run(int exit, String... args) {
    Run r = grid(args);
    printed.add(r.out() + "\n" + r.err());
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(exit);
    return r;
  }

  private List<String> community(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    for (String[] f :
        new String[][] {
          {"--grids", GridFiles.GRIDS},
          {"--households", GridFiles.HOUSEHOLDS},
          {"--members", GridFiles.MEMBERS},
          {"--party", GridFiles.PARTY}
        }) {
      args.add(f[0]);
      args.add(s.resolve(f[1]).toString());
    }
    args.addAll(List.of(more));
    return args;
  }

  private Run run(int exit, List<String> args) {
    return run(exit, args.toArray(String[]::new));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Every whole identity or mobile number in {@code text}. */
  static List<String> wholeNumbers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      if (run.length() == 18 || run.length() == 15) {
        var id = ResidentIdNumber.tryParse(run);
        boolean grid = run.length() == 15 && GridCode.tryParse(run).isPresent();
        if (id.isPresent() && id.get().form() != IdNumberForm.MASKED && !grid) {
          found.add(run);
        }
      }
    }
    Matcher p = MOBILE_RUN.matcher(text);
    while (p.find()) {
      found.add(p.group());
    }
    return found;
  }

  private void assertNothingWhole() {
    // The build names temporary folders with letters only (LetterTempDirs), but JUnit's own
    // names, used when the test runs without that configuration, hold a random number that can
    // read as a valid identity number; the test's own path, echoed back, is not personal data.
    String all = String.join("\n", printed).replace(dir.toString(), "<dir>");
    assertThat(wholeNumbers(all)).as("whole numbers printed").isEmpty();
    assertThat(all).doesNotContain(ID, ID_X, LEGACY, MOBILE, MOBILE_2);
  }

  @Test
  @DisplayName("the demo, in a store of its own, prints no whole identity or mobile number")
  void demo() {
    run(0, "demo", "--store", store, "--date", "2026-03-01", "--reports", "50");
    run(0, "demo", "--store", store, "--date", "2026-03-01", "--reports", "50", "--no-tour");
    assertNothingWhole();
  }

  @Test
  @DisplayName("the README's commands on a sample community print no whole number")
  void examples() throws IOException {
    run(0, community("inspect"));
    run(0, community("inspect", "--format", "json"));
    run(0, community("validate"));
    run(0, community("validate", "--lang", "zh", "--format", "json"));
    run(0, community("plan", "--grid", "510107011005005", "--out", dir.resolve("plan") + ""));
    run(0, community("route", "--events", s.resolve("events.csv") + "", "--out", dir + "/r"));
    run(0, community("simulate", "--events", s.resolve("events.csv") + "", "--out", dir + "/sim"));
    run(0, "report", "--audit", dir + "/sim/audit.jsonl", "--out", dir + "/report.csv");
    run(0, "open311", "services", "--out", dir + "/services.json");
    run(
        0,
        "open311",
        "requests",
        "--audit",
        dir + "/r/audit.jsonl",
        "--events",
        s.resolve("events.csv") + "",
        "--out",
        dir + "/requests.json");
    run(
        0,
        "load",
        "--store",
        store,
        "--grids",
        s.resolve("grids.geojson") + "",
        "--households",
        s.resolve("households.csv") + "",
        "--members",
        s.resolve("members.csv") + "",
        "--party",
        s.resolve("party.csv") + "");
    run(0, "cases", "--store", store);
    run(0, "plugins");
    Path residents = residents();
    run(
        0,
        "dedup",
        "--input",
        residents + "",
        "--output",
        dir + "/clusters.csv",
        "--golden",
        dir + "/golden.csv",
        "--review",
        dir + "/review.csv",
        "--explain",
        "A1,A2");
    run(
        0,
        "dedup",
        "--input",
        residents + "",
        "--output",
        dir + "/c2.csv",
        "--explain",
        ID + "," + "A1");
    assertNothingWhole();
  }

  private Path residents() throws IOException {
    return write(
        "residents.csv",
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A1,police,张伟,"
            + ID_X
            + ","
            + MOBILE
            + ",1949-12-31,女,芳华小区3栋2单元401\n"
            + "A2,health,張 偉,110105********"
            + ID_X.substring(14)
            + ",+86 139 1819 6001,,,芳华小区3-2-401\n"
            + ID
            + ",census,李强,"
            + ID
            + ","
            + MOBILE_2
            + ",1985-03-15,男,锦绣新村5栋101\n"
            + "C1,school,王芳,"
            + LEGACY
            + ",13900001111,1965年3月15日,女,锦绣新村5栋101\n");
  }

  @Test
  @DisplayName("golden.csv is masked unless --reveal; review and explanation are masked")
  void goldenMaskedUnlessRevealed() throws IOException {
    Path residents = residents();
    run(
        0,
        "dedup",
        "--input",
        residents + "",
        "--output",
        dir + "/c.csv",
        "--golden",
        dir + "/golden.csv",
        "--review",
        dir + "/review.csv",
        "--explain",
        "A1,A2");
    String golden = Files.readString(dir.resolve("golden.csv"));
    assertThat(wholeNumbers(golden)).isEmpty();
    assertThat(golden).contains("110105********" + ID_X.substring(14));
    assertThat(wholeNumbers(Files.readString(dir.resolve("review.csv")))).isEmpty();
    run(
        0,
        "dedup",
        "--input",
        residents + "",
        "--output",
        dir + "/c2.csv",
        "--golden",
        dir + "/revealed.csv",
        "--reveal");
    assertThat(Files.readString(dir.resolve("revealed.csv"))).contains(ID_X, MOBILE_2);
    assertNothingWhole();
  }

  @Test
  @DisplayName("every error path with numbers in the wrong places prints none of them whole")
  void errorPaths() throws IOException {
    List<String> households = Files.readAllLines(s.resolve("households.csv"));
    String[] first = households.get(1).split(",", -1);
    // A mobile number in the size column, an identity number as a household id.
    String[] bad = first.clone();
    bad[0] = ID;
    bad[6] = MOBILE;
    write(
        "households.csv",
        households.get(0)
            + "\n"
            + String.join(",", bad)
            + "\n"
            + ID
            + ","
            + String.join(",", List.of(first).subList(1, first.length))
            + "\n");
    run(
        2,
        "inspect",
        "--grids",
        s.resolve("grids.geojson") + "",
        "--households",
        dir.resolve("households.csv") + "");
    // Members: an identity number as member id, a mobile as birth year.
    List<String> members = Files.readAllLines(s.resolve("members.csv"));
    write(
        "members.csv",
        members.get(0)
            + "\n"
            + members
                .get(1)
                .replaceFirst("^[^,]*", ID)
                .replaceAll(",(19|20)[0-9]{2},", "," + MOBILE + ","));
    run(
        2,
        "inspect",
        "--grids",
        s.resolve("grids.geojson") + "",
        "--households",
        s.resolve("households.csv") + "",
        "--members",
        dir.resolve("members.csv") + "");
    // Events: numbers in the id, the time and the text.
    Path events =
        write(
            "events.csv",
            "event_id,reported_at,lon,lat,building_id,household_id,grid_code,category,severity,source,text\n"
                + ID
                + ","
                + MOBILE
                + ",104.04,30.64,,,,safety.gas,iv,hotline,call "
                + MOBILE_2
                + "\n"
                + "E2,2026-03-02T10:00:00+08:00,104.04,30.64,,,"
                + ID
                + ",safety.gas,iv,hotline,x\n"
                + "E3,2026-03-02T10:00:00+08:00,104.04,30.64,,"
                + LEGACY
                + ",,safety.gas,iv,hotline,x\n");
    run(2, community("route", "--events", events + "", "--out", dir + "/r"));
    run(2, community("simulate", "--events", events + "", "--out", dir + "/sim"));
    run(
        2,
        "open311",
        "requests",
        "--audit",
        write("a.jsonl", "{\"type\":\"" + ID + "\"}\n") + "",
        "--events",
        events + "",
        "--out",
        dir + "/req.json");
    // A policy with numbers for values and keys.
    Path policy =
        write(
            "policy.json",
            "{\"schemaVersion\":1,\"towns\":{\""
                + ID
                + "\":{}},"
                + "\"defaults\":{\"microMaxHouseholds\":"
                + MOBILE
                + "}}");
    run(2, community("validate", "--policy", policy + ""));
    run(
        2,
        community(
            "route",
            "--events",
            s.resolve("events.csv") + "",
            "--out",
            dir + "/r2",
            "--policy",
            policy + ""));
    // The audit log and report.
    run(
        2,
        "report",
        "--audit",
        write(
                "audit.jsonl",
                "{\"type\":\"open\",\"case_id\":\"" + ID + "\",\"at\":\"" + MOBILE + "\"}\n")
            + "",
        "--out",
        dir + "/rep.csv");
    // Dedup: a record id repeated, a profile with numbers.
    run(
        2,
        "dedup",
        "--input",
        write(
                "dup.csv",
                "record_id,source,name,id_number,phone,birth_date,gender,address\n"
                    + ID
                    + ",a,张三,,,,,\n"
                    + ID
                    + ",b,张三,,,,,\n")
            + "",
        "--output",
        dir + "/d.csv");
    run(
        2,
        "dedup",
        "--input",
        residents() + "",
        "--output",
        dir + "/d2.csv",
        "--explain",
        ID + "," + MOBILE);
    run(
        2,
        "dedup",
        "--input",
        residents() + "",
        "--output",
        dir + "/d3.csv",
        "--config",
        write("profile.json", "{\"schemaVersion\":1,\"name\":\"" + MOBILE + "\"}") + "");
    // Open311 bodies, a layer and an area whose ids are numbers, a grid code that is an ID.
    run(
        2,
        "open311",
        "read",
        "--input",
        write(
                "post.txt",
                "service_code=" + ID + "&lat=" + MOBILE + "&long=104&description=" + MOBILE_2)
            + "",
        "--out",
        dir + "/ev.csv");
    run(
        2,
        "open311",
        "read",
        "--input",
        write(
                "req.json",
                "[{\"service_code\":\"" + MOBILE + "\",\"requested_datetime\":\"" + ID + "\"}]")
            + "",
        "--out",
        dir + "/ev2.csv");
    String square = "[[[104.0,30.6],[104.1,30.6],[104.1,30.7],[104.0,30.6]]]";
    Path layer =
        write(
            "layer.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"id\":\""
                + MOBILE
                + "\u0001\",\"department\":\""
                + ID
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + square
                + "}}]}");
    run(
        2,
        "overlay",
        "--grids",
        s.resolve("grids.geojson") + "",
        "--layer",
        layer + "",
        "--out",
        dir + "/ov");
    run(2, community("knock", "--area", layer + "", "--out", dir + "/k"));
    run(2, community("plan", "--grid", ID, "--out", dir + "/p"));
    run(2, community("plan", "--grid", LEGACY, "--out", dir + "/p2"));
    run(
        2,
        "plan",
        "--grids",
        write(
                "grids.geojson",
                Files.readString(s.resolve("grids.geojson"))
                    .replaceFirst("\"code\"\\s*:\\s*\"[0-9]+\"", "\"code\":\"" + ID + "\""))
            + "",
        "--households",
        s.resolve("households.csv") + "",
        "--grid",
        ID,
        "--out",
        dir + "/p3");
    run(0, "cases", "--store", store, "--grid", ID);
    run(2, "cases", "--store", store, "--assignee", MOBILE, "--since", ID);
    assertNothingWhole();
  }

  @Test
  @DisplayName("the library's readers give messages with no whole number")
  void libraryMessages() throws IOException {
    Path households =
        write(
            "h.csv",
            Files.readAllLines(s.resolve("households.csv")).get(0)
                + "\n"
                + ID
                + ",x,"
                + MOBILE
                + ",,,,,"
                + MOBILE_2
                + ",\n");
    List<String> messages = new ArrayList<>();
    for (var read :
        List.<org.junit.jupiter.api.function.Executable>of(
            () ->
                GridFiles.loader().grids(s.resolve("grids.geojson")).households(households).load(),
            () ->
                EventCsv.read(
                    write(
                        "e.csv",
                        "event_id,reported_at,lon,lat,building_id,"
                            + "household_id,grid_code,category,severity,source,text\n"
                            + ID
                            + ","
                            + MOBILE
                            + ",,,,,,,,,\n")),
            () -> GridPolicy.read(write("p.json", "{\"schemaVersion\":\"" + ID + "\"}")),
            () -> AuditLog.read(write("a.jsonl", "{\"case_id\":" + MOBILE + "}\n")),
            () ->
                DedupConfig.read(write("d.json", "{\"schemaVersion\":1,\"name\":\"" + ID + "\"}")),
            () ->
                RecordSet.read(
                    write(
                        "r.csv",
                        "record_id,source,name,id_number,phone,birth_date,"
                            + "gender,address\n"
                            + ID
                            + ",a,x,,,,,\n"
                            + ID
                            + ",a,x,,,,,\n"),
                    DedupConfig.profile("resident-cn"),
                    Progress.NONE))) {
      Throwable t =
          org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, read);
      messages.add(t.getMessage());
    }
    assertThatThrownBy(() -> ResidentIdNumber.parse(ID.substring(0, 17) + "0"))
        .satisfies(e -> messages.add(e.getMessage()));
    String all = String.join("\n", messages);
    assertThat(wholeNumbers(all)).as(all).isEmpty();
    assertThat(all).doesNotContain(ID, MOBILE, MOBILE_2).contains("510107********");
  }
}
