package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildingCsvTest {

  private static final String GRIDS =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,"
          + "\"properties\":{\"code\":\"510107011005\",\"name\":\"c\",\"level\":\"community\","
          + "\"parent\":null,\"settlement\":\"urban\"}}]}";
  private static final String HOUSEHOLDS =
      "household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags\n"
          + "H1,510107011005,,B1,104.01,30.01,2,,\n"
          + "H2,510107011005,,B2,104.03,30.03,2,,\n"
          + "H3,510107011005,,B2,104.05,30.05,2,,\n";

  private static GridTree load(String buildings) {
    return GridFiles.loader()
        .grids("grids.geojson", new StringReader(GRIDS))
        .households("households.csv", new StringReader(HOUSEHOLDS))
        .buildings("buildings.csv", new StringReader(buildings))
        .load();
  }

  @Test
  @DisplayName("a listed building keeps its position and floors; an unlisted one is derived")
  void listedAndDerived() {
    GridTree tree = load("building_id,address,lon,lat,floors\nB1,锦绣路1号1栋,104.0,30.0,18\n");
    assertThat(tree.building("B1").orElseThrow().floors()).hasValue(18);
    assertThat(tree.building("B1").orElseThrow().location().orElseThrow().getX()).isEqualTo(104.0);
    var derived = tree.building("B2").orElseThrow();
    assertThat(derived.floors()).isEmpty();
    assertThat(derived.location().orElseThrow().getX()).isEqualTo(104.04, within(1e-9));
  }

  @Test
  @DisplayName("bad floors, a lone coordinate and a duplicate id are all reported with their place")
  void badRows() {
    String file =
        "building_id,address,lon,lat,floors\n"
            + "B1,,104.0,30.0,6\n"
            + "B2,,104.0,30.0,many\n"
            + "B3,,104.0,,3\n"
            + "B1,,,,\n";
    assertThatThrownBy(() -> load(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::location)
                    .containsExactly(
                        java.util.Optional.of(SourceLocation.of("buildings.csv", 3, 5)),
                        java.util.Optional.of(SourceLocation.of("buildings.csv", 4, 4)),
                        java.util.Optional.of(SourceLocation.of("buildings.csv", 5))))
        .hasMessageContaining("\"many\" is not a whole number")
        .hasMessageContaining("duplicate id");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
