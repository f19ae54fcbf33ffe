package org.gridgov.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.EventCsv;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.simulation.CaseSimulation;
import org.gridgov.events.store.StoredCases;
import org.gridgov.spi.store.GridStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid simulate}: plays reports' whole lifecycle on virtual time. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Research simulator: routes reports like 'grid route', then plays every case's lifecycle on"
          + " virtual time — members take cases after random delays, the escalation ladder climbs"
          + " when they are late, cases are handled, verified and closed. Writes the same files as"
          + " 'grid route', with every move in DIR/audit.jsonl, for 'grid report'. The delays are"
          + " assumptions (docs/events.md); the same seed gives the same log."
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Mixin StoreOption store = new StoreOption();

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "Reports, CSV.")
  Path events;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy, JSON (docs/policy.md).")
  Path policy;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the random delays (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--days-after",
      paramLabel = "N",
      defaultValue = "3",
      description = "How many days to run after the last report (default: ${DEFAULT-VALUE}).")
  int daysAfter;

  @Override
  public Integer call() {
    if (daysAfter < 0 || daysAfter > 3650) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--days-after must be 0..3650 but was " + daysAfter);
    }
    RoutingPolicy routing = Policies.routing(Optional.ofNullable(policy));
    // The store is opened first: a store that cannot be reached fails before the work.
    try (GridStore cases = store.open()) {
      return simulate(routing, cases);
    }
  }

  private int simulate(RoutingPolicy routing, GridStore cases) {
    List<GridEvent> reports = EventCsv.read(events);
    GridTree tree = files.load(spec.commandLine().getErr());
    long started = System.nanoTime();
    if (reports.size() >= 100_000) {
      spec.commandLine().getErr().printf("simulating %,d reports...%n", reports.size());
    }
    CaseSimulation.Result r =
        new CaseSimulation(tree, routing, seed, Duration.ofDays(daysAfter)).run(reports);
    if (reports.size() >= 100_000) {
      spec.commandLine()
          .getErr()
          .printf("simulated in %.1f s; writing %s%n", (System.nanoTime() - started) / 1e9, out);
    }
    new CaseIntake.Result(r.intake().rows(), r.cases(), r.audit(), r.intake().unroutable())
        .write(out);
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    StoredCases.Outcome saved = StoredCases.save(cases.cases(), r.audit(), progress::count);
    progress.done();
    long closed =
        r.cases().stream()
            .filter(c -> c.state() == org.gridgov.core.event.CaseState.CLOSED)
            .count();
    spec.commandLine()
        .getOut()
        .printf(
            "%d reports, %d cases, %d closed, %d audit records; %d could not be routed; wrote %s%n",
            reports.size(),
            r.cases().size(),
            closed,
            r.audit().size(),
            r.intake().unroutable().size(),
            out);
    spec.commandLine()
        .getOut()
        .printf(
            "stored %d cases in %s (%d were there already)%n",
            saved.stored(), cases.describe(), saved.alreadyStored());
    return ExitCodes.OK;
  }
}
