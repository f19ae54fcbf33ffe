package org.gridgov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid inspect}: loads grid files and prints their hierarchy summary. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a community's files (formats: docs/formats.md), checks that they fit together, and"
          + " prints the hierarchy summary. Every bad row is reported with its file, line and"
          + " column; then the command exits with code 2."
    })
final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  OutputFormat format;

  @Mixin DateOption date = new DateOption();

  @Override
  public Integer call() {
    Progress progress = new Progress(spec.commandLine().getErr());
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
    SummaryPrinter.print(
        "Files: " + grids + ", " + households,
        tree,
        date.dateOrToday(),
        format,
        spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
