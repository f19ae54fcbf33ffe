package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.Random;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class GridJsonRoundTripTest {

  private static final int TREES = 200;

  @Test
  @DisplayName(
      "a grid tree written as JSON reads back equal: grids, households, assignments, buildings, residents, members, party organisations")
  void treeRoundTrips(Random r) throws Exception {
    for (int i = 0; i < TREES; i++) {
      GridTree tree = TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r));
      String json = GridJson.write(tree);
      GridTree back = GridJson.read(json);
      assertSameTree(back, tree);
      assertThat(GridJson.write(back)).as("writing is deterministic").isEqualTo(json);
    }
  }

  @Test
  @DisplayName("reading from a Reader gives the same tree as reading from a String")
  void readerAndStringAgree(Random r) throws Exception {
    GridTree tree = TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r));
    String json = GridJson.write(tree);
    assertSameTree(GridJson.read(new StringReader(json)), GridJson.read(json));
  }

  @Test
  @DisplayName(
      "a mapper that found the module through ServiceLoader writes what GridJson writes and reads it back")
  void serviceLoaderMapperRoundTrips(Random r) throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    for (int i = 0; i < 20; i++) {
      GridTree tree = TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r));
      String json = plain.writeValueAsString(tree);
      assertThat(plain.readTree(json)).isEqualTo(plain.readTree(GridJson.write(tree)));
      assertSameTree(plain.readValue(json, GridTree.class), tree);
    }
  }

  static void assertSameTree(GridTree actual, GridTree expected) {
    assertThat(actual.grids()).containsExactlyElementsOf(expected.grids());
    for (Grid g : expected.grids()) {
      assertThat(actual.children(g.code())).containsExactlyElementsOf(expected.children(g.code()));
    }
    assertThat(actual.households()).containsExactlyElementsOf(expected.households());
    for (Household h : expected.households()) {
      assertThat(actual.gridsOf(h.id()))
          .as("grids of %s", h.id())
          .isEqualTo(expected.gridsOf(h.id()));
    }
    assertThat(actual.buildings())
        .containsExactlyElementsOf(
            expected.buildings().stream().map(TreeFixtures::asWritten).toList());
    assertThat(actual.residents()).containsExactlyElementsOf(expected.residents());
    assertThat(actual.members()).containsExactlyElementsOf(expected.members());
    assertThat(actual.partyOrganizations())
        .containsExactlyElementsOf(expected.partyOrganizations());
  }
}
