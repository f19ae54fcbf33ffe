package org.gridgov.rules.validation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code patrol.gap}: a micro grid (微网格) that no patrol (上格) has entered within the policy's {@code
 * patrolIntervalDays} before the day of the check — a grid drawn on paper only. WARNING, one per
 * micro grid; the value is the days since its last patrol (absent when the records hold none), the
 * limit {@code patrolIntervalDays}.
 *
 * <p>A patrol counts on the day it started, in its own offset; patrols that start after the day of
 * the check are not counted. Needs the patrols.
 */
public final class PatrolGapRule implements GridRule {

  /** The rule id. */
  public static final String ID = "patrol.gap";

  /** Makes the rule. */
  public PatrolGapRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<GovernanceInput> inputs() {
    return Set.of(GovernanceInput.PATROLS);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    Map<GridCode, LocalDate> last = new HashMap<>();
    for (Patrol p : context.records().patrols()) {
      LocalDate day = p.startedAt().toLocalDate();
      if (!day.isAfter(context.date())) {
        last.merge(p.grid(), day, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    for (Grid grid : context.tree().grids(GridLevel.MICRO)) {
      int limit = context.values(grid).patrolIntervalDays();
      LocalDate seen = last.get(grid.code());
      if (seen == null) {
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(grid.code())
                .limit(limit)
                .message(
                    "no patrol of this micro grid is on record; it must be patrolled every "
                        + limit
                        + " days",
                    "无上格巡查记录，应每" + limit + "天巡查一次"));
        continue;
      }
      long days = ChronoUnit.DAYS.between(seen, context.date());
      if (days > limit) {
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(grid.code())
                .value(days)
                .limit(limit)
                .message(
                    "last patrolled on "
                        + seen
                        + ", "
                        + days
                        + " days ago; it must be patrolled every "
                        + limit
                        + " days",
                    "最近一次上格巡查为" + seen + "，已" + days + "天，超过" + limit + "天"));
      }
    }
  }
}
