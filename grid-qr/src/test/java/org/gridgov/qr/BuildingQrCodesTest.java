package org.gridgov.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.events.intake.LinkCheck;
import org.gridgov.samples.community.BundledSample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildingQrCodesTest {

  @TempDir Path dir;

  @Test
  @DisplayName("every building named by the urban sample's households gets one verifiable code")
  void urbanSample() {
    GridTree tree = BundledSample.URBAN.load();
    BuildingQrCodes codes = BuildingQrCodes.of(tree, QrImagesTest.LINKS);
    long named =
        tree.households().stream().flatMap(h -> h.buildingId().stream()).distinct().count();
    assertThat(codes.codes().size() + codes.skipped().size()).isEqualTo((int) named);
    assertThat(codes.codes()).isNotEmpty();
    for (BuildingQrCodes.Code c : codes.codes()) {
      assertThat(QrImagesTest.LINKS.verify(c.link().toString()))
          .isEqualTo(new LinkCheck.Valid(c.buildingId(), c.grid()));
    }
  }

  @Test
  @DisplayName("a building's grid is the grid most of its households are in, ties to the smaller")
  void mostCommonGrid() {
    GridCode a = GridCode.parse("510107011005001001");
    GridCode b = GridCode.parse("510107011005001002");
    GridTree tree =
        tree(
            List.of(
                new Object[] {"H1", "B1", a},
                new Object[] {"H2", "B1", b},
                new Object[] {"H3", "B1", b},
                new Object[] {"H4", "B2", b},
                new Object[] {"H5", "B2", a},
                new Object[] {"H6", "B3", null}));
    BuildingQrCodes codes = BuildingQrCodes.of(tree, QrImagesTest.LINKS);
    assertThat(codes.codes())
        .extracting(BuildingQrCodes.Code::buildingId, BuildingQrCodes.Code::grid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B1", b),
            org.assertj.core.groups.Tuple.tuple("B2", a));
    assertThat(codes.skipped())
        .extracting(BuildingQrCodes.Skipped::buildingId)
        .containsExactly("B3");
  }

  @Test
  @DisplayName(
      "safe ids name their files; others are mapped and hashed, distinct even folding case")
  void fileNames() {
    Map<String, String> names =
        BuildingQrCodes.fileNames(
            List.of("B01", "B-2.a", "1栋/2单元", "../etc", "CON", "x y", "Q1", "q1", ".hidden"));
    assertThat(names.get("B01")).isEqualTo("B01");
    assertThat(names.get("B-2.a")).isEqualTo("B-2.a");
    assertThat(names.get("1栋/2单元")).matches("1__2__-[0-9a-f]{12}");
    assertThat(names.get("../etc")).matches("___etc-[0-9a-f]{12}");
    assertThat(names.get("CON")).matches("CON-[0-9a-f]{12}");
    assertThat(names.get("x y")).matches("x_y-[0-9a-f]{12}");
    assertThat(names.get("Q1")).matches("Q1-[0-9a-f]{12}");
    assertThat(names.get("q1")).matches("q1-[0-9a-f]{12}");
    assertThat(names.get(".hidden")).matches("_hidden-[0-9a-f]{12}");
    assertThat(names.values().stream().map(String::toLowerCase).distinct()).hasSize(names.size());
  }

  @Test
  @DisplayName("write puts one PNG per code and links.csv with its header, quoting where needed")
  void write() throws Exception {
    GridCode a = GridCode.parse("510107011005001001");
    GridTree tree = tree(List.of(new Object[] {"H1", "B1", a}, new Object[] {"H2", "楼,2", a}));
    BuildingQrCodes codes = BuildingQrCodes.of(tree, QrImagesTest.LINKS);
    List<String> progress = new ArrayList<>();
    codes.write(dir, (task, done, total) -> progress.add(task + " " + done + "/" + total));
    assertThat(progress).containsExactly("writing QR codes 1/2", "writing QR codes 2/2");
    List<String> lines = Files.readAllLines(dir.resolve("links.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("building_id,grid_code,link,file");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith("\"楼,2\",510107011005001001,https://");
    for (BuildingQrCodes.Code c : codes.codes()) {
      byte[] png = Files.readAllBytes(dir.resolve(c.file()));
      assertThat(QrImagesTest.decode(png)).isEqualTo(c.link().toString());
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing).hasSize(3); // no temporary file left
    }
  }

  /** A community with one general grid, two micro grids and households {id, building, grid}. */
  private static GridTree tree(List<Object[]> households) {
    GridCode community = GridCode.parse("510107011005");
    GridCode general = GridCode.parse("510107011005001");
    GridTree.Builder b =
        GridTree.builder()
            .addGrid(Grid.builder(community, "锦绣社区").settlement(Settlement.URBAN).build())
            .addGrid(Grid.builder(general, "第一网格").settlement(Settlement.URBAN).build());
    for (String micro : new String[] {"510107011005001001", "510107011005001002"}) {
      b.addGrid(Grid.builder(GridCode.parse(micro), "微网格").settlement(Settlement.URBAN).build());
    }
    for (Object[] h : households) {
      b.addHousehold(Household.builder((String) h[0]).buildingId((String) h[1]).size(2).build());
      if (h[2] != null) {
        b.assign((String) h[0], (GridCode) h[2]);
      }
    }
    return b.build();
  }
}
