package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gridgov.core.io.GridFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchCommandsTest {

  @TempDir Path dir;

  private static final String SMALL =
      """
      {"schemaVersion": 1, "name": "small", "days": 7, "repeats": 2,
       "community": {"generalGrids": 1, "householdsPerGeneralGrid": 200},
       "sweep": {"microGridMaxHouseholds": [60, 200], "smartphoneLevel": [1, 0.3]}}
      """;

  @Test
  void experimentWritesBothCsvsAndTheChartsAndTwoRunsAreByteIdentical() throws Exception {
    Path config = dir.resolve("small.json");
    Files.writeString(config, SMALL);
    for (String out : new String[] {"a", "b"}) {
      GridCommandTest.Run run =
          GridCommandTest.grid(
              "experiment", "--config", config.toString(), "--out", dir.resolve(out).toString());
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.err()).contains("grid: experiment \"small\": 4 points x 2 seeds = 8 runs");
      assertThat(run.out()).startsWith("8 runs; wrote runs.csv, summary.csv,");
    }
    for (String f : new String[] {"runs.csv", "summary.csv"}) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
    assertThat(Files.readAllLines(dir.resolve("a/runs.csv"))).hasSize(9);
    BufferedImage chart = ImageIO.read(dir.resolve("a/coverage_3h.png").toFile());
    assertThat(chart.getWidth()).isEqualTo(800);
  }

  @Test
  void aBadConfigExitsWithTwoNamingThePathOfTheField() throws Exception {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"schemaVersion\": 1, \"sweep\": {\"smartphoneLevel\": [3]}}");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "experiment", "--config", config.toString(), "--out", dir.resolve("x").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("$.sweep.smartphoneLevel[0]: 3.0 is outside 0..2");
  }

  @Test
  void mapWritesAPngAndAnSvgOfTheSample() throws Exception {
    Path sample = dir.resolve("sample");
    assertThat(GridCommandTest.grid("sample", "--out", sample.toString()).exit()).isZero();
    Path png = dir.resolve("map.png");
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "map",
            "--grids",
            sample.resolve(GridFiles.GRIDS).toString(),
            "--households",
            sample.resolve(GridFiles.HOUSEHOLDS).toString(),
            "--out",
            png.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(800);
    Path svg = dir.resolve("map.svg");
    run =
        GridCommandTest.grid(
            "map", "--grids", sample.resolve(GridFiles.GRIDS).toString(), "--out", svg.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<path");
  }

  @Test
  void mapRefusesAnOutputThatIsNeitherPngNorSvg() {
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "map", "--grids", "g.geojson", "--out", dir.resolve("m.gif").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--out must end in .png or .svg");
  }

  @Test
  void demoEndsWithTheTourOfTheUrbanSample() throws Exception {
    GridCommandTest.Run run =
        GridCommandTest.grid(
            "demo", "--sample", "urban", "--store", "memory:", "--date", "2026-03-01");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("[1/5] Validate", "[2/5] Merge residents", "[3/5] A report's life")
        .contains("[4/5] Re-divide a grid", "[5/5] A map")
        .containsPattern("\\d+ records from \\d+ apps -> \\d+ residents")
        .containsPattern("escalated\\s+by system")
        .containsPattern("closed\\s+by community")
        .containsPattern("proposed: \\d+ micro grids, at most \\d+ households");
    String wrote =
        run.out().lines().filter(l -> l.startsWith("  wrote ")).findFirst().orElseThrow();
    Path map = Path.of(wrote.substring("  wrote ".length()));
    assertThat(ImageIO.read(map.toFile()).getWidth()).isEqualTo(1000);
    Files.delete(map);
    Files.delete(map.getParent());
    GridCommandTest.Run quiet =
        GridCommandTest.grid(
            "demo", "--sample", "urban", "--store", "memory:", "--date", "2026-03-01", "--no-tour");
    assertThat(quiet.out()).doesNotContain("[1/5]");
  }
}
