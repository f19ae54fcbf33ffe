package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.io.Models.collection;
import static org.gridgov.core.io.Models.feature;
import static org.gridgov.core.io.Models.text;

import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Problems in a grids file, each reported with its file, line, column, feature and message. */
class GridsInputTest {

  private static final String FILE = "grids.geojson";

  private static InvalidInputException failure(String grids) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> GridFiles.loader().grids(FILE, text(grids)).load());
  }

  private static Problem onlyProblem(String grids) {
    InvalidInputException e = failure(grids);
    assertThat(e).as("load should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static SourceLocation at(long line, long column) {
    return SourceLocation.of(FILE, line, column);
  }

  @Test
  @DisplayName("a parent that does not exist is reported at the feature that names it")
  void unknownParent() {
    InvalidInputException e =
        failure(
            collection(
                feature("510107011005", "community", null),
                feature("510107011005002001", "micro", "510107011005002")));
    assertThat(e).isInstanceOf(GridStructureException.class);
    assertThat(e.problems())
        .containsExactly(
            Problem.at(
                at(3, 1), "grid 510107011005002001", "parent 510107011005002 does not exist"));
  }

  @Test
  @DisplayName("a duplicate code is reported at its second feature, naming the first")
  void duplicateCode() {
    Problem p =
        onlyProblem(
            collection(
                feature("510107011005", "community", null),
                feature("510107011005001", "general", "510107011005"),
                feature("510107011005001", "general", "510107011005")));
    assertThat(p)
        .isEqualTo(
            Problem.at(
                at(4, 1), "grid 510107011005001", "duplicate code (first at grids.geojson:3:1)"));
  }

  @Test
  @DisplayName("a cycle of parents is reported once, naming its grids in order")
  void cycle() {
    Problem p =
        onlyProblem(
            collection(
                feature("510107011005", "community", null),
                feature("510107011005E001", "exclusive", "510107011005E002"),
                feature("510107011005E002", "exclusive", "510107011005E001")));
    assertThat(p.location()).contains(at(3, 1));
    assertThat(p.message())
        .isEqualTo("cycle of parents: 510107011005E001 -> 510107011005E002 -> 510107011005E001");
  }

  @Test
  @DisplayName(
      "a level that disagrees with the code's shape is reported naming the feature's index and"
          + " code")
  void levelDisagrees() {
    Problem p =
        onlyProblem(
            collection(
                feature("510107011005", "community", null),
                feature("510107011005001", "general", "510107011005"),
                feature("510107011005001001", "general", "510107011005001")));
    assertThat(p)
        .isEqualTo(
            Problem.at(
                at(4, 1),
                "feature 2 (510107011005001001)",
                "property \"level\": \"general\" disagrees with the code 510107011005001001, which"
                    + " is the code of a micro grid"));
    assertThat(p.toString()).startsWith("grids.geojson:4:1: feature 2 (510107011005001001): ");
  }

  @Test
  @DisplayName("an invalid grid code is reported with what the code shapes are")
  void invalidCode() {
    Problem p = onlyProblem(collection(feature("5101070110051", "community", null)));
    assertThat(p.location()).contains(at(2, 1));
    assertThat(p.subject()).isEqualTo("feature 0 (5101070110051)");
    assertThat(p.message())
        .startsWith("property \"code\": invalid grid code \"5101070110051\": expected 12 digits");
  }

  @Test
  @DisplayName("a ring whose first and last positions differ is reported as unclosed")
  void unclosedRing() {
    String open =
        "{\"type\":\"Polygon\",\"coordinates\":[[[104.0,30.0],[104.1,30.0],[104.1,30.1],[104.0,30.1]]]}";
    Problem p = onlyProblem(collection(feature("510107011005", "community", null, open)));
    assertThat(p.location()).contains(at(2, 1));
    assertThat(p.message())
        .isEqualTo("geometry.coordinates[0] is not closed: its first and last positions differ");
  }

  @Test
  @DisplayName("a position outside WGS 84 ranges is reported with the position's path")
  void positionOutOfRange() {
    String far =
        "{\"type\":\"Polygon\",\"coordinates\":[[[204.0,30.0],[204.1,30.0],[204.1,30.1],[204.0,30.0]]]}";
    Problem p = onlyProblem(collection(feature("510107011005", "community", null, far)));
    assertThat(p.message()).startsWith("geometry.coordinates[0][0]: longitude 204.0 is outside");
  }

  @Test
  @DisplayName("a third coordinate that is not a number is reported")
  void altitude() {
    String bad =
        "{\"type\":\"Polygon\",\"coordinates\":[[[104.0,30.0,\"high\"],[104.1,30.0],[104.1,30.1],"
            + "[104.0,30.0]]]}";
    Problem p = onlyProblem(collection(feature("510107011005", "community", null, bad)));
    assertThat(p.message()).startsWith("geometry.coordinates[0][0] must be a position");
  }

  @Test
  @DisplayName("a self-intersecting polygon is reported as an invalid boundary")
  void invalidPolygon() {
    String bowtie =
        "{\"type\":\"Polygon\",\"coordinates\":[[[104.0,30.0],[104.1,30.1],[104.1,30.0],[104.0,30.1],[104.0,30.0]]]}";
    Problem p = onlyProblem(collection(feature("510107011005", "community", null, bowtie)));
    assertThat(p.message()).startsWith("geometry: invalid Polygon: Self-intersection");
  }

  @Test
  @DisplayName("a Point is refused as a grid boundary")
  void pointGeometry() {
    String point = "{\"type\":\"Point\",\"coordinates\":[104.0,30.0]}";
    Problem p = onlyProblem(collection(feature("510107011005", "community", null, point)));
    assertThat(p.message())
        .isEqualTo("geometry: a boundary must be a Polygon or MultiPolygon, not Point");
  }

  @Test
  @DisplayName("a truncated file is reported at the line and column where the JSON stops")
  void truncated() {
    String full = Models.minimalGrids();
    String cut = full.substring(0, full.indexOf("\n]}"));
    InvalidInputException e = failure(cut);
    assertThat(e).isNotInstanceOf(GridStructureException.class);
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    SourceLocation where = p.location().orElseThrow();
    assertThat(where.source()).isEqualTo(FILE);
    assertThat(where.line()).isEqualTo(4);
    assertThat(where.column()).isEqualTo(cut.length() - cut.lastIndexOf('\n'));
    assertThat(p.message()).startsWith("the file ends in the middle of the JSON (truncated?)");
  }

  @Test
  @DisplayName("malformed JSON is reported at the offending character")
  void malformed() {
    Problem p = onlyProblem("{\"type\":\"FeatureCollection\",\n\"features\":[}\n");
    assertThat(p.location()).contains(at(2, 13));
    assertThat(p.message()).startsWith("malformed JSON: Unexpected close marker '}'");
  }

  @Test
  @DisplayName("a key given twice in one object is malformed JSON")
  void duplicateKey() {
    String twice =
        feature("510107011005", "community", null).replace("\"name\":", "\"code\":\"x\",\"name\":");
    Problem p = onlyProblem(collection(twice));
    assertThat(p.location().orElseThrow().line()).isEqualTo(2);
    assertThat(p.message()).contains("Duplicate field 'code'");
  }

  @Test
  @DisplayName("a document that is not a FeatureCollection is reported")
  void notACollection() {
    InvalidInputException e = failure("{\"type\":\"Feature\",\"properties\":{}}");
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "\"type\" is \"Feature\"; expected \"FeatureCollection\"",
            "\"features\" is missing; expected an array of features");
  }

  @Test
  @DisplayName(
      "an exclusive grid without exclusiveKind, and exclusiveKind on another grid, are reported")
  void exclusiveKind() {
    InvalidInputException e =
        failure(
            collection(
                feature("510107011005", "community", null)
                    .replace("\"urban\"", "\"urban\",\"exclusiveKind\":\"market\""),
                feature("510107011005E001", "exclusive", null)
                    .replace(",\"exclusiveKind\":\"market\"", "")));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "grids.geojson:2:1: feature 0 (510107011005): property \"exclusiveKind\" is only for"
                + " exclusive grids; 510107011005 is a community grid",
            "grids.geojson:3:1: feature 1 (510107011005E001): property \"exclusiveKind\" is"
                + " missing");
  }

  @Test
  @DisplayName(
      "every bad feature is reported, not only the first, and a bad feature's children are not"
          + " reported as orphans")
  void everyFeature() {
    InvalidInputException e =
        failure(
            collection(
                feature("510107011005", "community", null),
                feature("510107011005001", "general", "510107011005")
                    .replace("\"urban\"", "\"town\""),
                feature("510107011005001001", "micro", "510107011005001"),
                feature("510107011005002", "micro", "510107011005")));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "grids.geojson:3:1: feature 1 (510107011005001): property \"settlement\": \"town\" is"
                + " not one of urban|rural",
            "grids.geojson:5:1: feature 3 (510107011005002): property \"level\": \"micro\""
                + " disagrees with the code 510107011005002, which is the code of a general grid");
  }

  @Test
  @DisplayName("unknown properties and members are ignored")
  void unknownPropertiesIgnored() {
    String grids =
        "{\"type\":\"FeatureCollection\",\"name\":\"x\",\"bbox\":[0,0,1,1],\"features\":[\n"
            + feature("510107011005", "community", null)
                .replace("\"urban\"", "\"urban\",\"population\":1200,\"extra\":{\"a\":[1,2]}")
                .replace("{\"type\":\"Feature\"", "{\"id\":7,\"type\":\"Feature\"")
            + "\n]}";
    GridTree tree = GridFiles.loader().grids(FILE, text(grids)).load();
    assertThat(tree.grids()).hasSize(1);
  }

  @Test
  @DisplayName("a byte-order mark before the JSON is accepted")
  void byteOrderMark() {
    GridTree tree = GridFiles.loader().grids(FILE, text("\uFEFF" + Models.minimalGrids())).load();
    assertThat(tree.grids()).hasSize(3);
  }
}
