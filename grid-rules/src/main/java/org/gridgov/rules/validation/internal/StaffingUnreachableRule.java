package org.gridgov.rules.validation.internal;

import com.google.common.collect.ImmutableList;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code staffing.unreachable}: a micro grid (微网格) whose active members are there, but none of whom
 * has a smartphone, so what they find is never reported (格在人在事不传). WARNING; the value is the number
 * of active members with a smartphone (0), the limit the fewest allowed (1).
 *
 * <p>A micro grid with no active member at all is left to {@code staffing.vacant}, so that one
 * vacancy is not reported twice.
 */
public final class StaffingUnreachableRule implements GridRule {

  /** The rule id. */
  public static final String ID = "staffing.unreachable";

  /** Makes the rule. */
  public StaffingUnreachableRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid grid : context.tree().grids(GridLevel.MICRO)) {
      ImmutableList<GridMember> active = context.activeMembers(grid.code());
      if (active.isEmpty() || active.stream().anyMatch(GridMember::hasSmartphone)) {
        continue;
      }
      findings.accept(
          context
              .finding(ID, Severity.WARNING)
              .grid(grid.code())
              .value(0)
              .limit(1)
              .message(
                  "none of the micro grid's "
                      + active.size()
                      + " active members has a smartphone, so reports cannot be sent",
                  "微网格的" + active.size() + "名在岗网格员均无智能手机，事件无法上报（格在人在事不传）"));
    }
  }
}
