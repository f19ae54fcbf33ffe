package org.gridgov.rules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code party.coverage}: the share of a community's grids that have a party organisation (党组织覆盖率),
 * which the founding paper measures and finds too low, held against the policy's {@code
 * partyCoverageThreshold}.
 *
 * <p>Per community total grid, the grids counted are its general grids, and its micro grids too
 * where the policy's {@code partyCoverageIncludesMicro} says so (read for each micro grid, so that
 * a town may count its own). Exclusive grids are not counted: their managing body has its own party
 * organisation, outside the community's. A grid is covered when a party organisation is attached to
 * that very grid; a branch on a general grid does not cover its micro grids.
 *
 * <p>Findings:
 *
 * <ul>
 *   <li>one INFO summary per community with grids to count, always: the grid is the community, the
 *       value the coverage rate (0–1), the limit the threshold of the community's policy;
 *   <li>when the rate is below the threshold, one WARNING per uncovered grid (value 0 party
 *       organisations, limit 1). A community at or above its threshold gets no WARNING, since the
 *       issue asks for the share, not every grid, to reach the threshold.
 * </ul>
 */
public final class PartyCoverageRule implements GridRule {

  /** The rule id. */
  public static final String ID = "party.coverage";

  /** Makes the rule. */
  public PartyCoverageRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid community : context.tree().communities()) {
      List<Grid> counted = new ArrayList<>();
      for (Grid g : context.tree().descendants(community.code())) {
        if (g.level() == GridLevel.GENERAL
            || (g.level() == GridLevel.MICRO && context.values(g).partyCoverageIncludesMicro())) {
          counted.add(g);
        }
      }
      if (counted.isEmpty()) {
        continue;
      }
      List<Grid> uncovered =
          counted.stream()
              .filter(g -> context.tree().partyOrganizations(g.code()).isEmpty())
              .toList();
      int covered = counted.size() - uncovered.size();
      double rate = covered / (double) counted.size();
      PolicyValues values = context.values(community);
      double threshold = values.partyCoverageThreshold();
      boolean below = rate < threshold;
      String what = values.partyCoverageIncludesMicro() ? "general and micro" : "general";
      String whatZh = values.partyCoverageIncludesMicro() ? "一般网格和微网格" : "一般网格";
      findings.accept(
          context
              .finding(ID, Severity.INFO)
              .grid(community.code())
              .value(rate)
              .limit(threshold)
              .message(
                  String.format(
                      Locale.ROOT,
                      "party organisations cover %d of %d %s grids (%s), %s the threshold of %s",
                      covered,
                      counted.size(),
                      what,
                      percent(rate),
                      below ? "below" : "meeting",
                      percent(threshold)),
                  String.format(
                      Locale.ROOT,
                      "党组织覆盖%d个%s中的%d个（%s），%s%s的要求",
                      counted.size(),
                      whatZh,
                      covered,
                      percent(rate),
                      below ? "低于" : "达到",
                      percent(threshold))));
      if (!below) {
        continue;
      }
      for (Grid g : uncovered) {
        String levelEn = Levels.en(g.level());
        String levelZh = Levels.zh(g.level());
        findings.accept(
            context
                .finding(ID, Severity.WARNING)
                .grid(g.code())
                .value(0)
                .limit(1)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s has no party organisation; the community's coverage is %s, below %s",
                        levelEn,
                        percent(rate),
                        percent(threshold)),
                    String.format(
                        Locale.ROOT,
                        "%s未建立党组织；社区党组织覆盖率%s，低于%s",
                        levelZh,
                        percent(rate),
                        percent(threshold))));
      }
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
