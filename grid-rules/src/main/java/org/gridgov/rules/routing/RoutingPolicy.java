package org.gridgov.rules.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The figures event routing applies: the escalation limits, which departments join each category,
 * and when two reports count as one incident. Immutable. The defaults are documented in {@code
 * docs/events.md}; a policy file's {@code routing} section changes them ({@code docs/policy.md}).
 *
 * @param escalation the accept and handle limits per severity and category family
 * @param departments the departments per category, with streets' own tables
 * @param correlationRadiusMetres how far apart two reports of one incident may be
 * @param correlationWindow how far apart in time
 */
public record RoutingPolicy(
    EscalationPolicy escalation,
    DepartmentTable departments,
    double correlationRadiusMetres,
    Duration correlationWindow) {

  /** Default radius: reports from the same block of buildings (assumption). */
  public static final double DEFAULT_RADIUS_METRES = 100;

  /** Default window: the time a member needs to reach the place (assumption). */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

  private static final RoutingPolicy DEFAULTS =
      new RoutingPolicy(
          EscalationPolicy.defaults(),
          DepartmentTable.defaults(),
          DEFAULT_RADIUS_METRES,
          DEFAULT_WINDOW);

  /** Validates the parts. */
  public RoutingPolicy {
    requireNonNull(escalation, "escalation");
    requireNonNull(departments, "departments");
    checkArgument(
        correlationRadiusMetres >= 0 && Double.isFinite(correlationRadiusMetres),
        "correlationRadiusMetres must be a finite number >= 0 but was %s",
        correlationRadiusMetres);
    requireNonNull(correlationWindow, "correlationWindow");
    checkArgument(
        !correlationWindow.isNegative(),
        "correlationWindow must not be negative but was %s",
        correlationWindow);
  }

  /** The documented defaults. */
  public static RoutingPolicy defaults() {
    return DEFAULTS;
  }

  /** A correlator with this policy's radius and window. */
  public EventCorrelator correlator() {
    return new EventCorrelator(correlationRadiusMetres, correlationWindow);
  }
}
