package org.gridgov.rules.validation.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code hierarchy.root}: each community has exactly one community total grid (社区总网格). Grid codes
 * carry their community's division code, so a community is known by the grids that name it; one
 * ERROR per community whose grids are there but whose total grid is not. (Two total grids of one
 * community would share a code, which the tree refuses when it is built.) The grid of the finding
 * is the missing total grid's code; the value is 0 (total grids found) against the limit 1, and the
 * message gives the number of grids naming the community.
 */
public final class HierarchyRootRule implements GridRule {

  /** The rule id. */
  public static final String ID = "hierarchy.root";

  /** Makes the rule. */
  public HierarchyRootRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    Set<DivisionCode> named = new TreeSet<>();
    for (Grid g : context.tree().grids()) {
      named.add(g.code().community());
    }
    for (DivisionCode community : named) {
      GridCode root = GridCode.ofCommunity(community);
      if (context.tree().grid(root).filter(g -> g.level() == GridLevel.COMMUNITY).isPresent()) {
        continue;
      }
      long grids =
          context.tree().grids().stream()
              .filter(g -> g.code().community().equals(community))
              .count();
      findings.accept(
          context
              .finding(ID, Severity.ERROR)
              .grid(root)
              .value(0)
              .limit(1)
              .message(
                  grids
                      + " grids belong to community "
                      + community
                      + ", but its community total grid "
                      + root
                      + " is missing",
                  grids + "个网格属于社区" + community + "，但缺少社区总网格" + root));
    }
  }
}
