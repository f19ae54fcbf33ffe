package org.gridgov.events.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.internal.PolicyDocument;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

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

  /**
   * Reads the {@code routing} section of a policy file ({@code docs/policy.md}); a file without one
   * gives the defaults. The territorial sections are left to {@code grid-rules}' {@code
   * GridPolicy}, but an unknown section is still an error.
   *
   * @throws InvalidInputException listing every problem, each naming the file and the JSON path of
   *     the field (or the line and column of a syntax error); a missing file is one too
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static RoutingPolicy read(Path file) {
    return read(PolicyDocument.read(file));
  }

  /**
   * Reads the {@code routing} section of a policy from JSON text.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem, each naming the JSON path of the field
   */
  public static RoutingPolicy read(Reader in, String source) {
    return read(PolicyDocument.read(in, source));
  }

  private static RoutingPolicy read(PolicyDocument document) {
    List<Problem> problems = new ArrayList<>(document.problems());
    RoutingPolicy policy =
        document
            .section("routing")
            .map(
                node ->
                    new RoutingSection(
                            (path, message) ->
                                problems.add(
                                    PolicyDocument.problem(document.source(), path, message)))
                        .read(node, "$.routing"))
            .orElse(DEFAULTS);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the policy " + document.source(), problems);
    }
    return policy;
  }

  /** A correlator with this policy's radius and window. */
  EventCorrelator correlator() {
    return new EventCorrelator(correlationRadiusMetres, correlationWindow);
  }
}
