package org.gridgov.research.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.samples.community.SampleCommunities;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class GridMapTest {

  private static final GridTree TREE = SampleCommunities.urban();

  @Test
  void thePngDecodesAtItsSizeAndEachMicroGridIsFilledWhereItLies() throws Exception {
    GridMap map = new GridMap(TREE, Optional.empty(), List.of());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(map.png()));
    assertThat(image.getWidth()).isEqualTo(GridMap.WIDTH);
    assertThat(image.getHeight()).isEqualTo(GridMap.HEIGHT);
    int checked = 0;
    for (Grid g : TREE.grids(GridLevel.MICRO)) {
      Point inside = g.boundary().orElseThrow().getInteriorPoint();
      int x = (int) Math.round(map.x(inside.getX()));
      int y = (int) Math.round(map.y(inside.getY()));
      int rgb = image.getRGB(x, y) & 0xFFFFFF;
      // A fill of the households scale: blue-ish, never the white background.
      int r = rgb >> 16;
      int b = rgb & 0xFF;
      if (rgb != 0xFFFFFF && b >= r) {
        checked++;
      }
    }
    // Labels and marks may cover a few interior points; nearly all must show their fill.
    assertThat(checked).isGreaterThan(TREE.grids(GridLevel.MICRO).size() * 3 / 4);
    // Outside the community, far in the corner, the background stays white.
    assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void findingsColourTheirGridRed() throws Exception {
    Grid micro = TREE.grids(GridLevel.MICRO).get(0);
    GridMap map = new GridMap(TREE, Optional.of(Map.of(micro.code(), Severity.ERROR)), List.of());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(map.png()));
    Point inside = micro.boundary().orElseThrow().getInteriorPoint();
    int rgb =
        image.getRGB(
            (int) Math.round(map.x(inside.getX())), (int) Math.round(map.y(inside.getY())));
    assertThat(rgb & 0xFFFFFF).isEqualTo(0xE34A33);
  }

  @Test
  void theSvgNamesTheGeneralGridsAndHasALegendScaleBarAndNorthArrow() {
    Point somewhere = TREE.households().get(0).location().orElseThrow();
    String svg = new GridMap(TREE, Optional.empty(), List.of(somewhere)).svg();
    assertThat(svg).startsWith("<?xml").endsWith("</svg>\n");
    for (Grid g : TREE.grids(GridLevel.GENERAL)) {
      assertThat(svg).contains(">" + g.name() + "</text>");
    }
    assertThat(svg).contains("households per grid:", ">N</text>", " m</text>", "open case");
    assertThat(svg).contains("fill=\"#d7301f\""); // the open case's mark
  }
}
