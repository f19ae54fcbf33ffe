package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.io.Models.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading as a whole: files, sources, and how problems of several files come together. */
class LoaderTest {

  private static final String HEADER = String.join(",", HouseholdCsv.HEADER) + "\n";

  @TempDir Path dir;

  @Test
  @DisplayName("missing required files are reported as problems naming each file as given")
  void missingFiles() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> GridFiles.loadDirectory(dir));
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                SourceLocation.of(dir.resolve(GridFiles.GRIDS).toString(), 0),
                "",
                "file not found"),
            Problem.at(
                SourceLocation.of(dir.resolve(GridFiles.HOUSEHOLDS).toString(), 0),
                "",
                "file not found"));
  }

  @Test
  @DisplayName("a directory given as a file is reported")
  void directoryAsFile() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> GridFiles.loader().grids(dir).load());
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(dir + ": is a directory, not a file");
  }

  @Test
  @DisplayName("problems name a file by the path as the caller gave it")
  void pathAsGiven() throws IOException {
    Path relative = Path.of("target", "loader-test-" + System.nanoTime() + ".geojson");
    Files.writeString(relative, "{", StandardCharsets.UTF_8);
    try {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> GridFiles.loader().grids(relative).load());
      assertThat(e.problems().get(0).location().orElseThrow().source())
          .isEqualTo(relative.toString());
    } finally {
      Files.delete(relative);
    }
  }

  @Test
  @DisplayName("bad values and structural problems of several files are reported in one exception")
  void everythingAtOnce() {
    String grids =
        Models.collection(
            Models.feature("510107011005", "community", null),
            Models.feature("510107011005001", "general", "510107011005"),
            Models.feature("510107011005001", "general", "510107011005"));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids("grids.geojson", text(grids))
                    .households("households.csv", text(HEADER + "H1,510107011005001,,,,,many,,\n"))
                    .party(
                        "party.csv",
                        text("org_id,name,kind,grid_code\nP1,支部,grid_branch,510107011005009\n"))
                    .load());
    assertThat(e).isNotInstanceOf(GridStructureException.class);
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "households.csv:2:7: household H1: column \"size\": \"many\" is not a whole number",
            "grids.geojson:4:1: grid 510107011005001: duplicate code (first at grids.geojson:3:1)",
            "party.csv:2: party organisation P1: grid 510107011005009 does not exist");
  }

  @Test
  @DisplayName(
      "when the grids file cannot be read to its end, its grids' households are not reported as"
          + " orphans")
  void noCascadeAfterTruncation() {
    String full = Models.minimalGrids();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                GridFiles.loader()
                    .grids(
                        "grids.geojson",
                        text(full.substring(0, full.indexOf("510107011005001001"))))
                    .households("households.csv", text(HEADER + "H1,510107011005001001,,,,,3,,\n"))
                    .load());
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location().orElseThrow().source()).isEqualTo("grids.geojson");
  }

  @Test
  @DisplayName("the loader closes the readers it was given")
  void closesReaders() {
    boolean[] closed = new boolean[1];
    StringReader grids =
        new StringReader(Models.minimalGrids()) {
          @Override
          public void close() {
            closed[0] = true;
            super.close();
          }
        };
    GridFiles.loader().grids("grids.geojson", grids).load();
    assertThat(closed[0]).isTrue();
  }

  @Test
  @DisplayName("a loader refuses to load without grids, to load twice, or to take one input twice")
  void loaderState() {
    assertThatThrownBy(() -> GridFiles.loader().load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no grids input was given");
    GridFiles.Loader loader = GridFiles.loader().grids("a.geojson", text(Models.minimalGrids()));
    assertThatThrownBy(() -> loader.grids("b.geojson", text("")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the grids input was already set to a.geojson");
    loader.load();
    assertThatThrownBy(loader::load).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a file that is not UTF-8 is reported as such")
  void notUtf8() throws IOException {
    GridFiles.writeDirectory(Models.smallTree(), dir);
    byte[] gbk = (HEADER + "H1,510107011005001001,锦官路,,,,3,,\n").getBytes("GBK");
    Files.write(dir.resolve(GridFiles.HOUSEHOLDS), gbk);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                TextFiles.decoding(
                    TextFiles.Encoding.UTF_8, note -> {}, () -> GridFiles.loadDirectory(dir)));
    assertThat(e.problems())
        .extracting(Problem::message)
        .contains("the file is not UTF-8 text from here on; save it as UTF-8");
    assertThat(e.problems().get(0).location()).get().extracting(l -> l.line()).isEqualTo(2L);
  }

  @Test
  @DisplayName("a file not UTF-8 from its first character is bad input at 1:1 (found by fuzzing)")
  void notUtf8FromTheStart() throws IOException {
    GridFiles.writeDirectory(Models.smallTree(), dir);
    Files.write(dir.resolve(GridFiles.BUILDINGS), new byte[] {(byte) 0xE5, (byte) 0x8F, 0x14});
    // These bytes happen to be valid GB18030, which auto-detection would accept: ask for UTF-8.
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                TextFiles.decoding(
                    TextFiles.Encoding.UTF_8, note -> {}, () -> GridFiles.loadDirectory(dir)));
    assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("not UTF-8"));
    assertThat(e.problems().get(0).location()).get().extracting(l -> l.line()).isEqualTo(1L);
  }

  @Test
  @DisplayName("a small grids file that is not UTF-8 is bad input, not an I/O failure")
  void gridsNotUtf8() throws IOException {
    GridFiles.writeDirectory(Models.smallTree(), dir);
    String grids = Files.readString(dir.resolve(GridFiles.GRIDS), StandardCharsets.UTF_8);
    Files.write(dir.resolve(GridFiles.GRIDS), grids.getBytes("GBK"));
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> GridFiles.loadDirectory(dir));
    assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("not UTF-8"));
  }

  @Test
  @DisplayName("a households file of 200,000 rows is read row by row without error")
  void largeFile() throws IOException {
    Files.writeString(dir.resolve(GridFiles.GRIDS), Models.minimalGrids(), StandardCharsets.UTF_8);
    int rows = 200_000;
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(GridFiles.HOUSEHOLDS))) {
      out.write(HEADER);
      for (int i = 0; i < rows; i++) {
        out.write(
            "H"
                + i
                + ",510107011005001001,\"锦官路"
                + i
                + "号, 1单元\",B"
                + (i / 40)
                + ","
                + (104.0 + i * 1e-7)
                + ",30.65,"
                + (i % 7)
                + ",,"
                + (i % 50 == 0 ? "elderly_alone" : "")
                + "\n");
      }
    }
    GridTree tree = GridFiles.loadDirectory(dir);
    assertThat(tree.households()).hasSize(rows);
    assertThat(tree.household("H199999").orElseThrow().address()).isEqualTo("锦官路199999号, 1单元");
  }
}
