package org.gridgov.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import org.gridgov.rules.incident.DoorKnockPlan;
import org.gridgov.rules.incident.DoorKnockPlanner;
import org.gridgov.rules.incident.IncidentArea;
import org.gridgov.rules.policy.GridPolicy;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid knock}: the door-knock plan of an area incident. */
@Command(
    name = "knock",
    mixinStandardHelpOptions = true,
    description = {
      "Plans the door-to-door check of an area incident (flood, fire, earthquake): every"
          + " household in the area once, special groups first, split over the active members of"
          + " the affected grids so that each list fits the 3-hour round. Writes DIR/plan.csv"
          + " (member_id,household_id,seq,minutes_from_start) and DIR/unreachable.csv, and names"
          + " every household that cannot be reached in time (docs/knock.md)."
    })
final class KnockCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Option(
      names = "--area",
      required = true,
      paramLabel = "FILE",
      description = "The affected area, GeoJSON: polygons, or points with radius_m.")
  Path area;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy, JSON (docs/policy.md).")
  Path policy;

  @Mixin DateOption date = new DateOption();

  @Mixin SpreadsheetOptions.Excel excel = new SpreadsheetOptions.Excel();

  @Override
  public Integer call() {
    GridPolicy rules = Policies.territory(Optional.ofNullable(policy));
    Geometry affected = IncidentArea.read(area);
    GridTree tree = files.load(spec.commandLine().getErr());
    DoorKnockPlan plan = new DoorKnockPlanner(rules).plan(tree, affected, date.dateOrToday());
    plan.write(out);
    var w = spec.commandLine().getOut();
    long members = plan.visits().stream().map(DoorKnockPlan.Visit::memberId).distinct().count();
    w.printf(
        "%d households to visit by %d members; %d cannot be reached in time; wrote %s%n",
        plan.visits().size(), members, plan.unreachable().size(), out);
    plan.unreachable()
        .forEach(u -> w.printf("  unreachable: %s (%s)%n", u.householdId(), u.reason()));
    return ExitCodes.OK;
  }
}
