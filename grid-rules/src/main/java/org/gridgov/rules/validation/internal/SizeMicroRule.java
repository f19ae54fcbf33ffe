package org.gridgov.rules.validation.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code size.micro}: a micro grid (微网格) with more than {@code microMaxHouseholds} households (the
 * paper: 100) is an ERROR; and {@code size.micro.average}: a general grid whose micro grids average
 * more than {@code microAverageMaxHouseholds} households (the paper: "on average no more than 100")
 * is a WARNING. Values are households (the average to one decimal), limits the policy's figures.
 */
public final class SizeMicroRule implements GridRule {

  /** The id of the per-micro-grid check. */
  public static final String ID = "size.micro";

  /** The id of the per-general-grid average check. */
  public static final String AVERAGE_ID = "size.micro.average";

  /** Makes the rule. */
  public SizeMicroRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<String> ids() {
    return Set.of(ID, AVERAGE_ID);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid micro : context.tree().grids(GridLevel.MICRO)) {
      PolicyValues policy = context.values(micro);
      int n = Territory.count(context.tree(), micro.code());
      if (n > policy.microMaxHouseholds()) {
        findings.accept(
            context
                .finding(ID, Severity.ERROR)
                .grid(micro.code())
                .value(n)
                .limit(policy.microMaxHouseholds())
                .message(
                    "micro grid has "
                        + n
                        + " households; the limit is "
                        + policy.microMaxHouseholds(),
                    "微网格有" + n + "户，超过上限" + policy.microMaxHouseholds() + "户"));
      }
    }
    for (Grid general : context.tree().grids(GridLevel.GENERAL)) {
      List<Grid> micros =
          Territory.children(context.tree(), general.code()).stream()
              .filter(g -> g.level() == GridLevel.MICRO)
              .toList();
      if (micros.isEmpty()) {
        continue;
      }
      int total = 0;
      for (Grid m : micros) {
        total += Territory.count(context.tree(), m.code());
      }
      double average = Math.round(10.0 * total / micros.size()) / 10.0;
      PolicyValues policy = context.values(general);
      if (average > policy.microAverageMaxHouseholds()) {
        findings.accept(
            context
                .finding(AVERAGE_ID, Severity.WARNING)
                .grid(general.code())
                .value(average)
                .limit(policy.microAverageMaxHouseholds())
                .message(
                    "the "
                        + micros.size()
                        + " micro grids of this general grid average "
                        + average
                        + " households; the limit is "
                        + policy.microAverageMaxHouseholds(),
                    "该一般网格的"
                        + micros.size()
                        + "个微网格平均"
                        + average
                        + "户，超过上限"
                        + policy.microAverageMaxHouseholds()
                        + "户"));
      }
    }
  }
}
