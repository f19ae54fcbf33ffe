package org.gridgov.rules.validation.internal;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code patrol.households}: a household with a special group (特殊群体) that no patrol has called on
 * within the policy's {@code specialGroupVisitIntervalDays} before the day of the check. WARNING,
 * one per household; the grid is the household's, the value the days since the last visit (absent
 * when none is on record), the limit {@code specialGroupVisitIntervalDays} of the household's grid.
 *
 * <p>A visit counts on the day its patrol started; households in no grid are left to {@code
 * coverage.unassigned}. Needs the patrols.
 */
public final class PatrolHouseholdsRule implements GridRule {

  /** The rule id. */
  public static final String ID = "patrol.households";

  /** Makes the rule. */
  public PatrolHouseholdsRule() {}

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
    Map<String, LocalDate> last = new HashMap<>();
    for (Patrol p : context.records().patrols()) {
      LocalDate day = p.startedAt().toLocalDate();
      if (!day.isAfter(context.date())) {
        for (String h : p.householdsVisited()) {
          last.merge(h, day, (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    }
    for (Household h : context.tree().households()) {
      if (!h.hasSpecialGroup()) {
        continue;
      }
      ImmutableSet<GridCode> grids = context.tree().gridsOf(h.id());
      if (grids.isEmpty()) {
        continue;
      }
      GridCode code = grids.iterator().next();
      Optional<Grid> grid = context.tree().grid(code);
      if (grid.isEmpty()) {
        continue;
      }
      int limit = context.values(grid.get()).specialGroupVisitIntervalDays();
      String groups =
          h.specialGroups().stream().map(SpecialGroup::code).collect(Collectors.joining(", "));
      LocalDate seen = last.get(h.id());
      if (seen == null) {
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(code)
                .subject(h.id())
                .limit(limit)
                .message(
                    "household "
                        + h.id()
                        + " ("
                        + groups
                        + ") has no patrol visit on record; it must be visited every "
                        + limit
                        + " days",
                    "特殊群体住户" + h.id() + "无上格走访记录，应每" + limit + "天走访一次"));
        continue;
      }
      long days = ChronoUnit.DAYS.between(seen, context.date());
      if (days > limit) {
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(code)
                .subject(h.id())
                .value(days)
                .limit(limit)
                .message(
                    "household "
                        + h.id()
                        + " ("
                        + groups
                        + ") was last visited on "
                        + seen
                        + ", "
                        + days
                        + " days ago; limit "
                        + limit
                        + " days",
                    "特殊群体住户" + h.id() + "最近一次走访为" + seen + "，已" + days + "天，超过" + limit + "天"));
      }
    }
  }
}
