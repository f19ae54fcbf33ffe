package org.gridgov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.rules.overlay.DepartmentLayer;
import org.gridgov.rules.overlay.GridOverlay;
import org.gridgov.rules.overlay.OverlayResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid overlay}: maps a department's grid layer onto the unified grids (多网合一). */
@Command(
    name = "overlay",
    mixinStandardHelpOptions = true,
    description = {
      "Maps a department's own grid layer (police beats, health-service areas, urban-management"
          + " cells; GeoJSON, docs/overlay.md) onto the unified grids: which grids each cell covers"
          + " and by what share of area, which micro grids the cells' boundaries cut through, and"
          + " what either layer leaves uncovered. Writes DIR/mapping.csv, DIR/cuts.csv and"
          + " DIR/uncovered.csv."
    })
final class OverlayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--grids", required = true, paramLabel = "FILE", description = "Grids, GeoJSON.")
  Path grids;

  @Option(
      names = "--layer",
      required = true,
      paramLabel = "FILE",
      description = "The department's layer, GeoJSON.")
  Path layer;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--tolerance",
      paramLabel = "M2",
      defaultValue = "1.0",
      description = "Areas up to this many m² are digitising noise (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(
      names = "--id-property",
      paramLabel = "NAME",
      description =
          "The property holding each cell's id, e.g. BEAT_NO (default: properties.id, else the"
              + " feature's id member).")
  @org.jspecify.annotations.Nullable
  String idProperty;

  @Override
  public Integer call() {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      // Infinity would call every difference noise and report none.
      throw new InvalidInputException(
          "bad --tolerance",
          List.of(Problem.of("--tolerance", tolerance + " is not a finite number >= 0")));
    }
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    GridTree tree = GridFiles.loader().progress(progress).grids(grids).load();
    DepartmentLayer cells =
        idProperty == null ? DepartmentLayer.read(layer) : DepartmentLayer.read(layer, idProperty);
    OverlayResult result = GridOverlay.compute(tree, cells, tolerance);
    progress.done();
    result.write(out);
    spec.commandLine()
        .getOut()
        .printf(
            "%d cells onto %d grids: %d overlaps, %d grids cut by cell boundaries, %d areas"
                + " uncovered; wrote %s%n",
            cells.cells().size(),
            tree.grids().size(),
            result.mapping().size(),
            result.cuts().size(),
            result.uncovered().size(),
            out);
    return ExitCodes.OK;
  }
}
