package org.gridgov.rules.validation.internal;

import com.google.common.collect.ImmutableSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code care.unattended}: a household with a special group (特殊群体: an elderly person living alone,
 * a child in difficulty, a pregnant or post-partum woman, a person with a disability) in a grid
 * with no member active on the day of the check, so nobody would check on it first in an emergency.
 * ERROR, one per household; the grid is the one the household is assigned to, the subject the
 * household, the value the active members of that grid (0), the limit the fewest allowed (1).
 *
 * <p>The grid that counts is the one the household is assigned to (usually a micro or exclusive
 * grid), not the grids above it: whose door it is is decided there. A household assigned to several
 * grids (itself a {@code coverage.multiple} error) is attended when any of them has an active
 * member; a household in no grid is left to {@code coverage.unassigned}.
 */
public final class CareUnattendedRule implements GridRule {

  /** The rule id. */
  public static final String ID = "care.unattended";

  /** Makes the rule. */
  public CareUnattendedRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Household h : context.tree().households()) {
      if (!h.hasSpecialGroup()) {
        continue;
      }
      ImmutableSet<GridCode> grids = context.tree().gridsOf(h.id());
      if (grids.isEmpty() || grids.stream().anyMatch(g -> !context.activeMembers(g).isEmpty())) {
        continue;
      }
      String groups =
          h.specialGroups().stream().map(SpecialGroup::code).collect(Collectors.joining(", "));
      String groupsZh =
          h.specialGroups().stream().map(CareUnattendedRule::zh).collect(Collectors.joining("、"));
      findings.accept(
          context
              .finding(ID, Severity.ERROR)
              .grid(grids.iterator().next())
              .subject(h.id())
              .value(0)
              .limit(1)
              .message(
                  "household "
                      + h.id()
                      + " ("
                      + groups
                      + ") is in a grid with no active member to look after it",
                  "住户" + h.id() + "（" + groupsZh + "）所在网格无在岗网格员，特殊群体无人关照"));
    }
  }

  private static String zh(SpecialGroup group) {
    return switch (group) {
      case ELDERLY_ALONE -> "独居老人";
      case CHILD_IN_DIFFICULTY -> "困境儿童";
      case PREGNANT_OR_POSTPARTUM -> "孕产妇";
      case DISABLED -> "残疾人";
    };
  }
}
