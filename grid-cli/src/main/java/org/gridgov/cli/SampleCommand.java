package org.gridgov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.io.EventCsv;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleEvents;
import org.gridgov.samples.community.SampleGovernance;
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
          + " a week of sample reports as events.csv (docs/events.md), and the governance records"
          + " as of 1 March 2026: patrols.csv, patrol-tracks.geojson, duty-catalogue.json,"
          + " tasks.csv and appointments.csv (validate them with --date 2026-03-01). The same"
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
      names = "--plant-governance-faults",
      description =
          "Plant one fault for each governance rule in the patrols, tasks and appointments: an"
              + " unpatrolled micro grid, an unvisited special-group household, a track outside"
              + " its grid, tasks outside the duty catalogue, an overloaded member and a party"
              + " committee that sits nowhere else.")
  boolean plantGovernanceFaults;

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
            GridFiles.PATROLS,
            GridFiles.TRACKS,
            GridFiles.CATALOGUE,
            GridFiles.TASKS,
            GridFiles.APPOINTMENTS,
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
    GovernanceRecords records =
        SampleGovernance.generate(
            tree,
            (seed == null ? SampleCommunities.DEFAULT_SEED : seed) + 2,
            plantGovernanceFaults);
    GridFiles.writeGovernance(records, out);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d grids, %d households, %d members, %d party organisations, %d buildings,"
                + " %d reports, %d patrols, %d tracks, %d tasks, %d appointments and the duty"
                + " catalogue to %s (governance records as of %s)%n",
            tree.grids().size(),
            tree.households().size(),
            tree.members().size(),
            tree.partyOrganizations().size(),
            tree.buildings().size(),
            reports.size(),
            records.patrols().size(),
            records.tracks().size(),
            records.tasks().size(),
            records.appointments().size(),
            out,
            SampleCommunities.REFERENCE_DATE);
    return ExitCodes.OK;
  }
}
