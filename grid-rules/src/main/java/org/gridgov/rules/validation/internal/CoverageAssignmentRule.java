package org.gridgov.rules.validation.internal;

import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.household.Household;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code coverage.unassigned}: a household in no grid; {@code coverage.multiple}: a household in
 * more than one grid, counted twice (全域覆盖, no gaps and no double counting). ERROR, one per
 * household; the subject is the household, the grid (for a double assignment) the first grid by
 * code, the value the number of grids, the limit 1.
 */
public final class CoverageAssignmentRule implements GridRule {

  /** The id of households in no grid. */
  public static final String UNASSIGNED_ID = "coverage.unassigned";

  /** The id of households in several grids. */
  public static final String MULTIPLE_ID = "coverage.multiple";

  /** Makes the rule. */
  public CoverageAssignmentRule() {}

  @Override
  public String id() {
    return UNASSIGNED_ID;
  }

  @Override
  public Set<String> ids() {
    return Set.of(UNASSIGNED_ID, MULTIPLE_ID);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Household h : context.tree().unassignedHouseholds()) {
      findings.accept(
          context
              .finding(UNASSIGNED_ID, Severity.ERROR)
              .subject(h.id())
              .value(0)
              .limit(1)
              .message("household " + h.id() + " is in no grid", "住户" + h.id() + "未纳入任何网格"));
    }
    for (Household h : context.tree().multiplyAssignedHouseholds()) {
      Set<GridCode> grids = new java.util.TreeSet<>(context.tree().gridsOf(h.id()));
      findings.accept(
          context
              .finding(MULTIPLE_ID, Severity.ERROR)
              .grid(grids.iterator().next())
              .subject(h.id())
              .value(grids.size())
              .limit(1)
              .message(
                  "household "
                      + h.id()
                      + " is in "
                      + grids.size()
                      + " grids "
                      + grids
                      + " and is counted in each",
                  "住户" + h.id() + "同时属于" + grids.size() + "个网格" + grids + "，被重复统计"));
    }
  }
}
