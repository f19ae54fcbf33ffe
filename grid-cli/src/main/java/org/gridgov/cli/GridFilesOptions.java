package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import picocli.CommandLine.Option;

/** The input files shared by the commands that load a community: grids, households and the rest. */
final class GridFilesOptions {

  @Option(names = "--grids", required = true, paramLabel = "FILE", description = "Grids, GeoJSON.")
  Path grids;

  @Option(
      names = "--households",
      required = true,
      paramLabel = "FILE",
      description = "Households, CSV.")
  Path households;

  @Option(names = "--members", paramLabel = "FILE", description = "Grid members, CSV.")
  Path members;

  @Option(names = "--party", paramLabel = "FILE", description = "Party organisations, CSV.")
  Path party;

  @Option(names = "--buildings", paramLabel = "FILE", description = "Buildings, CSV (optional).")
  Path buildings;

  /** Loads the files, showing progress on {@code err} when it takes a while. */
  GridTree load(PrintWriter err) {
    ProgressLine progress = new ProgressLine(err);
    GridFiles.Loader loader =
        GridFiles.loader().progress(progress).grids(grids).households(households);
    if (members != null) {
      loader.members(members);
    }
    if (party != null) {
      loader.party(party);
    }
    if (buildings != null) {
      loader.buildings(buildings);
    }
    GridTree tree = loader.load();
    progress.done();
    return tree;
  }

  /** The files given, in option order, for a summary's title: every one that was read. */
  String described() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Path p : new Path[] {grids, households, members, party, buildings}) {
      if (p != null) {
        names.add(p.toString());
      }
    }
    return String.join(", ", names);
  }
}
