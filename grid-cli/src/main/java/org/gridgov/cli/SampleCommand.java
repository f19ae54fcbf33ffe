package org.gridgov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.examples.sample.BundledSample;
import org.gridgov.examples.sample.SampleCommunities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid sample}: writes a generated sample community as the four interchange files. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a sample community with the seeded generator of grid-examples and writes it as"
          + " grids.geojson, households.csv, members.csv, party.csv and buildings.csv (docs/formats.md). The same"
          + " seed always gives the same files."
    })
final class SampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "urban",
      description = "Which community: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  BundledSample kind;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Generator seed (default: the seed of the bundled sample).")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--force", description = "Overwrite files that already exist in DIR.")
  boolean force;

  @Option(
      names = "--plant-staffing-faults",
      description =
          "Plant a vacant micro grid (人走格空) and one whose members have no smartphone"
              + " (格在人在事不传), for trying the validators.")
  boolean plantFaults;

  @Override
  public Integer call() throws Exception {
    if (!force) {
      for (String name :
          new String[] {
            GridFiles.GRIDS,
            GridFiles.HOUSEHOLDS,
            GridFiles.MEMBERS,
            GridFiles.PARTY,
            GridFiles.BUILDINGS
          }) {
        if (Files.exists(out.resolve(name))) {
          throw new InvalidInputException(
              "will not overwrite existing files",
              java.util.List.of(
                  Problem.of(out.resolve(name).toString(), "exists; pass --force to overwrite")));
        }
      }
    }
    GridTree tree =
        kind.generate(seed == null ? SampleCommunities.DEFAULT_SEED : seed, plantFaults);
    Files.createDirectories(out);
    GridFiles.writeDirectory(tree, out);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d grids, %d households, %d members, %d party organisations, %d buildings to %s%n",
            tree.grids().size(),
            tree.households().size(),
            tree.members().size(),
            tree.partyOrganizations().size(),
            tree.buildings().size(),
            out);
    return ExitCodes.OK;
  }
}
