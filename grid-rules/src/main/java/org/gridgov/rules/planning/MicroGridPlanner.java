package org.gridgov.rules.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.workload.WorkloadEstimate;
import org.gridgov.rules.workload.WorkloadModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Proposes micro grids for a general grid (划小划微): every household of the general grid in exactly
 * one proposed micro grid, each within the policy's {@code microMaxHouseholds} and its door-to-door
 * round (for {@link Builder#membersPerGrid} members) within {@code roundMaxMinutes}, buildings kept
 * whole unless one alone exceeds a limit (then divided by entrance and floor), compact shapes, the
 * same plan for the same input. Immutable and thread-safe.
 *
 * <p>The method, in short (details in {@code docs/planner.md}): households are grouped into units —
 * a building, or a household without one — and the units are divided by recursive bisection along
 * the longer side of their bounding box, each cut placed where the household count splits in
 * proportion to the grids wanted on each side, starting from as few grids as the size limit allows
 * and adding one until every grid keeps within both limits. Boundaries are the Voronoi cells of the
 * units' positions, merged per grid and clipped to the general grid's polygon, so the proposed
 * grids tile it.
 */
public final class MicroGridPlanner {

  private final GridPolicy policy;
  private final int membersPerGrid;

  private MicroGridPlanner(Builder b) {
    this.policy = b.policy;
    this.membersPerGrid = b.membersPerGrid;
  }

  /** Starts a planner: default policy, 3 members per micro grid. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tree's general grids, for a message: the first ten codes. */
  private static String generals(GridTree tree) {
    List<Grid> all = tree.grids(GridLevel.GENERAL);
    if (all.isEmpty()) {
      return "none";
    }
    String listed =
        all.stream()
            .limit(10)
            .map(g -> g.code().value())
            .collect(java.util.stream.Collectors.joining(", "));
    return all.size() > 10 ? listed + " and " + (all.size() - 10) + " more" : listed;
  }

  /**
   * Plans micro grids for a general grid of a tree.
   *
   * @throws IllegalArgumentException if {@code general} is not a general grid of the tree, or it
   *     has no household
   */
  public MicroGridPlan plan(GridTree tree, GridCode general) {
    requireNonNull(tree, "tree");
    requireNonNull(general, "general");
    // Say what is wrong with the code given: absent from the files, or of another level.
    Grid grid =
        tree.grid(general)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the grid files have no grid "
                            + general
                            + "; their general grids are "
                            + generals(tree)));
    if (grid.level() != GridLevel.GENERAL) {
      throw new IllegalArgumentException(
          general
              + " is a "
              + grid.level().name().toLowerCase(java.util.Locale.ROOT)
              + " grid, not a general grid (a general grid's code has 15 digits); the files'"
              + " general grids are "
              + generals(tree));
    }
    List<Household> households = territorialHouseholds(tree, general);
    checkArgument(!households.isEmpty(), "general grid %s has no household to plan", general);
    PolicyValues values = policy.values(grid);
    Limits limits = new Limits(values, new WorkloadModel(values.workload()), tree);
    List<Unit> units = units(tree, households, limits);
    List<List<Unit>> parts = partition(units, limits);
    parts.sort(NORTH_TO_SOUTH_WEST_TO_EAST);
    checkArgument(
        parts.size() <= 999, "general grid %s would need %s micro grids", general, parts.size());
    Map<Integer, Geometry> boundaries = boundaries(grid, parts);
    ImmutableList.Builder<PlannedGrid> planned = ImmutableList.builder();
    for (int i = 0; i < parts.size(); i++) {
      GridCode code = general.child(i + 1);
      Grid.Builder g =
          Grid.builder(code, grid.name() + "第" + (i + 1) + "微网格").settlement(grid.settlement());
      Optional.ofNullable(boundaries.get(i)).ifPresent(g::boundary);
      List<Household> members = new ArrayList<>();
      parts.get(i).forEach(u -> members.addAll(u.households()));
      members.sort(Comparator.comparing(Household::id));
      planned.add(
          new PlannedGrid(g.build(), ImmutableList.copyOf(members), limits.workload(members)));
    }
    return new MicroGridPlan(tree, grid, planned.build());
  }

  /** The figures that bound a proposed grid. */
  private final class Limits {
    final int households;
    final double minutes;
    final WorkloadModel model;
    final GridTree tree;

    Limits(PolicyValues values, WorkloadModel model, GridTree tree) {
      this.households = values.microMaxHouseholds();
      this.minutes = values.roundMaxMinutes();
      this.model = model;
      this.tree = tree;
    }

    WorkloadEstimate workload(List<Household> hs) {
      return model.estimate(hs, tree::building, membersPerGrid);
    }

    boolean fits(List<Household> hs) {
      return hs.size() <= households && workload(hs).roundMinutes() <= minutes;
    }
  }

  /** Households of the general grid and its micro grids (not of exclusive grids on top), by id. */
  private static List<Household> territorialHouseholds(GridTree tree, GridCode general) {
    Set<Household> out = new LinkedHashSet<>(tree.households(general));
    for (Grid g : tree.descendants(general)) {
      if (g.level() != GridLevel.EXCLUSIVE && !underExclusive(tree, g)) {
        out.addAll(tree.households(g.code()));
      }
    }
    List<Household> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Household::id));
    return sorted;
  }

  private static boolean underExclusive(GridTree tree, Grid g) {
    for (Optional<Grid> p = tree.parent(g.code()); p.isPresent(); p = tree.parent(p.get().code())) {
      if (p.get().level() == GridLevel.EXCLUSIVE) {
        return true;
      }
    }
    return false;
  }

  /** Buildings (divided when one alone is too much) and lone households, in key order. */
  private List<Unit> units(GridTree tree, List<Household> households, Limits limits) {
    Map<String, List<Household>> byBuilding = new TreeMap<>();
    List<Unit> units = new ArrayList<>();
    for (Household h : households) {
      if (h.buildingId().isPresent()) {
        byBuilding.computeIfAbsent(h.buildingId().get(), k -> new ArrayList<>()).add(h);
      } else {
        units.add(
            new Unit("h:" + h.id(), List.of(h), h.location().map(Point::getCoordinate), false));
      }
    }
    for (Map.Entry<String, List<Household>> e : byBuilding.entrySet()) {
      List<Household> hs = e.getValue();
      Optional<Coordinate> at =
          tree.building(e.getKey())
              .flatMap(Building::location)
              .map(Point::getCoordinate)
              .or(() -> mean(hs));
      if (limits.fits(hs)) {
        units.add(new Unit("b:" + e.getKey(), hs, at, false));
        continue;
      }
      // Too much for one grid: divide by entrance and floor into the fewest equal runs that fit.
      hs.sort(AddressFloors.ORDER);
      int parts = 2;
      while (!fitsIn(hs, parts, limits)) {
        parts++;
      }
      for (int p = 0; p < parts; p++) {
        List<Household> run = hs.subList(p * hs.size() / parts, (p + 1) * hs.size() / parts);
        units.add(new Unit("b:" + e.getKey() + "#" + (p + 1), List.copyOf(run), at, true));
      }
    }
    units.sort(Comparator.comparing(Unit::key));
    // Units with no known position stand at the mean of the others, so they still join a grid.
    Optional<Coordinate> centre = meanOf(units.stream().flatMap(u -> u.at().stream()).toList());
    List<Unit> placed = new ArrayList<>(units.size());
    for (Unit u : units) {
      placed.add(
          u.at().isPresent() ? u : new Unit(u.key(), u.households(), centre, u.partOfBuilding()));
    }
    return placed;
  }

  private static boolean fitsIn(List<Household> hs, int parts, Limits limits) {
    if (parts >= hs.size()) {
      return true;
    }
    for (int p = 0; p < parts; p++) {
      if (!limits.fits(hs.subList(p * hs.size() / parts, (p + 1) * hs.size() / parts))) {
        return false;
      }
    }
    return true;
  }

  /** The fewest parts, by recursive bisection, in which every part keeps within the limits. */
  private static List<List<Unit>> partition(List<Unit> units, Limits limits) {
    int total = units.stream().mapToInt(Unit::size).sum();
    int k = Math.max(1, (total + limits.households - 1) / limits.households);
    while (true) {
      List<List<Unit>> parts = new ArrayList<>();
      bisect(units, Math.min(k, units.size()), parts);
      boolean ok = true;
      for (List<Unit> part : parts) {
        if (!limits.fits(households(part))) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return parts;
      }
      if (k >= units.size()) {
        // One unit per grid and still over a limit: a single household (or the smallest run of a
        // building) cannot be visited within the round under this policy. Say so, do not hide it.
        for (List<Unit> part : parts) {
          if (!limits.fits(households(part))) {
            throw new IllegalArgumentException(
                "the households of "
                    + part.get(0).key().substring(2)
                    + " alone exceed the policy's limits ("
                    + limits.households
                    + " households, "
                    + limits.minutes
                    + " minutes for the planned members); no division can keep them");
          }
        }
        return parts;
      }
      k++;
    }
  }

  private static List<Household> households(List<Unit> part) {
    List<Household> out = new ArrayList<>();
    part.forEach(u -> out.addAll(u.households()));
    return out;
  }

  /** Cuts {@code units} into {@code k} parts along the longer side, by household count. */
  private static void bisect(List<Unit> units, int k, List<List<Unit>> out) {
    if (k <= 1 || units.size() <= 1) {
      out.add(units);
      return;
    }
    Envelope box = new Envelope();
    units.forEach(u -> u.at().ifPresent(box::expandToInclude));
    double metresPerDegreeLon = Math.cos(Math.toRadians(box.isNull() ? 0 : box.centre().y));
    boolean alongLon = box.isNull() || box.getWidth() * metresPerDegreeLon >= box.getHeight();
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(
        Comparator.<Unit>comparingDouble(u -> u.at().map(c -> alongLon ? c.x : c.y).orElse(0.0))
            .thenComparingDouble(u -> u.at().map(c -> alongLon ? c.y : c.x).orElse(0.0))
            .thenComparing(Unit::key));
    int k1 = k / 2;
    double total = sorted.stream().mapToInt(Unit::size).sum();
    double target = total * k1 / k;
    int cut = 1;
    double best = Double.MAX_VALUE;
    double cumulative = 0;
    for (int i = 0; i < sorted.size() - 1; i++) {
      cumulative += sorted.get(i).size();
      double miss = Math.abs(cumulative - target);
      if (miss < best) {
        best = miss;
        cut = i + 1;
      }
    }
    bisect(sorted.subList(0, cut), k1, out);
    bisect(sorted.subList(cut, sorted.size()), k - k1, out);
  }

  private static final Comparator<List<Unit>> NORTH_TO_SOUTH_WEST_TO_EAST =
      Comparator.<List<Unit>>comparingDouble(p -> -centre(p).y)
          .thenComparingDouble(p -> centre(p).x)
          .thenComparing(p -> p.get(0).key());

  private static Coordinate centre(List<Unit> part) {
    return meanOf(part.stream().flatMap(u -> u.at().stream()).toList())
        .orElse(new Coordinate(0, 0));
  }

  private static Optional<Coordinate> mean(List<Household> hs) {
    return meanOf(
        hs.stream().flatMap(h -> h.location().stream()).map(Point::getCoordinate).toList());
  }

  private static Optional<Coordinate> meanOf(List<Coordinate> cs) {
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    double x = 0;
    double y = 0;
    for (Coordinate c : cs) {
      x += c.x;
      y += c.y;
    }
    return Optional.of(new Coordinate(x / cs.size(), y / cs.size()));
  }

  /**
   * The boundary of each part: the Voronoi cells of its units' positions, merged and clipped to the
   * general grid's polygon. A position shared by units of several parts (a divided building) goes
   * to the part with most households there; a part left with no position of its own gets no
   * boundary, since a polygon cannot divide a building by floors.
   */
  private static Map<Integer, Geometry> boundaries(Grid general, List<List<Unit>> parts) {
    Map<Integer, Geometry> out = new HashMap<>();
    if (general.boundary().isEmpty()) {
      return out;
    }
    Geometry parent = general.boundary().get();
    Map<Coordinate, int[]> owner = new TreeMap<>(); // site -> [part, households]
    for (int i = 0; i < parts.size(); i++) {
      Map<Coordinate, Integer> here = new TreeMap<>();
      for (Unit u : parts.get(i)) {
        u.at().ifPresent(c -> here.merge(c, u.size(), Integer::sum));
      }
      for (Map.Entry<Coordinate, Integer> e : here.entrySet()) {
        int[] current = owner.get(e.getKey());
        if (current == null || e.getValue() > current[1]) {
          owner.put(e.getKey(), new int[] {i, e.getValue()});
        }
      }
    }
    if (owner.isEmpty()) {
      return out;
    }
    Map<Integer, List<Geometry>> cells = new HashMap<>();
    if (owner.size() == 1) {
      cells
          .computeIfAbsent(owner.values().iterator().next()[0], k -> new ArrayList<>())
          .add(parent);
    } else {
      VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
      voronoi.setSites(new ArrayList<>(owner.keySet()));
      Envelope clip = new Envelope(parent.getEnvelopeInternal());
      clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()) + 1e-6);
      voronoi.setClipEnvelope(clip);
      Geometry diagram = voronoi.getDiagram(Wgs84.FACTORY);
      for (int i = 0; i < diagram.getNumGeometries(); i++) {
        Geometry cell = diagram.getGeometryN(i);
        Coordinate site = (Coordinate) cell.getUserData();
        int[] o = owner.get(site);
        if (o != null) {
          cells.computeIfAbsent(o[0], k -> new ArrayList<>()).add(cell);
        }
      }
    }
    for (Map.Entry<Integer, List<Geometry>> e : cells.entrySet()) {
      Geometry merged = UnaryUnionOp.union(e.getValue());
      Geometry clipped = OverlayNGRobust.overlay(merged, parent, OverlayNG.INTERSECTION);
      polygonal(clipped).ifPresent(g -> out.put(e.getKey(), g));
    }
    return out;
  }

  /** The polygonal part of an overlay's result, as a Polygon or MultiPolygon, if not empty. */
  @SuppressWarnings("unchecked")
  private static Optional<Geometry> polygonal(Geometry g) {
    List<Polygon> polygons = PolygonExtracter.getPolygons(g);
    polygons.removeIf(Geometry::isEmpty);
    if (polygons.isEmpty()) {
      return Optional.empty();
    }
    Geometry result =
        polygons.size() == 1
            ? polygons.get(0)
            : Wgs84.FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    return result.isValid()
        ? Optional.of(result)
        : Optional.of(result.buffer(0)).filter(x -> !x.isEmpty());
  }

  /** Builds a {@link MicroGridPlanner}. */
  public static final class Builder {
    private GridPolicy policy = GridPolicy.defaults();
    private int membersPerGrid = 3;

    private Builder() {}

    /** The policy whose micro-grid limits apply; the default policy by default. */
    public Builder policy(GridPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How many members will share each proposed grid's round; 3 by default, as in the paper's
     * figure of 100 households visited by 3 members within 3 hours.
     *
     * @throws IllegalArgumentException unless 1–20
     */
    public Builder membersPerGrid(int members) {
      checkArgument(
          members >= 1 && members <= 20, "membersPerGrid must be 1-20 but was %s", members);
      this.membersPerGrid = members;
      return this;
    }

    /** Builds the planner. */
    public MicroGridPlanner build() {
      return new MicroGridPlanner(this);
    }
  }
}
