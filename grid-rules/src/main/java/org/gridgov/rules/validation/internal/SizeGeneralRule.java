package org.gridgov.rules.validation.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code size.general}: an urban general grid (一般网格) should hold {@code generalMinHouseholds} to
 * {@code generalMaxHouseholds} households (the paper: 300–500); below is a WARNING, above an ERROR,
 * with the households as value and the bound crossed as limit. A rural general grid follows a
 * villager group (村民小组) instead of a count: one whose households belong to more than one villager
 * group is an ERROR (value: the number of groups, limit 1), unless the policy's {@code
 * ruralAllowMultipleVillagerGroups} allows it. Households are counted in the grid and its micro
 * grids, not in exclusive grids on top of it.
 */
public final class SizeGeneralRule implements GridRule {

  /** The rule id. */
  public static final String ID = "size.general";

  /** Makes the rule. */
  public SizeGeneralRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid grid : context.tree().grids(GridLevel.GENERAL)) {
      PolicyValues policy = context.values(grid);
      if (grid.settlement() == Settlement.RURAL) {
        checkVillagerGroups(
            context, grid, policy, Territory.households(context.tree(), grid.code()), findings);
        continue;
      }
      int n = Territory.count(context.tree(), grid.code());
      if (n > policy.generalMaxHouseholds()) {
        findings.accept(
            context
                .finding(ID, Severity.ERROR)
                .grid(grid.code())
                .value(n)
                .limit(policy.generalMaxHouseholds())
                .message(
                    "general grid has "
                        + n
                        + " households, more than the "
                        + policy.generalMaxHouseholds()
                        + " allowed; divide it",
                    "一般网格有" + n + "户，超过上限" + policy.generalMaxHouseholds() + "户，应拆分"));
      } else if (n < policy.generalMinHouseholds()) {
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(grid.code())
                .value(n)
                .limit(policy.generalMinHouseholds())
                .message(
                    "general grid has "
                        + n
                        + " households, fewer than the "
                        + policy.generalMinHouseholds()
                        + " expected",
                    "一般网格有" + n + "户，少于下限" + policy.generalMinHouseholds() + "户"));
      }
    }
  }

  private static void checkVillagerGroups(
      RuleContext context,
      Grid grid,
      PolicyValues policy,
      Set<Household> households,
      Consumer<Finding> findings) {
    if (policy.ruralAllowMultipleVillagerGroups()) {
      return;
    }
    Set<String> groups = new TreeSet<>();
    households.forEach(h -> h.villagerGroup().ifPresent(groups::add));
    if (groups.size() > 1) {
      findings.accept(
          context
              .finding(ID, Severity.ERROR)
              .grid(grid.code())
              .value(groups.size())
              .limit(1)
              .message(
                  "rural general grid spans "
                      + groups.size()
                      + " villager groups "
                      + groups
                      + "; a villager group forms one or more grids, not the other way round",
                  "农村一般网格跨" + groups.size() + "个村民小组" + groups + "，应以村民小组为单位划分"));
    }
  }
}
