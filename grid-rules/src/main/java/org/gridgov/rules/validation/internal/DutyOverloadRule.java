package org.gridgov.rules.validation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code duty.overload}: a member whose week holds more work than the policy's weekly hours — the
 * catalogue minutes of the tasks given to them plus the door-to-door rounds of their micro grids.
 * WARNING, one per member; the value is the week's hours (one decimal), the limit {@code
 * fullTimeWeeklyHours} for full-time staff and {@code otherWeeklyHours} for part-time members and
 * volunteers (the strictest among the member's grids).
 *
 * <p>The week is the seven days ending on the day of the check; a task counts in it by the day it
 * was assigned, at the catalogue's minutes for its kind (a kind the catalogue does not list counts
 * nothing here, and {@code duty.unlisted} reports it). Each micro grid the member serves adds its
 * round as the workload model estimates it (the grid's work shared over its active members), {@code
 * 7 ÷ patrolIntervalDays} times a week. Only members active on the day count. Needs the tasks and
 * the catalogue.
 */
public final class DutyOverloadRule implements GridRule {

  /** The rule id. */
  public static final String ID = "duty.overload";

  /** Makes the rule. */
  public DutyOverloadRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<GovernanceInput> inputs() {
    return Set.of(GovernanceInput.TASKS, GovernanceInput.CATALOGUE);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    Optional<DutyCatalogue> catalogue = context.records().catalogue();
    if (catalogue.isEmpty()) {
      return;
    }
    LocalDate from = context.date().minusDays(6);
    Map<String, Double> taskMinutes = new HashMap<>();
    Map<String, Integer> taskCount = new HashMap<>();
    for (GridTask t : context.records().tasks()) {
      LocalDate day = t.assignedAt().toLocalDate();
      if (t.memberId().isEmpty() || day.isBefore(from) || day.isAfter(context.date())) {
        continue;
      }
      double minutes =
          catalogue.get().find(t.department(), t.kind()).map(DutyKind::minutes).orElse(0.0);
      taskMinutes.merge(t.memberId().get(), minutes, Double::sum);
      taskCount.merge(t.memberId().get(), 1, Integer::sum);
    }
    for (GridMember m : context.tree().members()) {
      if (!m.isActiveOn(context.date())) {
        continue;
      }
      boolean fullTime = m.employment() == Employment.FULL_TIME;
      double limitHours = Double.MAX_VALUE;
      double roundMinutes = 0;
      int rounds = 0;
      for (GridCode code : m.grids()) {
        Optional<Grid> grid = context.tree().grid(code);
        if (grid.isEmpty()) {
          continue;
        }
        PolicyValues v = context.values(grid.get());
        limitHours =
            Math.min(limitHours, fullTime ? v.fullTimeWeeklyHours() : v.otherWeeklyHours());
        if (grid.get().level() == GridLevel.MICRO) {
          roundMinutes +=
              context.workload(grid.get()).roundMinutes() * 7.0 / v.patrolIntervalDays();
          rounds++;
        }
      }
      if (limitHours == Double.MAX_VALUE) {
        continue;
      }
      double tasks = taskMinutes.getOrDefault(m.id(), 0.0);
      double hours = (tasks + roundMinutes) / 60.0;
      if (hours <= limitHours) {
        continue;
      }
      double shown = Math.round(hours * 10) / 10.0;
      int n = taskCount.getOrDefault(m.id(), 0);
      findings.accept(
          context
              .finding(ID, Severity.WARNING)
              .grid(m.grids().first())
              .subject(m.id())
              .value(shown)
              .limit(limitHours)
              .message(
                  String.format(
                      Locale.ROOT,
                      "member %s has %.1f h of work in the week to %s: %d tasks (%.0f min by the"
                          + " catalogue) and the rounds of %d micro grid(s) (%.0f min); limit %s h",
                      m.id(),
                      shown,
                      context.date(),
                      n,
                      tasks,
                      rounds,
                      roundMinutes,
                      WorkloadMicroRule.number(limitHours)),
                  String.format(
                      Locale.ROOT,
                      "网格员%s截至%s一周工作量%.1f小时：任务%d项（按清单%.0f分钟），%d个微网格入户走访（%.0f分钟），超过%s小时",
                      m.id(),
                      context.date(),
                      shown,
                      n,
                      tasks,
                      rounds,
                      roundMinutes,
                      WorkloadMicroRule.number(limitHours))));
    }
  }
}
