package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an attacker or a careless user may hand a reader: oversized JSON, devices, folders, other
 * encodings. Each gets an {@link InvalidInputException} (exit 2 in the CLI) with its place, never
 * an internal error, a hang or a full heap.
 */
class HostileInputTest {

  @TempDir Path dir;

  private static InvalidInputException gridsFail(String json) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> GridFiles.loader().grids("grids.geojson", new StringReader(json)).load());
    assertThat(e).as("load should fail").isNotNull();
    return e;
  }

  private static Problem only(InvalidInputException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static String collectionWith(String propertyValue) {
    return "{\"type\":\"FeatureCollection\",\"features\":[\n"
        + "{\"type\":\"Feature\",\"properties\":{\"x\":"
        + propertyValue
        + "},\"geometry\":null}]}";
  }

  @Test
  @DisplayName(
      "GeoJSON nested deeper than the limit is a problem at its line, not an internal error")
  void deepNesting() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Problem p = only(gridsFail(collectionWith(deep)));
    assertThat(p.location()).get().extracting(SourceLocation::line).isEqualTo(2L);
    assertThat(p.message())
        .contains("nesting depth")
        .contains(String.valueOf(StrictJson.MAX_DEPTH));
  }

  @Test
  @DisplayName("a number of 2,000 digits in GeoJSON is a problem at its place")
  void longNumber() {
    Problem p = only(gridsFail(collectionWith("1".repeat(2000))));
    assertThat(p.location()).get().extracting(SourceLocation::line).isEqualTo(2L);
    assertThat(p.message()).contains("Number value length");
  }

  @Test
  @DisplayName("a string longer than the limit in GeoJSON is a problem at its place")
  void longString() {
    Problem p =
        only(gridsFail(collectionWith("\"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"")));
    assertThat(p.location()).get().extracting(SourceLocation::line).isEqualTo(2L);
    assertThat(p.message()).contains("String value length");
  }

  @Test
  @DisplayName("a whole-document reader refuses deep nesting with its place")
  void documentDepth() {
    String deep = "{\"a\":\n" + "[".repeat(3000) + "]".repeat(3000) + "}";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> StrictJson.readTree(new StringReader(deep), "p.json", "the policy"));
    assertThat(e).isNotNull();
    assertThat(only(e).location()).get().extracting(SourceLocation::line).isEqualTo(2L);
  }

  @Test
  @DisplayName("a whole-document reader accepts a byte-order mark")
  void documentByteOrderMark() {
    assertThat(StrictJson.readTree(new StringReader("\uFEFF{\"a\":1}"), "p.json", "the policy"))
        .hasSize(1);
  }

  @Test
  @DisplayName("a folder, a device and a missing file are refused before reading")
  void notFiles() {
    for (Path p : new Path[] {dir, Path.of("/dev/zero"), dir.resolve("missing.csv")}) {
      if (!Files.exists(p) && !p.endsWith("missing.csv")) {
        continue; // no /dev/zero on this system
      }
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> TextFiles.read(p, "the events", (in, s) -> ""));
      assertThat(e).as(p.toString()).isNotNull();
      assertThat(only(e).location())
          .get()
          .extracting(SourceLocation::source)
          .isEqualTo(p.toString());
    }
  }

  @Test
  @DisplayName("a named pipe is refused, not waited on")
  void fifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    assumeThat(made).as("mkfifo available").isZero();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> GridFiles.loader().grids(fifo).households(fifo).load());
    assertThat(e).isNotNull();
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems().get(0).message()).contains("not a regular file");
  }

  @Test
  @DisplayName("a GBK line far into a CSV file is reported at its exact line and column")
  void gbkLine() throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n");
    for (int i = 2; i < 1500; i++) {
      csv.append("H").append(i).append(",510107011005001001,some street,,,,3,,\n");
    }
    Path households = dir.resolve("households.csv");
    Path grids = dir.resolve("grids.geojson");
    Files.writeString(grids, Models.minimalGrids());
    byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "H1500,510107011005001001,成都路,,,,3,,\n".getBytes(Charset.forName("GBK"));
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(households, all);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                // Asked for UTF-8: GBK is then bad input (read by itself it would be GB18030).
                TextFiles.decoding(
                    TextFiles.Encoding.UTF_8,
                    note -> {},
                    () -> GridFiles.loader().grids(grids).households(households).load()));
    assertThat(e).isNotNull();
    Problem p =
        e.problems().stream().filter(q -> q.message().contains("UTF-8")).findFirst().orElseThrow();
    assertThat(p.location()).get().isEqualTo(SourceLocation.of(households.toString(), 1500, 26));
    // Told apart by the bytes, the GBK file is read as GB18030, with its Chinese intact.
    assertThat(GridFiles.loader().grids(grids).households(households).load().household("H1500"))
        .get()
        .extracting(h -> h.address())
        .isEqualTo("成都路");
  }

  @Test
  @DisplayName("a file too large to hold is refused before it fills the heap")
  void tooLarge() throws IOException {
    Path big = dir.resolve("policy.json");
    Files.writeString(big, "{\"a\":\"" + "x".repeat(10_000) + "\"}");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> TextFiles.readString(big, "the policy", 1000));
    assertThat(e).isNotNull();
    assertThat(only(e).message()).contains("larger than 1000");
  }

  @Test
  @DisplayName("a byte-order mark is skipped by every file reader")
  void byteOrderMark() throws IOException {
    Path f = dir.resolve("key.txt");
    Files.writeString(f, "\uFEFFabc");
    assertThat(TextFiles.readString(f, "the key", 100)).isEqualTo("abc");
  }
}
