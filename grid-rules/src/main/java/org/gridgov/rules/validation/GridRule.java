package org.gridgov.rules.validation;

import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.spi.ExtensionPoint;
import org.gridgov.spi.Provider;

/**
 * One rule over a grid tree. Implementations are plain objects with a public no-argument
 * constructor, registered in {@code META-INF/services/org.gridgov.rules.validation.GridRule} so
 * that {@link GridValidator} finds them; a vendor adds its own rules the same way. A rule reads its
 * figures from the {@link RuleContext}'s policy, so it is configured by the policy JSON.
 *
 * <p>Rules must be thread-safe and stateless: one instance may check many trees, also at once.
 *
 * <p>A rule is a plugin like any other ({@link Provider}): the validator loads rules with {@link
 * org.gridgov.spi.Plugins}, so a rule whose constructor throws is reported and skipped, a rule
 * built against an incompatible SPI version is refused, and two rules of one id stop validation
 * with a message naming both.
 */
public interface GridRule extends Provider {

  /** The rule extension point. */
  ExtensionPoint<GridRule> POINT = ExtensionPoint.of(GridRule.class, "rule");

  /** The rule's stable id, e.g. {@code size.micro}; part of the public contract. */
  String id();

  /**
   * Every id this rule may put on its findings (a rule may report under several ids, such as {@code
   * coverage.gap} and {@code coverage.overlap}). By default only {@link #id()}.
   */
  default Set<String> ids() {
    return Set.of(id());
  }

  /**
   * The governance records this rule reads ({@link RuleContext#records()}). When any of them was
   * not supplied the validator skips the rule and the report lists it under {@code skipped}; by
   * default none, so the rule always runs.
   */
  default Set<GovernanceInput> inputs() {
    return Set.of();
  }

  /**
   * Checks the tree and reports each finding to {@code findings}.
   *
   * @param context the tree, the policy, the date and shared indexes
   * @param findings receives the findings, in any order
   */
  void check(RuleContext context, Consumer<Finding> findings);

  /**
   * The rule's plugin name: its {@link #id()}.
   *
   * @since 1.0
   */
  @Override
  default String name() {
    return id();
  }

  /**
   * The SPI version the rule was built against. Rules written before rules carried this metadata
   * were written against SPI 1.0, so that is the default; a rule that uses what a later version
   * adds returns that version.
   *
   * @since 1.0
   */
  @Override
  default String requestedSpiVersion() {
    return "1.0";
  }
}
