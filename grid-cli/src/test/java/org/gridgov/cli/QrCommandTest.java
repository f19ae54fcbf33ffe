package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.io.GridFiles;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.events.intake.LinkCheck;
import org.gridgov.samples.community.BundledSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrCommandTest {

  static final String BASE = "https://report.example.gov.cn/r";
  static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @TempDir Path dir;
  Path sample;
  Path keyFile;

  @BeforeEach
  void sampleAndKey() throws IOException {
    sample = dir.resolve("sample");
    assertThat(GridCommandTest.grid("sample", "--out", sample.toString()).exit()).isZero();
    keyFile = dir.resolve("qr.key");
    Files.writeString(keyFile, KEY + "\n");
  }

  private String[] args(String... extra) {
    List<String> a = new ArrayList<>();
    a.addAll(
        List.of(
            "qr",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            sample.resolve(GridFiles.HOUSEHOLDS).toString()));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  /** The records of links.csv after the header, split at commas (the sample needs no quoting). */
  private static List<String[]> rows(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("links.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("building_id,grid_code,link,file");
    return lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  @DisplayName(
      "qr writes a PNG per building of the urban sample and links.csv; every link verifies")
  void urbanSample() throws IOException {
    Path out = dir.resolve("qr");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            args(
                "--out",
                out.toString(),
                "--key-file",
                keyFile.toString(),
                "--base-url",
                BASE,
                "--buildings",
                sample.resolve(GridFiles.BUILDINGS).toString()));
    assertThat(run.exit()).as(run.err()).isZero();

    List<String[]> rows = rows(out);
    long buildings =
        BundledSample.URBAN.load().households().stream()
            .flatMap(h -> h.buildingId().stream())
            .distinct()
            .count();
    assertThat(rows).hasSize((int) buildings);
    assertThat(run.out()).contains(rows.size() + " QR codes written");

    BuildingLinks same = BuildingLinks.fromKeyText(KEY, URI.create(BASE));
    BuildingLinks other =
        BuildingLinks.fromKeyText(KEY.replace("00112233", "99112233"), URI.create(BASE));
    for (String[] row : rows) {
      assertThat(row).hasSize(4);
      Path png = out.resolve(row[3]);
      assertThat(png).isRegularFile();
      byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
      assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
      LinkCheck check = same.verify(row[2]);
      assertThat(check).isInstanceOf(LinkCheck.Valid.class);
      assertThat(((LinkCheck.Valid) check).buildingId()).isEqualTo(row[0]);
      assertThat(((LinkCheck.Valid) check).grid().value()).isEqualTo(row[1]);
      assertThat(other.verify(row[2]))
          .isInstanceOfSatisfying(
              LinkCheck.Refused.class,
              r -> assertThat(r.reason()).isEqualTo(LinkCheck.Reason.SIGNATURE_MISMATCH));
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).hasSize(rows.size() + 1); // the images and links.csv, no temporaries
    }
  }

  @Test
  @DisplayName("without --key-file and without GRIDGOV_QR_KEY, qr exits 2 saying how to set a key")
  void missingKey() {
    assumeThat(System.getenv(QrCommand.KEY_ENV))
        .as("GRIDGOV_QR_KEY set in this environment")
        .isNull();
    Path out = dir.resolve("qr");
    GridCommandTest.Run run =
        GridCommandTest.grid(args("--out", out.toString(), "--base-url", BASE));
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--key-file").contains("GRIDGOV_QR_KEY").contains("openssl");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("a key file that is too short or garbled exits 2 naming the file, not the key")
  void badKey() throws IOException {
    Files.writeString(keyFile, "0011223344\n");
    GridCommandTest.Run shortKey =
        GridCommandTest.grid(
            args(
                "--out",
                dir.resolve("qr").toString(),
                "--key-file",
                keyFile.toString(),
                "--base-url",
                BASE));
    assertThat(shortKey.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(shortKey.err()).contains(keyFile.toString()).contains("at least 16");

    Files.writeString(keyFile, "my secret password *\n");
    GridCommandTest.Run garbled =
        GridCommandTest.grid(
            args(
                "--out",
                dir.resolve("qr").toString(),
                "--key-file",
                keyFile.toString(),
                "--base-url",
                BASE));
    assertThat(garbled.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(garbled.err()).contains("neither hex").doesNotContain("password");

    GridCommandTest.Run missing =
        GridCommandTest.grid(
            args(
                "--out",
                dir.resolve("qr").toString(),
                "--key-file",
                dir.resolve("nope.key").toString(),
                "--base-url",
                BASE));
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("nope.key").contains("not found");
  }

  @Test
  @DisplayName(
      "a base URL with a query exits 2 naming --base-url; none at all uses the placeholder, with a"
          + " warning")
  void badBase() {
    assumeThat(System.getenv(QrCommand.BASE_ENV)).isNull();
    GridCommandTest.Run query =
        GridCommandTest.grid(
            args(
                "--out",
                dir.resolve("qr").toString(),
                "--key-file",
                keyFile.toString(),
                "--base-url",
                BASE + "?x=1"));
    assertThat(query.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(query.err()).contains("--base-url").contains("query");

    GridCommandTest.Run none =
        GridCommandTest.grid(
            args("--out", dir.resolve("qr").toString(), "--key-file", keyFile.toString()));
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.err()).contains("warning").contains(QrCommand.BASE_ENV);
    assertThat(dir.resolve("qr").resolve("links.csv"))
        .content()
        .contains(QrCommand.PLACEHOLDER_BASE);
  }

  @Test
  @DisplayName("a bad households file exits 2 naming it, and writes nothing")
  void badInput() throws IOException {
    Path households = dir.resolve("bad.csv");
    Files.writeString(households, "household_id,grid\nH1,x\n");
    Path out = dir.resolve("qr");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "qr",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            households.toString(),
            "--out",
            out.toString(),
            "--key-file",
            keyFile.toString(),
            "--base-url",
            BASE);
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("bad.csv");
    assertThat(out).doesNotExist();
  }
}
