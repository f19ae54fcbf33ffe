package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Coordinates in our GeoJSON outputs: at most 7 decimals, and tilings still tilings. */
class RoundedCoordinatesTest {

  @TempDir Path dir;

  private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.(\\d+)");

  @Test
  @DisplayName(
      "plan's micro grids, written with 7 decimals at most, still tile their general grid: no gap,"
          + " no overlap, and they validate")
  void planTilingSurvivesRounding() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString()).exit()).isZero();
    Path out = dir.resolve("plan");
    String general = "510107011005005";
    Run run =
        grid(
            "plan",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            sample.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--buildings",
            sample.resolve(GridFiles.BUILDINGS).toString(),
            "--grid",
            general,
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();

    String text = Files.readString(out.resolve(GridFiles.GRIDS));
    JsonNode json = new ObjectMapper().readTree(text);
    List<Double> all = new ArrayList<>();
    collect(json, all);
    assertThat(all).isNotEmpty();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      assertThat(m.group(1).length()).as(m.group()).isLessThanOrEqualTo(7);
    }

    GridTree planned = GridFiles.loadDirectory(out);
    Geometry parent = planned.grid(GridCode.parse(general)).orElseThrow().boundary().orElseThrow();
    List<Geometry> micro =
        planned.children(GridCode.parse(general)).stream()
            .map(Grid::boundary)
            .flatMap(java.util.Optional::stream)
            .toList();
    assertThat(micro).hasSizeGreaterThan(1);
    double sum = 0;
    for (int i = 0; i < micro.size(); i++) {
      assertThat(micro.get(i).isValid()).as("micro grid %d valid", i).isTrue();
      sum += micro.get(i).getArea();
      for (int j = 0; j < i; j++) {
        // Interiors meet in no area: neighbours share their edges exactly.
        assertThat(micro.get(i).relate(micro.get(j), "2********"))
            .as("micro grids %d and %d overlap", i, j)
            .isFalse();
      }
    }
    Geometry union = UnaryUnionOp.union(micro);
    // Among themselves no gap and no overlap beyond float error (1e-16 square degrees is about a
    // thousandth of a square centimetre): shared vertices rounded alike.
    assertThat(Math.abs(union.getArea() - sum)).isLessThan(1e-16);
    // Against the general grid, a micro grid's vertex on its edge (not one of its vertices) may
    // move by half a unit of the 7th decimal: at most a strip that wide along the boundary.
    assertThat(union.symDifference(parent).getArea()).isLessThan(parent.getLength() * 0.71e-7);

    Run validate =
        grid(
            "validate",
            "--grids",
            out.resolve(GridFiles.GRIDS).toString(),
            "--households",
            out.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--format",
            "json");
    JsonNode findings = new ObjectMapper().readTree(validate.out()).get("findings");
    assertThat(findings).isNotNull();
    for (JsonNode f : findings) {
      // The plan holds one general grid of the community, which then has gaps; the general grid
      // and its micro grids must have none.
      if (f.path("grid").asText().startsWith(general)) {
        assertThat(f.get("rule").asText()).as(f.toString()).doesNotStartWith("coverage.");
      }
    }
  }

  private static void collect(JsonNode n, List<Double> out) {
    if (n.isNumber()) {
      out.add(n.asDouble());
    }
    n.forEach(c -> collect(c, out));
  }
}
