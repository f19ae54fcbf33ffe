package org.gridgov.rules.incident;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.workload.WorkloadParameters;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Plans the door-to-door check of an area incident (a flood, a fire, an earthquake): every
 * household whose point (or building) lies in the area is visited once, special groups first —
 * elderly living alone, people with disabilities, children in difficulty, pregnant and post-partum
 * women, in that order — by the active members of its grid, each member's list kept within the
 * policy's round ({@code roundMaxMinutes}, 3 hours by default). A grid with no active member falls
 * back to its general grid's full-time staff, then to the community's members.
 *
 * <p>Each household goes to the responsible member who can reach it earliest (walking from the
 * previous door at the workload model's speed, with the visit, care and stair times of the model),
 * so the lists stay balanced and the special groups are reached within the first minutes. A
 * household that no responsible member can reach within the round is listed as unreachable, with
 * the reason, never dropped. Deterministic for the same input.
 */
public final class DoorKnockPlanner {

  /** Visiting order of the special groups: the most at risk first. */
  private static final List<SpecialGroup> PRIORITY =
      List.of(
          SpecialGroup.ELDERLY_ALONE,
          SpecialGroup.DISABLED,
          SpecialGroup.CHILD_IN_DIFFICULTY,
          SpecialGroup.PREGNANT_OR_POSTPARTUM);

  private final GridPolicy policy;

  /** A planner under a policy (its round limit and workload figures). */
  public DoorKnockPlanner(GridPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Plans the door-knocking for an area.
   *
   * @param tree the grids, households and members
   * @param area the affected area (Polygon or MultiPolygon, WGS 84)
   * @param date the day: members active that day knock
   */
  public DoorKnockPlan plan(GridTree tree, Geometry area, LocalDate date) {
    requireNonNull(tree, "tree");
    requireNonNull(area, "area");
    requireNonNull(date, "date");
    PreparedGeometry inArea = PreparedGeometryFactory.prepare(area);
    List<DoorKnockPlan.Unreachable> unreachable = new ArrayList<>();
    // Affected households, grouped by the members responsible for them.
    Map<List<String>, List<Household>> byTeam =
        new TreeMap<>(Comparator.comparing(Object::toString));
    Map<String, GridMember> members = new LinkedHashMap<>();
    for (Household h : tree.households()) {
      Optional<Point> at = position(tree, h);
      if (at.isEmpty() || !inArea.covers(at.get())) {
        continue;
      }
      Optional<Grid> grid = tree.gridOf(h.id());
      if (grid.isEmpty()) {
        unreachable.add(
            new DoorKnockPlan.Unreachable(
                h.id(), tree.gridsOf(h.id()).isEmpty() ? "in no grid" : "in several grids"));
        continue;
      }
      List<GridMember> team = team(tree, grid.get(), date);
      if (team.isEmpty()) {
        unreachable.add(
            new DoorKnockPlan.Unreachable(
                h.id(),
                "no active member in grid " + grid.get().code() + " or the grids above it"));
        continue;
      }
      team.forEach(m -> members.put(m.id(), m));
      byTeam
          .computeIfAbsent(
              team.stream().map(GridMember::id).sorted().toList(), k -> new ArrayList<>())
          .add(h);
    }
    List<DoorKnockPlan.Visit> visits = new ArrayList<>();
    Map<String, Walker> walkers = new TreeMap<>();
    for (Map.Entry<List<String>, List<Household>> e : byTeam.entrySet()) {
      List<Household> households = e.getValue();
      households.sort(VISIT_ORDER);
      for (Household h : households) {
        PolicyValues values =
            policy.values(tree.grid(tree.gridOf(h.id()).orElseThrow().code()).orElseThrow());
        WorkloadParameters w = values.workload();
        Point at = position(tree, h).orElseThrow();
        Walker best = null;
        double bestArrival = Double.MAX_VALUE;
        for (String id : e.getKey()) {
          Walker walker = walkers.computeIfAbsent(id, k -> new Walker(k));
          double arrival = walker.arrival(at, w);
          if (arrival + walker.visitMinutes(tree, h, w) <= values.roundMaxMinutes()
              && arrival < bestArrival) {
            best = walker;
            bestArrival = arrival;
          }
        }
        if (best == null) {
          unreachable.add(
              new DoorKnockPlan.Unreachable(
                  h.id(),
                  "every member's list is full within "
                      + (int) values.roundMaxMinutes()
                      + " minutes"));
          continue;
        }
        visits.add(
            new DoorKnockPlan.Visit(
                best.id,
                h.id(),
                best.seq + 1,
                Math.round(bestArrival * 10) / 10.0,
                h.hasSpecialGroup()));
        best.visit(tree, h, at, bestArrival, w);
      }
    }
    visits.sort(
        Comparator.comparing(DoorKnockPlan.Visit::memberId)
            .thenComparingInt(DoorKnockPlan.Visit::seq));
    unreachable.sort(Comparator.comparing(DoorKnockPlan.Unreachable::householdId));
    return new DoorKnockPlan(ImmutableList.copyOf(visits), ImmutableList.copyOf(unreachable));
  }

  /** Special groups first, by priority; then by building and id, the order a member walks. */
  private static final Comparator<Household> VISIT_ORDER =
      Comparator.<Household>comparingInt(DoorKnockPlanner::priority)
          .thenComparing(h -> h.buildingId().orElse("~"))
          .thenComparing(Household::id);

  private static int priority(Household h) {
    for (int i = 0; i < PRIORITY.size(); i++) {
      if (h.specialGroups().contains(PRIORITY.get(i))) {
        return i;
      }
    }
    return PRIORITY.size();
  }

  /** The household's point, or its building's. */
  private static Optional<Point> position(GridTree tree, Household h) {
    return h.location()
        .or(() -> h.buildingId().flatMap(tree::building).flatMap(Building::location));
  }

  /**
   * Who knocks on a grid's doors: its active members; with none, the full-time staff of the grids
   * above it, nearest first; with none of those either, the community's members.
   */
  private static List<GridMember> team(GridTree tree, Grid grid, LocalDate date) {
    List<GridMember> own = active(tree, grid.code(), date, EnumSet.allOf(Employment.class));
    if (!own.isEmpty()) {
      return own;
    }
    for (Optional<Grid> up = tree.parent(grid.code());
        up.isPresent();
        up = tree.parent(up.get().code())) {
      EnumSet<Employment> who =
          up.get().level() == GridLevel.COMMUNITY
              ? EnumSet.allOf(Employment.class)
              : EnumSet.of(Employment.FULL_TIME);
      List<GridMember> above = active(tree, up.get().code(), date, who);
      if (!above.isEmpty()) {
        return above;
      }
    }
    return List.of();
  }

  private static List<GridMember> active(
      GridTree tree, GridCode code, LocalDate date, EnumSet<Employment> who) {
    return tree.members(code).stream()
        .filter(m -> m.isActiveOn(date) && who.contains(m.employment()))
        .sorted(Comparator.comparing(GridMember::id))
        .toList();
  }

  /** A member on the round: where they are, when, how many doors so far. */
  private static final class Walker {
    final String id;
    @Nullable Point at;
    double clock;
    int seq;
    String building = "";

    Walker(String id) {
      this.id = id;
    }

    /** When the member would reach a door at {@code p}, walking from the last one. */
    double arrival(Point p, WorkloadParameters w) {
      if (at == null) {
        return clock;
      }
      return clock
          + Wgs84.distanceMetres(at, p) * w.tourDetourFactor() / w.walkingMetresPerMinute();
    }

    /** Minutes at the door, with care for special groups and stairs for a new building. */
    double visitMinutes(GridTree tree, Household h, WorkloadParameters w) {
      double minutes = w.visitMinutes() + (h.hasSpecialGroup() ? w.specialGroupExtraMinutes() : 0);
      String b = h.buildingId().orElse("");
      if (!b.isEmpty() && !b.equals(building)) {
        int floors =
            tree.building(b)
                .map(x -> x.floors().orElse(w.defaultFloors()))
                .orElse(w.defaultFloors());
        minutes += 2.0 * (floors - 1) * w.stairMinutesPerFloor();
      }
      return minutes;
    }

    void visit(GridTree tree, Household h, Point p, double arrival, WorkloadParameters w) {
      double stay = visitMinutes(tree, h, w);
      at = p;
      clock = arrival + stay;
      seq++;
      building = h.buildingId().orElse("");
    }
  }
}
