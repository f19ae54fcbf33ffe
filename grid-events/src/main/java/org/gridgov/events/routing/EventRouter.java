package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;

/**
 * Routes reports: locates each in the smallest grid that holds it ({@link GridLocator}), chooses
 * who handles it ({@link Assigner}), which departments join ({@link DepartmentTable}), at which
 * rung of the ladder it starts and by when it must be accepted and handled ({@link
 * EscalationPolicy}). One report, one decision; joining reports of one incident into a case is
 * {@link CaseIntake}'s work.
 *
 * <p>Safe to call from many threads at once: the locator and the policy are immutable, and the
 * assigner's open-case counts are concurrent counters. Two threads that route at the same moment
 * may both see a member with the fewest open cases, as two dispatchers at two desks would; each
 * count stays exact.
 */
public final class EventRouter {

  private final GridLocator locator;
  private final Assigner assigner;
  private final RoutingPolicy policy;

  private EventRouter(GridLocator locator, Assigner assigner, RoutingPolicy policy) {
    this.locator = locator;
    this.assigner = assigner;
    this.policy = policy;
  }

  /**
   * A router over a tree's grids and members.
   *
   * @param tree the grids, households and members
   * @param policy the limits, departments and correlation figures
   */
  public static EventRouter of(GridTree tree, RoutingPolicy policy) {
    requireNonNull(tree, "tree");
    requireNonNull(policy, "policy");
    return new EventRouter(GridLocator.of(tree), new Assigner(tree, policy.departments()), policy);
  }

  /** The locator, to locate without assigning. */
  public GridLocator locator() {
    return locator;
  }

  /**
   * How many open cases the router has assigned to a member so far (the count it balances load
   * with). Read-only: counts change only through routing.
   */
  public int openCases(String memberId) {
    requireNonNull(memberId, "memberId");
    return assigner.openCases(memberId);
  }

  /** The policy. */
  public RoutingPolicy policy() {
    return policy;
  }

  /** Locates a report and, when it is in a grid, assigns it and sets its deadlines. */
  public Route route(GridEvent event) {
    requireNonNull(event, "event");
    Location where = locator.locate(event);
    if (where instanceof Location.Located located) {
      return dispatch(event, located, event.category(), event.severity());
    }
    return new Route.Unroutable(event, ((Location.Rejected) where).reason());
  }

  /**
   * Assigns a report already located (by {@link #locator()}) as the lead of a case of its own
   * category and grade: live intake locates each report once, to refuse or join it, before routing
   * the ones that open a case.
   */
  public Route.Routed route(GridEvent event, Location.Located where) {
    requireNonNull(event, "event");
    requireNonNull(where, "where");
    return dispatch(event, where, event.category(), event.severity());
  }

  /**
   * Assigns a located report as the lead of a case of {@code category} at {@code severity} (the
   * most severe of the reports joined to it), with deadlines counted from the report's time.
   */
  Route.Routed dispatch(
      GridEvent lead, Location.Located where, EventCategory category, EventSeverity severity) {
    Grid grid = where.grid();
    Assigner.Assignment a = assigner.assign(grid, category, lead.reportedAt().toLocalDate());
    EscalationPolicy escalation = policy.escalation();
    EscalationPolicy.Limits limits = escalation.limits(category, severity);
    Instant at = lead.reportedAt().toInstant();
    LadderLevel level = escalation.startsAtDistrict(severity) ? LadderLevel.DISTRICT : a.level();
    return new Route.Routed(
        lead,
        grid,
        where.method(),
        a.assignee(),
        level,
        a.departments(),
        escalation.acceptBy(at, limits),
        escalation.handleBy(at, limits));
  }
}
