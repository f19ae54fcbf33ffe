package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.EventCsv;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.Route;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.store.StoredCases;
import org.gridgov.spi.store.GridStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid route}: routes a file of reports to grids, members and departments. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description = {
      "Routes reports (events CSV, docs/events.md): locates each in the smallest grid holding it,"
          + " joins reports of one incident into one case, assigns the case to a member whose"
          + " duties fit, names the departments that join and the deadline. Writes"
          + " DIR/assignments.csv (event_id,case_id,grid_code,assignee,departments,level,due_at),"
          + " DIR/audit.jsonl and DIR/unroutable.csv (event_id,reason): a report that cannot be"
          + " routed is listed with its reason, never dropped."
    })
final class RouteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Option(
      names = "--events",
      required = true,
      paramLabel = "FILE",
      description = "Reports, CSV (docs/events.md).")
  Path events;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy, JSON: its routing section (docs/policy.md).")
  Path policy;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RoutingPolicy routing = Policies.routing(Optional.ofNullable(policy));
    // The store is opened first: a store that cannot be reached fails before the work.
    try (GridStore cases = store.open()) {
      return route(err, routing, cases);
    }
  }

  private int route(PrintWriter err, RoutingPolicy routing, GridStore cases) {
    List<GridEvent> reports = EventCsv.read(events);
    GridTree tree = files.load(err);
    long started = System.nanoTime();
    if (reports.size() >= 100_000) {
      err.printf("routing %,d reports...%n", reports.size());
    }
    CaseIntake.Result result = new CaseIntake(tree, EventRouter.of(tree, routing)).take(reports);
    if (reports.size() >= 100_000) {
      err.printf("routed in %.1f s; writing %s%n", (System.nanoTime() - started) / 1e9, out);
    }
    result.write(out);
    ProgressLine progress = new ProgressLine(err);
    StoredCases.Outcome saved = StoredCases.save(cases.cases(), result.audit(), progress::count);
    progress.done();
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "%d reports routed into %d cases (%d joined an open case), %d unassigned; %d could not be"
            + " routed; wrote %s%n",
        result.rows().size(),
        result.cases().size(),
        result.rows().size() - result.cases().size(),
        result.rows().stream().filter(r -> r.assignee().isEmpty()).count(),
        result.unroutable().size(),
        out);
    w.printf(
        "stored %d cases in %s (%d were there already)%n",
        saved.stored(), cases.describe(), saved.alreadyStored());
    int shown = 0;
    for (Route.Unroutable u : result.unroutable()) {
      if (shown++ == 20) {
        w.printf("  ... and %d more in unroutable.csv%n", result.unroutable().size() - 20);
        break;
      }
      w.printf("  not routed: %s (%s)%n", u.event().id(), u.reason());
    }
    return ExitCodes.OK;
  }
}
