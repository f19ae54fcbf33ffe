package org.gridgov.rules.validation.internal;

import java.util.Locale;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;
import org.gridgov.rules.workload.WorkloadEstimate;

/**
 * {@code workload.micro}: a micro grid (微网格) whose door-to-door round, as the {@linkplain
 * org.gridgov.rules.workload.WorkloadModel workload model} estimates it, takes longer than the
 * policy's {@code roundMaxMinutes} (the paper: every household within 3 hours, “3小时内完成入户排查和动员”).
 * ERROR; the value is the estimated round in minutes, the limit {@code roundMaxMinutes}.
 *
 * <p>The round is the grid's total work shared over its members active on the day of the check. A
 * micro grid with no active member is estimated for one person, since someone (the general grid's
 * staff, a new member) still has to make the round; the message says so, and {@code
 * staffing.vacant} reports the vacancy itself. See {@code docs/workload.md}.
 */
public final class WorkloadMicroRule implements GridRule {

  /** The rule id. */
  public static final String ID = "workload.micro";

  /** Makes the rule; it takes its figures from the policy. */
  public WorkloadMicroRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid grid : context.tree().grids(GridLevel.MICRO)) {
      double limit = context.values(grid).roundMaxMinutes();
      WorkloadEstimate e = context.workload(grid);
      if (e.roundMinutes() <= limit) {
        continue;
      }
      int active = context.activeMembers(grid.code()).size();
      String whoEn =
          active == 0
              ? "no active member, so estimated for one person"
              : active == 1
                  ? "by its 1 active member"
                  : "shared by its " + active + " active members";
      String whoZh = active == 0 ? "无在岗网格员，按一人计" : "由" + active + "名在岗网格员分担";
      findings.accept(
          context
              .finding(ID, Severity.ERROR)
              .grid(grid.code())
              .value(round1(e.roundMinutes()))
              .limit(limit)
              .message(
                  String.format(
                      Locale.ROOT,
                      "the door-to-door round of %d households takes %.1f min, %s (visits %.1f,"
                          + " special groups %.1f, walking %.1f, stairs %.1f min of work); limit"
                          + " %s min",
                      e.households(),
                      e.roundMinutes(),
                      whoEn,
                      e.visitMinutes(),
                      e.careMinutes(),
                      e.walkingMinutes(),
                      e.stairMinutes(),
                      number(limit)),
                  String.format(
                      Locale.ROOT,
                      "入户走访%d户需%.1f分钟（%s；入户%.1f、特殊群体%.1f、步行%.1f、爬楼%.1f分钟），超过上限%s分钟",
                      e.households(),
                      e.roundMinutes(),
                      whoZh,
                      e.visitMinutes(),
                      e.careMinutes(),
                      e.walkingMinutes(),
                      e.stairMinutes(),
                      number(limit))));
    }
  }

  /** Minutes to one decimal, so that reports do not show float noise. */
  static double round1(double minutes) {
    return Math.round(minutes * 10) / 10.0;
  }

  /** A figure without a trailing {@code .0}. */
  static String number(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
