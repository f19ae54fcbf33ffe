package org.gridgov.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.io.EventCsv;
import org.gridgov.core.io.GridFiles;
import org.gridgov.research.map.GridMap;
import org.gridgov.research.map.MapLayers;
import org.locationtech.jts.geom.Point;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grid map}: draws the grids as a PNG or SVG map, offline. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Draws the grids as a map, offline (no tile server): grids coloured by households per grid,"
          + " or by their worst finding with --findings; special-group households and open cases"
          + " as marks; general grids named; a legend, a scale bar and a north arrow. PNG or SVG"
          + " by the --out extension. Chinese names in a PNG need a CJK font installed (Debian:"
          + " fonts-noto-cjk); without one a warning is printed. See docs/research.md."
    })
final class MapCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--grids", required = true, paramLabel = "FILE", description = "Grids, GeoJSON.")
  Path grids;

  @Option(names = "--households", paramLabel = "FILE", description = "Households, CSV.")
  Path households;

  @Option(
      names = "--findings",
      paramLabel = "FILE",
      description =
          "Findings: the JSON of 'grid validate --format json'; colours grids by the worst.")
  Path findings;

  @Option(
      names = "--cases",
      paramLabel = "FILE",
      description = "Reports of the open cases, CSV (the events format); each is marked.")
  Path cases;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The map: a .png or .svg file.")
  Path out;

  @Override
  public Integer call() {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
      throw new ParameterException(
          spec.commandLine(), "--out must end in .png or .svg but was \"" + out + "\"");
    }
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    GridFiles.Loader loader = GridFiles.loader().progress(progress).grids(grids);
    if (households != null) {
      loader.households(households);
    }
    GridTree tree = loader.load();
    progress.done();
    Optional<Map<GridCode, Severity>> worst =
        Optional.ofNullable(findings).map(MapLayers::readFindings);
    List<Point> marks =
        cases == null ? List.of() : MapLayers.casePoints(EventCsv.read(cases), tree);
    GridMap map;
    try {
      map = new GridMap(tree, worst, marks);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("grid: " + e.getMessage() + " (" + grids + ")");
      return ExitCodes.BAD_INPUT;
    }
    byte[] bytes = lower.endsWith(".png") ? map.png() : map.svg().getBytes(StandardCharsets.UTF_8);
    map.warnings().forEach(w -> spec.commandLine().getErr().println("grid: warning: " + w));
    Path dir =
        java.util.Objects.requireNonNull(
            out.toAbsolutePath().getParent(), "a file has a directory");
    AtomicFiles.writeBytes(dir, Map.of(name, o -> o.write(bytes)));
    spec.commandLine()
        .getOut()
        .printf(
            "%d grids, %d households, %d open cases; wrote %s%n",
            tree.grids().size(), tree.households().size(), marks.size(), out);
    return ExitCodes.OK;
  }
}
