package org.gridgov.rules.validation.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code staffing.overload}: a member serving more households than the policy allows — full-time
 * staff (专职网格员) up to {@code fullTimeMaxHouseholds}, part-time members and volunteers up to {@code
 * otherMaxHouseholds}. WARNING, one per member; the value is the households served, the limit the
 * policy's figure.
 *
 * <p>The households a member serves are those within the grids they serve (a grid's own households
 * and those of the grids below it), each counted once however many of the member's grids hold it.
 * The one exception is the community total grid (社区总网格): its chief leads the grid staff rather than
 * calling on every household, so serving a community counts only the households assigned to the
 * community grid itself, not those of its general and micro grids.
 *
 * <p>Only members active on the day of the check are counted. When a member's grids fall under
 * different policies, the strictest limit among them applies.
 */
public final class StaffingOverloadRule implements GridRule {

  /** The rule id. */
  public static final String ID = "staffing.overload";

  /** Makes the rule. */
  public StaffingOverloadRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (GridMember member : context.tree().members()) {
      if (!member.isActiveOn(context.date())) {
        continue;
      }
      boolean fullTime = member.employment() == Employment.FULL_TIME;
      int limit = Integer.MAX_VALUE;
      List<ImmutableList<Household>> served = new ArrayList<>();
      for (GridCode code : member.grids()) {
        Optional<Grid> grid = context.tree().grid(code);
        if (grid.isEmpty()) {
          continue;
        }
        PolicyValues values = context.values(grid.get());
        limit =
            Math.min(
                limit, fullTime ? values.fullTimeMaxHouseholds() : values.otherMaxHouseholds());
        served.add(
            grid.get().level() == GridLevel.COMMUNITY
                ? context.tree().households(code)
                : context.householdsWithin(code));
      }
      int count = count(served);
      if (served.isEmpty() || count <= limit) {
        continue;
      }
      String kindEn = fullTime ? "full-time member" : "part-time member or volunteer";
      String kindZh = fullTime ? "专职网格员" : "兼职网格员或志愿者";
      findings.accept(
          context
              .finding(ID, Severity.WARNING)
              .grid(member.grids().first())
              .subject(member.id())
              .value(count)
              .limit(limit)
              .message(
                  kindEn
                      + " "
                      + member.id()
                      + " serves "
                      + count
                      + " households in "
                      + member.grids().size()
                      + (member.grids().size() == 1 ? " grid" : " grids")
                      + "; limit "
                      + limit,
                  kindZh
                      + member.id()
                      + "服务"
                      + member.grids().size()
                      + "个网格共"
                      + count
                      + "户，超过上限"
                      + limit
                      + "户"));
    }
  }

  /** Households in the lists, each counted once. */
  private static int count(List<ImmutableList<Household>> served) {
    if (served.size() == 1) {
      return served.get(0).size(); // the list holds each household once already
    }
    Set<String> ids = new HashSet<>();
    served.forEach(list -> list.forEach(h -> ids.add(h.id())));
    return ids.size();
  }
}
