package org.gridgov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.io.EventCsv;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid sample}: writes a generated sample community as the four interchange files. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a sample community with the seeded generator of grid-samples and writes it as"
          + " grids.geojson, households.csv, members.csv, party.csv and buildings.csv (docs/formats.md), and"
          + " a week of sample reports as events.csv (docs/events.md). The same"
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

  @Option(
      names = "--events",
      paramLabel = "N",
      defaultValue = "300",
      description =
          "How many sample reports to write to events.csv, over the week from 2 March 2026"
              + " (default: ${DEFAULT-VALUE}).")
  int events;

  /** The sample reports' file name. */
  static final String EVENTS = "events.csv";

  @Override
  public Integer call() throws Exception {
    if (events < 0 || events > 10_000_000) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--events must be 0..10000000 but was " + events);
    }
    if (!force) {
      for (String name :
          new String[] {
            GridFiles.GRIDS,
            GridFiles.HOUSEHOLDS,
            GridFiles.MEMBERS,
            GridFiles.PARTY,
            GridFiles.BUILDINGS,
            EVENTS
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
    long eventSeed = (seed == null ? SampleCommunities.DEFAULT_SEED : seed) + 1;
    List<GridEvent> reports =
        SampleEvents.generate(
            tree, events, SampleEvents.DEFAULT_START, Duration.ofDays(5), eventSeed);
    AtomicFiles.write(out, Map.of(EVENTS, w -> EventCsv.write(reports, w)));
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d grids, %d households, %d members, %d party organisations, %d buildings,"
                + " %d reports to %s%n",
            tree.grids().size(),
            tree.households().size(),
            tree.members().size(),
            tree.partyOrganizations().size(),
            tree.buildings().size(),
            reports.size(),
            out);
    return ExitCodes.OK;
  }
}
