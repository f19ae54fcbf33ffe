package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.io.Models.assertSameModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

@Seeded
class RoundTripTest {

  @TempDir Path dir;

  @Test
  @DisplayName(
      "writeDirectory then loadDirectory gives back the same grids, households, members and party"
          + " organisations")
  void directoryRoundTrip() {
    GridTree tree = Models.smallTree();
    GridFiles.writeDirectory(tree, dir);
    GridTree back = GridFiles.loadDirectory(dir);
    assertSameModel(back, tree);
  }

  @Test
  @DisplayName(
      "double assignments, unassigned households, multi-grid and departed members survive a round"
          + " trip")
  void warts() {
    GridFiles.writeDirectory(Models.smallTree(), dir);
    GridTree back = GridFiles.loadDirectory(dir);
    assertThat(back.multiplyAssignedHouseholds()).extracting(h -> h.id()).containsExactly("H3");
    assertThat(back.unassignedHouseholds()).extracting(h -> h.id()).containsExactly("H2");
    assertThat(back.member("M1").orElseThrow().grids())
        .containsExactly(Models.GENERAL, Models.MICRO_1);
    assertThat(back.member("M2").orElseThrow().activeUntil()).isPresent();
  }

  @Test
  @DisplayName("random trees survive writeDirectory and loadDirectory unchanged")
  void randomTrees(Random random) throws IOException {
    for (int i = 0; i < 150; i++) {
      GridTree tree = RandomTrees.tree(random);
      Path d = Files.createDirectory(dir.resolve("t" + i));
      GridFiles.writeDirectory(tree, d);
      assertSameModel(GridFiles.loadDirectory(d), tree);
    }
  }

  @Test
  @DisplayName("grids written as GeoJSON read back as equal grids")
  void geoJsonRoundTrip(Random random) throws IOException {
    for (int i = 0; i < 50; i++) {
      List<Grid> grids = RandomTrees.tree(random).grids();
      StringWriter out = new StringWriter();
      GridGeoJson.write(grids, out);
      GridTree back =
          GridFiles.loader().grids("grids.geojson", new StringReader(out.toString())).load();
      assertThat(back.grids()).containsExactlyElementsOf(grids);
    }
  }

  @Test
  @DisplayName(
      "the GeoJSON writer puts one feature per line, in code order, exterior rings"
          + " counter-clockwise")
  void geoJsonLayout() throws IOException {
    GridTree tree = Models.smallTree();
    StringWriter out = new StringWriter();
    GridGeoJson.write(tree.grids().reverse(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(tree.grids().size() + 2);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < tree.grids().size(); i++) {
      String line = lines.get(i + 1);
      JsonNode feature =
          json.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
      assertThat(feature.at("/properties/code").asText())
          .isEqualTo(tree.grids().get(i).code().value());
      if (!feature.get("geometry").isNull()) {
        var g = GeoJsonGeometry.read(feature.get("geometry"), "geometry");
        for (int p = 0; p < g.getNumGeometries(); p++) {
          Polygon polygon = (Polygon) g.getGeometryN(p);
          assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinates())).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("coordinates are written in plain decimal notation, never with an exponent")
  void plainDecimals() throws IOException {
    StringWriter out = new StringWriter();
    HouseholdCsv.write(Models.smallTree(), out);
    assertThat(out.toString()).contains(",104.0001,0.0001,").doesNotContain("E-");
  }

  @Test
  @DisplayName("writeDirectory replaces existing files and leaves no temporary file behind")
  void replacesAtomically() throws IOException {
    Files.writeString(dir.resolve(GridFiles.HOUSEHOLDS), "old content", StandardCharsets.UTF_8);
    GridFiles.writeDirectory(Models.smallTree(), dir);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              GridFiles.GRIDS,
              GridFiles.HOUSEHOLDS,
              GridFiles.MEMBERS,
              GridFiles.PARTY,
              GridFiles.BUILDINGS);
    }
    assertThat(Files.readString(dir.resolve(GridFiles.HOUSEHOLDS)))
        .startsWith(String.join(",", HouseholdCsv.HEADER) + "\n");
  }

  @Test
  @DisplayName("loadDirectory reads a directory without members and party files")
  void optionalFiles() throws IOException {
    GridFiles.writeDirectory(Models.smallTree(), dir);
    Files.delete(dir.resolve(GridFiles.MEMBERS));
    Files.delete(dir.resolve(GridFiles.PARTY));
    GridTree back = GridFiles.loadDirectory(dir);
    assertThat(back.members()).isEmpty();
    assertThat(back.households()).hasSize(3);
  }
}
