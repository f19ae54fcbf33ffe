package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input an attacker or a careless user gives the commands: each is refused with exit 2 and a
 * message naming the place, never exit 1 ("internal error") or a stack trace.
 */
class HostileCliTest {

  @TempDir Path dir;
  Path s;

  @BeforeEach
  void sample() {
    s = dir.resolve("s");
    Run run = grid("sample", "--out", s.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private List<String> community(String command, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    for (String[] f :
        new String[][] {
          {"--grids", GridFiles.GRIDS},
          {"--households", GridFiles.HOUSEHOLDS},
          {"--members", GridFiles.MEMBERS},
          {"--buildings", GridFiles.BUILDINGS},
          {"--party", GridFiles.PARTY}
        }) {
      args.add(f[0]);
      args.add(s.resolve(f[1]).toString());
    }
    args.addAll(List.of(more));
    return args;
  }

  private static Run run(List<String> args) {
    return grid(args.toArray(String[]::new));
  }

  private static void badInput(Run run, String... says) {
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(says).doesNotContain("\tat org.").doesNotContain("Exception");
  }

  @Test
  @DisplayName("an out-of-range reported_at is bad input at its line")
  void outOfRangeTime() throws IOException {
    Path events = dir.resolve("events.csv");
    List<String> lines = Files.readAllLines(s.resolve("events.csv"));
    Files.write(
        events,
        List.of(
            lines.get(0),
            "E1,+999999999-12-31T23:59:59+18:00,104.04,30.64,,,,safety.gas,iv,hotline,x"));
    badInput(
        run(community("route", "--events", events.toString(), "--out", dir.resolve("r") + "")),
        "events.csv:2:",
        "outside 1900");
  }

  @Test
  @DisplayName("a folder given as any input file is bad input naming it")
  void folders() {
    String d = dir.toString();
    String out = dir.resolve("o").toString();
    badInput(run(community("route", "--events", d, "--out", out)), "is a directory");
    badInput(
        run(
            community(
                "route", "--events", s.resolve("events.csv") + "", "--policy", d, "--out", out)),
        "is a directory");
    badInput(grid("report", "--audit", d, "--out", dir.resolve("r.csv") + ""), "is a directory");
    badInput(
        grid("overlay", "--grids", s.resolve(GridFiles.GRIDS) + "", "--layer", d, "--out", out),
        "is a directory");
    badInput(run(community("knock", "--area", d, "--out", out)), "is a directory");
    badInput(grid("dedup", "--input", d, "--output", dir.resolve("x.csv") + ""), "is a directory");
  }

  @Test
  @DisplayName("a device such as /dev/zero is refused, not read forever")
  void device() {
    if (!Files.exists(Path.of("/dev/zero"))) {
      return;
    }
    badInput(
        run(community("route", "--events", "/dev/zero", "--out", dir.resolve("r") + "")),
        "not a regular file");
  }

  @Test
  @DisplayName("a control character in a layer id is bad input, shown escaped")
  void controlCharacterInLayerId() throws IOException {
    Path layer = dir.resolve("layer.geojson");
    Files.writeString(
        layer,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"id\":\"a\\u001b[2Jb\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[104.0,30.6],[104.01,30.6],[104.01,30.61],[104.0,30.6]]]}}]}");
    Run r =
        grid(
            "overlay",
            "--grids",
            s.resolve(GridFiles.GRIDS) + "",
            "--layer",
            layer.toString(),
            "--out",
            dir.resolve("o") + "");
    badInput(r, "layer.geojson:1:", "a\\u001B[2Jb");
    assertThat(r.err()).doesNotContain("\u001b");
  }

  @Test
  @DisplayName("a 5,000-character --base-url is bad input")
  void longBaseUrl() throws IOException {
    Path key = dir.resolve("qr.key");
    Files.writeString(key, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    badInput(
        run(
            community(
                "qr",
                "--key-file",
                key.toString(),
                "--base-url",
                "https://report.example.gov.cn/" + "a".repeat(5000),
                "--out",
                dir.resolve("q").toString())),
        "--base-url",
        "at most 1000");
  }

  @Test
  @DisplayName("a lone surrogate in a grid name is refused when loading, not when plan writes")
  void loneSurrogate() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode grids = (ObjectNode) json.readTree(s.resolve(GridFiles.GRIDS).toFile());
    String general = null;
    for (var f : grids.get("features")) {
      if (f.at("/properties/level").asText().equals("general")) {
        ((ObjectNode) f.get("properties")).put("name", "LONE_SURROGATE");
        general = f.at("/properties/code").asText();
        break;
      }
    }
    // JSON may escape a lone surrogate; the file itself stays valid UTF-8.
    Files.writeString(
        s.resolve(GridFiles.GRIDS),
        json.writeValueAsString(grids).replace("LONE_SURROGATE", "bad\\ud800name"));
    badInput(
        run(community("plan", "--grid", general, "--out", dir.resolve("p").toString())),
        "lone surrogate",
        "\\uD800");
  }

  @Test
  @DisplayName("a policy, an audit log and a key file with a byte-order mark are read")
  void byteOrderMarks() throws IOException {
    Run routed =
        run(
            community(
                "route",
                "--events",
                s.resolve("events.csv") + "",
                "--out",
                dir.resolve("r").toString()));
    assertThat(routed.exit()).as(routed.err()).isZero();
    Path audit = dir.resolve("audit.jsonl");
    Files.writeString(
        audit,
        "\uFEFF" + Files.readString(dir.resolve("r").resolve("audit.jsonl")),
        StandardCharsets.UTF_8);
    Run report = grid("report", "--audit", audit.toString(), "--out", dir.resolve("x.csv") + "");
    assertThat(report.exit()).as(report.err()).isZero();
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "\uFEFF{\"schemaVersion\": 1}");
    Run withPolicy =
        run(
            community(
                "route",
                "--events",
                s.resolve("events.csv") + "",
                "--policy",
                policy.toString(),
                "--out",
                dir.resolve("r2").toString()));
    assertThat(withPolicy.exit()).as(withPolicy.err()).isZero();
  }

  @Test
  @DisplayName("running out of heap is exit 2 naming the inputs and -Xmx, with no stack trace")
  void outOfMemory() throws Exception {
    Path big = dir.resolve("big");
    Run sample = grid("sample", "--events", "300000", "--out", big.toString());
    assertThat(sample.exit()).as(sample.err()).isZero();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx40m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(GridCommand.class.getName());
    cmd.add("route");
    for (String[] f :
        new String[][] {
          {"--grids", GridFiles.GRIDS},
          {"--households", GridFiles.HOUSEHOLDS},
          {"--members", GridFiles.MEMBERS},
          {"--events", "events.csv"}
        }) {
      cmd.add(f[0]);
      cmd.add(big.resolve(f[1]).toString());
    }
    cmd.add("--out");
    cmd.add(dir.resolve("r").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("GRID_DEBUG");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(output)
        .contains("out of memory", "--events " + big.resolve("events.csv"), "-Xmx")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("plan --out into the community's folder is refused and the community is untouched")
  void planIntoInputFolder() throws IOException {
    byte[] before = Files.readAllBytes(s.resolve(GridFiles.HOUSEHOLDS));
    badInput(
        run(community("plan", "--grid", "510107011005001", "--out", s.toString())),
        "--out: is the folder of the input --households");
    assertThat(Files.readAllBytes(s.resolve(GridFiles.HOUSEHOLDS))).isEqualTo(before);
  }

  @Test
  @DisplayName("an output naming an input, or another output, or nothing, is refused before work")
  void outputsNamingInputs() throws IOException {
    Path audit = dir.resolve("audit.jsonl");
    Files.writeString(audit, "");
    badInput(
        grid("report", "--audit", audit.toString(), "--out", audit.toString()),
        "--out: names the input --audit");
    Path records = dir.resolve("records.csv");
    Files.writeString(records, "x\n");
    badInput(
        grid("dedup", "--input", records.toString(), "--output", records.toString()),
        "--output: names the input --input");
    Path out = dir.resolve("clusters.csv");
    badInput(
        grid(
            "dedup",
            "--input",
            records.toString(),
            "--output",
            out.toString(),
            "--golden",
            out.toString()),
        "--golden: names the same file as --output");
    badInput(grid("sample", "--out", ""), "--out: is empty");
    assertThat(Files.readString(records)).isEqualTo("x\n");
  }

  @Test
  @DisplayName("--tolerance Infinity is refused: it would call every difference noise")
  void infiniteTolerance() throws IOException {
    Path layer = dir.resolve("layer.geojson");
    Files.writeString(layer, "{\"type\":\"FeatureCollection\",\"features\":[]}");
    badInput(
        grid(
            "overlay",
            "--grids",
            s.resolve(GridFiles.GRIDS) + "",
            "--layer",
            layer.toString(),
            "--tolerance",
            "Infinity",
            "--out",
            dir.resolve("o") + ""),
        "--tolerance",
        "finite");
  }
}
