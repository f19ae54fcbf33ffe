package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;

/**
 * Chooses who handles a case: among the grid's members active on the day and reachable at once
 * (with a smartphone), those whose duties fit the category, the one with fewest open cases first
 * (ties by id); when no member's duties fit, any reachable member. A grid with nobody reachable
 * falls back to the full-time staff of the grids above it, nearest first, then to the community's
 * members. Departments join by category from a {@link DepartmentTable}; the grid stays the lead.
 * Thread-safe: open-case counts are concurrent counters.
 */
final class Assigner {

  /**
   * Who takes a case.
   *
   * @param grid the grid that leads the case (the located one)
   * @param assignee the member who handles it, if anyone is reachable
   * @param level the rung of the member's grid (or of the located grid when there is nobody)
   * @param departments the departments that join
   */
  record Assignment(
      Grid grid, Optional<String> assignee, LadderLevel level, ImmutableList<String> departments) {}

  private final GridTree tree;
  private final DepartmentTable departments;
  private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

  /** An assigner over a tree's members, with a department table. */
  Assigner(GridTree tree, DepartmentTable departments) {
    this.tree = requireNonNull(tree, "tree");
    this.departments = requireNonNull(departments, "departments");
  }

  /** The duty a category calls for: inspection for hazards, mediation for disputes, … */
  static Duty duty(EventCategory category) {
    return switch (category.family()) {
      case "dispute" -> Duty.MEDIATION;
      case "security", "incident" -> Duty.SUPERVISION;
      case "care", "wish", "health" -> Duty.PUBLICITY;
      default -> Duty.INSPECTION; // safety, facility, construction, disaster
    };
  }

  /** The rung of a grid on the ladder. */
  static LadderLevel level(Grid grid) {
    return switch (grid.level()) {
      case MICRO, EXCLUSIVE -> LadderLevel.MICRO;
      case GENERAL -> LadderLevel.GENERAL;
      case COMMUNITY -> LadderLevel.COMMUNITY;
    };
  }

  /**
   * Assigns a case of {@code category} located in {@code grid} on {@code date}, counting it as open
   * for the member chosen.
   */
  Assignment assign(Grid grid, EventCategory category, LocalDate date) {
    requireNonNull(grid, "grid");
    requireNonNull(category, "category");
    requireNonNull(date, "date");
    ImmutableList<String> joining = departments.departments(grid.code(), category);
    Optional<GridMember> own = pick(grid, category, date, EnumSet.allOf(Employment.class));
    if (own.isPresent()) {
      return taken(grid, own.get(), level(grid), joining);
    }
    for (Optional<Grid> up = tree.parent(grid.code());
        up.isPresent();
        up = tree.parent(up.get().code())) {
      Set<Employment> who =
          up.get().level() == GridLevel.COMMUNITY
              ? EnumSet.allOf(Employment.class)
              : EnumSet.of(Employment.FULL_TIME);
      Optional<GridMember> above = pick(up.get(), category, date, who);
      if (above.isPresent()) {
        return taken(grid, above.get(), level(up.get()), joining);
      }
    }
    return new Assignment(grid, Optional.empty(), level(grid), joining);
  }

  /** Counts a case as closed for a member, so they take new ones again. */
  void release(String memberId) {
    AtomicInteger n = open.get(requireNonNull(memberId, "memberId"));
    if (n != null) {
      n.updateAndGet(v -> Math.max(0, v - 1));
    }
  }

  /** How many cases a member has open. */
  int openCases(String memberId) {
    AtomicInteger n = open.get(requireNonNull(memberId, "memberId"));
    return n == null ? 0 : n.get();
  }

  private Assignment taken(
      Grid grid, GridMember m, LadderLevel level, ImmutableList<String> joining) {
    open.computeIfAbsent(m.id(), k -> new AtomicInteger()).incrementAndGet();
    return new Assignment(grid, Optional.of(m.id()), level, joining);
  }

  private Optional<GridMember> pick(
      Grid grid, EventCategory category, LocalDate date, Set<Employment> who) {
    // Plain loops, not streams: this runs for every event routed, hundreds of thousands a second.
    Duty duty = duty(category);
    GridMember bestFitting = null;
    int bestFittingOpen = 0;
    GridMember bestAny = null;
    int bestAnyOpen = 0;
    for (GridMember m : tree.members(grid.code())) {
      if (!m.hasSmartphone() || !who.contains(m.employment()) || !m.isActiveOn(date)) {
        continue;
      }
      int n = openCases(m.id());
      if (bestAny == null || better(m, n, bestAny, bestAnyOpen)) {
        bestAny = m;
        bestAnyOpen = n;
      }
      if (m.duties().contains(duty)
          && (bestFitting == null || better(m, n, bestFitting, bestFittingOpen))) {
        bestFitting = m;
        bestFittingOpen = n;
      }
    }
    return Optional.ofNullable(bestFitting != null ? bestFitting : bestAny);
  }

  /** Fewest open cases first, then the smaller id, so the choice does not depend on list order. */
  private static boolean better(GridMember m, int open, GridMember best, int bestOpen) {
    return open < bestOpen || (open == bestOpen && m.id().compareTo(best.id()) < 0);
  }
}
