package org.gridgov.rules.validation.internal;

import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code hierarchy.parent}: every grid hangs from the right kind of grid, and its code extends its
 * parent's as the codes are defined — a general grid under its community (its code is the
 * community's plus a sequence), a micro grid under its general grid (likewise), an exclusive grid
 * under its community or one of that community's general grids (its code is the community's plus
 * {@code E} and a sequence). ERROR, one per grid, naming what is wrong. A parent that does not
 * exist at all is refused when the tree is built, so it never reaches the rules.
 */
public final class HierarchyParentRule implements GridRule {

  /** The rule id. */
  public static final String ID = "hierarchy.parent";

  /** Makes the rule. */
  public HierarchyParentRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid grid : context.tree().grids()) {
      if (grid.level() == GridLevel.COMMUNITY) {
        continue;
      }
      Grid parent = context.tree().parent(grid.code()).orElseThrow();
      GridLevel p = parent.level();
      boolean levelOk =
          switch (grid.level()) {
            case GENERAL -> p == GridLevel.COMMUNITY;
            case MICRO -> p == GridLevel.GENERAL;
            case EXCLUSIVE -> p == GridLevel.COMMUNITY || p == GridLevel.GENERAL;
            case COMMUNITY -> true;
          };
      boolean codeOk =
          grid.level() == GridLevel.EXCLUSIVE
              ? parent.code().community().equals(grid.code().community())
              : grid.code().codeParent().map(parent.code()::equals).orElse(false);
      if (levelOk && codeOk) {
        continue;
      }
      String en;
      String zh;
      if (!levelOk) {
        en =
            Levels.en(grid.level())
                + " "
                + grid.code()
                + " hangs from "
                + Levels.en(p)
                + " "
                + parent.code()
                + "; it belongs under "
                + expectedEn(grid.level());
        zh =
            Levels.zh(grid.level())
                + grid.code()
                + "的上级是"
                + Levels.zh(p)
                + parent.code()
                + "，应为"
                + expectedZh(grid.level());
      } else {
        en =
            "code "
                + grid.code()
                + " does not extend its parent's code "
                + parent.code()
                + (grid.level() == GridLevel.EXCLUSIVE
                    ? " (an exclusive grid's code starts with its community's)"
                    : "");
        zh = "编码" + grid.code() + "不是上级网格编码" + parent.code() + "的延伸";
      }
      findings.accept(context.finding(ID, Severity.ERROR).grid(grid.code()).message(en, zh));
    }
  }

  private static String expectedEn(GridLevel level) {
    return switch (level) {
      case GENERAL -> "a community total grid";
      case MICRO -> "a general grid";
      case EXCLUSIVE -> "a community total grid or a general grid";
      case COMMUNITY -> "nothing";
    };
  }

  private static String expectedZh(GridLevel level) {
    return switch (level) {
      case GENERAL -> "社区总网格";
      case MICRO -> "一般网格";
      case EXCLUSIVE -> "社区总网格或一般网格";
      case COMMUNITY -> "无";
    };
  }
}
