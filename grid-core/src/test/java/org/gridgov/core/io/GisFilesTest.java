package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grids files as a GIS writes them (test resources {@code gis/}, see their README): codes as whole
 * numbers, settlement given only high up, a Shapefile's ten-character property names.
 */
class GisFilesTest {

  private static GridTree load(String resource) {
    Reader in =
        new InputStreamReader(
            Objects.requireNonNull(GisFilesTest.class.getResourceAsStream("gis/" + resource)),
            StandardCharsets.UTF_8);
    return GridFiles.loader().grids(resource, in).load();
  }

  private static InvalidInputException failure(String grids) {
    return catchThrowableOfType(
        InvalidInputException.class,
        () -> GridFiles.loader().grids("grids.geojson", Models.text(grids)).load());
  }

  private static void assertSevenGrids(GridTree tree) {
    assertThat(tree.grids()).hasSize(7);
    assertThat(tree.grids())
        .allSatisfy(g -> assertThat(g.settlement()).isEqualTo(Settlement.URBAN));
    assertThat(tree.grids(GridLevel.MICRO)).hasSize(3);
    Grid exclusive = tree.grid(GridCode.parse("510107011005E001")).orElseThrow();
    assertThat(exclusive.exclusiveKind()).contains(ExclusiveKind.MARKET);
    assertThat(exclusive.managingBody()).contains("万达商管");
  }

  @Test
  @DisplayName("GDAL's GeoJSON of a GIS table: codes as 64-bit integers, settlement inherited")
  void gdalGeoJson() {
    assertSevenGrids(load("gdal-grids.geojson"));
  }

  @Test
  @DisplayName("a Shapefile round trip: exclusiveK and managingBo, clockwise MultiPolygons")
  void shapefileRoundTrip() {
    assertSevenGrids(load("shapefile-roundtrip.geojson"));
  }

  @Test
  @DisplayName("a micro grid takes its community's settlement through its general grid")
  void inheritsRural() {
    GridTree tree =
        GridFiles.loader()
            .grids(
                "grids.geojson",
                Models.text(
                    Models.collection(
                        Models.feature("510107011005", "community", null)
                            .replace("\"urban\"", "\"rural\""),
                        Models.feature("510107011005001", "general", "510107011005")
                            .replace(",\"settlement\":\"urban\"", ""),
                        Models.feature("510107011005001001", "micro", "510107011005001")
                            .replace(",\"settlement\":\"urban\"", ""))))
            .load();
    assertThat(tree.grids())
        .allSatisfy(g -> assertThat(g.settlement()).isEqualTo(Settlement.RURAL));
  }

  @Test
  @DisplayName("a child stating another settlement than its parent is an error naming both")
  void conflictingSettlement() {
    InvalidInputException e =
        failure(
            Models.collection(
                Models.feature("510107011005", "community", null),
                Models.feature("510107011005001", "general", "510107011005")
                    .replace("\"urban\"", "\"rural\"")));
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.subject()).contains("510107011005001");
    assertThat(p.message()).contains("\"rural\"").contains("\"urban\"").contains("510107011005");
  }

  @Test
  @DisplayName("a community without settlement has nothing to inherit: missing")
  void rootWithoutSettlement() {
    InvalidInputException e =
        failure(
            Models.collection(
                Models.feature("510107011005", "community", null)
                    .replace(",\"settlement\":\"urban\"", "")));
    assertThat(e.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("\"settlement\" is missing");
  }

  @Test
  @DisplayName("a whole number that is not a grid code, and a fraction, are refused")
  void badNumericCodes() {
    InvalidInputException e =
        failure(
            Models.collection(
                Models.feature("510107011005", "community", null)
                    .replace("\"code\":\"510107011005\"", "\"code\":51010701100"),
                Models.feature("510107011005001", "general", "510107011005")
                    .replace("\"code\":\"510107011005001\"", "\"code\":510107011005001.5")));
    assertThat(e.getMessage()).contains("51010701100").contains("or a whole number");
  }
}
