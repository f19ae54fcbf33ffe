package org.gridgov.rules.validation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GridTask;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;

/**
 * {@code duty.unlisted}: a task pushed to a grid of a kind the duty catalogue (职责清单) does not admit
 * to grids — either not listed for its department at all or listed as needing approval (准入制度) — the
 * chores of every department piling onto grid members (职责泛化). WARNING, one per task, naming the
 * department; the grid is the task's, the subject the task id. Needs the tasks and the catalogue.
 */
public final class DutyUnlistedRule implements GridRule {

  /** The rule id. */
  public static final String ID = "duty.unlisted";

  /** Makes the rule. */
  public DutyUnlistedRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<GovernanceInput> inputs() {
    return Set.of(GovernanceInput.TASKS, GovernanceInput.CATALOGUE);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    Optional<DutyCatalogue> catalogue = context.records().catalogue();
    if (catalogue.isEmpty()) {
      return;
    }
    for (GridTask t : context.records().tasks()) {
      Optional<DutyKind> kind = catalogue.get().find(t.department(), t.kind());
      if (kind.isPresent() && kind.get().admitted()) {
        continue;
      }
      String whyEn =
          kind.isEmpty() ? "which the duty catalogue does not list" : "which needs approval";
      String whyZh = kind.isEmpty() ? "不在职责清单内" : "未经准入";
      findings.accept(
          context
              .finding(ID, Severity.WARNING)
              .grid(t.grid())
              .subject(t.id())
              .message(
                  "department "
                      + t.department()
                      + " pushed task "
                      + t.id()
                      + " of kind "
                      + t.kind()
                      + " to the grid, "
                      + whyEn,
                  "部门" + t.department() + "下派任务" + t.id() + "（" + t.kind() + "）" + whyZh));
    }
  }
}
