package org.gridgov.rules.validation.internal;

import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code staffing.vacant}: a grid with no member active on the day of the check — the member left
 * and the grid was left empty (人走格空). ERROR; the value is the number of active members (0), the
 * limit the fewest allowed (1).
 *
 * <p>Every grid is checked, at every level, and only the members who serve that very grid count:
 * the community total grid is staffed by its chief (总网格长), a general grid by its full-time staff
 * (专职网格员), a micro grid by its chief and members, an exclusive grid by the contact its managing
 * body appoints. Members of the grids below do not staff a grid above, and a general grid's staff
 * do not staff its micro grids: each level has its own job in the paper's “3+1” structure, so a gap
 * at any level is a gap.
 */
public final class StaffingVacantRule implements GridRule {

  /** The rule id. */
  public static final String ID = "staffing.vacant";

  /** Makes the rule. */
  public StaffingVacantRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid grid : context.tree().grids()) {
      if (!context.activeMembers(grid.code()).isEmpty()) {
        continue;
      }
      int left = context.tree().members(grid.code()).size();
      int households = context.householdsWithin(grid.code()).size();
      String en =
          Levels.en(grid.level())
              + " has no active member"
              + (left > 0 ? " (" + left + " recorded, all gone)" : "")
              + "; "
              + households
              + " households are left without staff";
      String zh =
          Levels.zh(grid.level())
              + "无在岗网格员"
              + (left > 0 ? "（登记" + left + "人，均已离岗）" : "")
              + "，"
              + households
              + "户无人服务（人走格空）";
      findings.accept(
          context.finding(ID, Severity.ERROR).grid(grid.code()).value(0).limit(1).message(en, zh));
    }
  }
}
