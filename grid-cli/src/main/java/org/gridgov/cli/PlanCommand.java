package org.gridgov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.rules.planning.MicroGridPlan;
import org.gridgov.rules.planning.MicroGridPlanner;
import org.gridgov.rules.planning.PlannedGrid;
import org.gridgov.rules.policy.GridPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid plan}: proposes micro grids for one general grid. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Proposes micro grids for a general grid (划小划微): every household in exactly one, each"
          + " within the policy's size and door-to-door workload limits, buildings kept whole"
          + " unless one alone is too large. Writes the proposal to DIR as interchange files:"
          + " grids.geojson (the proposed micro grids with their ancestors) and households.csv"
          + " (the reassignment), with buildings.csv (docs/planner.md)."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Option(names = "--grid", required = true, paramLabel = "CODE", description = "The general grid.")
  String grid;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy, JSON (docs/policy.md).")
  Path policy;

  @Option(
      names = "--members-per-grid",
      paramLabel = "N",
      defaultValue = "3",
      description = "Members who will share each grid's round (default: ${DEFAULT-VALUE}).")
  int membersPerGrid;

  @Override
  public Integer call() {
    GridCode code;
    try {
      code = GridCode.parse(grid);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "bad --grid", List.of(Problem.of("--grid", Checks.messageOf(e))));
    }
    GridPolicy rules = Policies.territory(Optional.ofNullable(policy));
    GridTree tree = files.load(spec.commandLine().getErr());
    MicroGridPlanner planner;
    MicroGridPlan plan;
    try {
      planner = MicroGridPlanner.builder().policy(rules).membersPerGrid(membersPerGrid).build();
      plan = planner.plan(tree, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "cannot plan " + grid, List.of(Problem.of("--grid " + grid, Checks.messageOf(e))));
    }
    plan.write(out);
    var w = spec.commandLine().getOut();
    w.printf(
        "%s %s: %d households into %d micro grids%n",
        plan.general().code(),
        plan.general().name(),
        plan.assignment().size(),
        plan.grids().size());
    for (PlannedGrid g : plan.grids()) {
      w.printf(
          "  %s  households %3d  round %5.1f min%s%n",
          g.grid().code(),
          g.households().size(),
          g.workload().roundMinutes(),
          g.grid().boundary().isPresent() ? "" : "  (no polygon: part of a divided building)");
    }
    w.printf("wrote %s%n", out);
    return ExitCodes.OK;
  }
}
