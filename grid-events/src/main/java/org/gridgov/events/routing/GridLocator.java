package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Finds the grid an event belongs to. A point goes to the smallest grid whose polygon holds it — an
 * exclusive grid before a micro grid, a micro grid before a general grid — and, when it lies in a
 * community but in no finer grid, to the community; a point outside every community is rejected
 * with the reason. A household goes to its grid, a building to the grid most of its households are
 * in (or, failing that, to where the building stands), a grid code to that grid.
 *
 * <p>Built once per tree; immutable and thread-safe afterwards. Each level has its own STR-tree of
 * prepared polygons, searched from the finest level down, so a point costs a few envelope tests and
 * usually one point-in-polygon test.
 */
public final class GridLocator {

  /** Search order: the finest grids first. */
  private static final GridLevel[] ORDER = {
    GridLevel.EXCLUSIVE, GridLevel.MICRO, GridLevel.GENERAL, GridLevel.COMMUNITY
  };

  private final GridTree tree;

  /** One index per level, finest first. */
  private final BucketIndex[] indexes = new BucketIndex[ORDER.length];

  private final Map<String, Grid> buildingGrids;

  private GridLocator(GridTree tree) {
    this.tree = tree;
    for (int i = 0; i < ORDER.length; i++) {
      List<BucketIndex.Entry> entries = new ArrayList<>();
      Location.Method method =
          ORDER[i] == GridLevel.COMMUNITY
              ? Location.Method.COMMUNITY_FALLBACK
              : Location.Method.POINT;
      for (Grid g : tree.grids(ORDER[i])) {
        g.boundary()
            .ifPresent(
                b -> entries.add(new BucketIndex.Entry(g, b, new Location.Located(g, method))));
      }
      indexes[i] = new BucketIndex(entries);
    }
    this.buildingGrids = buildingGrids(tree);
  }

  /** Indexes a tree. */
  public static GridLocator of(GridTree tree) {
    return new GridLocator(requireNonNull(tree, "tree"));
  }

  /**
   * The grid of an event, by the most precise place it gives (point, household, building, grid).
   */
  public Location locate(GridEvent event) {
    requireNonNull(event, "event");
    Optional<Point> point = event.location(); // a copy: taken once
    if (point.isPresent()) {
      return locate(point.get());
    }
    if (event.householdId().isPresent()) {
      String id = event.householdId().get();
      Optional<Household> h = tree.household(id);
      if (h.isEmpty()) {
        return new Location.Rejected("household " + id + " is not in the grid files");
      }
      Optional<Grid> g = tree.gridOf(id);
      if (g.isPresent()) {
        return new Location.Located(g.get(), Location.Method.HOUSEHOLD);
      }
      Optional<Point> at = h.get().location();
      if (at.isPresent()) {
        return locate(at.get());
      }
      return new Location.Rejected(
          "household " + id + " is in " + tree.gridsOf(id).size() + " grids and has no point");
    }
    if (event.buildingId().isPresent()) {
      String id = event.buildingId().get();
      Grid g = buildingGrids.get(id);
      if (g != null) {
        return new Location.Located(g, Location.Method.BUILDING);
      }
      Optional<Point> at = tree.building(id).flatMap(b -> b.location());
      return at.isPresent()
          ? locate(at.get())
          : new Location.Rejected("building " + id + " is not in the grid files");
    }
    GridCode code = event.grid().orElseThrow();
    return tree.grid(code)
        .<Location>map(g -> new Location.Located(g, Location.Method.GRID_CODE))
        .orElseGet(() -> new Location.Rejected("grid " + code + " is not in the grid files"));
  }

  /** The smallest grid holding a point, the community as a fallback, or why there is none. */
  public Location locate(Point point) {
    requireNonNull(point, "point");
    Coordinate c = point.getCoordinate();
    for (BucketIndex index : indexes) {
      BucketIndex.Entry hit = index.smallestHolding(c);
      if (hit != null) {
        return hit.result;
      }
    }
    return new Location.Rejected(
        "point [" + c.x + ", " + c.y + "] lies outside every community of the grid files");
  }

  /** For each building, the grid most of its households are in (ties: the first by code). */
  private static Map<String, Grid> buildingGrids(GridTree tree) {
    Map<String, Map<GridCode, Integer>> counts = new HashMap<>();
    for (Household h : tree.households()) {
      if (h.buildingId().isEmpty()) {
        continue;
      }
      Optional<Grid> g = tree.gridOf(h.id());
      g.ifPresent(
          grid ->
              counts
                  .computeIfAbsent(h.buildingId().get(), k -> new java.util.TreeMap<>())
                  .merge(grid.code(), 1, Integer::sum));
    }
    Map<String, Grid> out = new HashMap<>();
    counts.forEach(
        (building, byGrid) -> {
          GridCode best = null;
          int most = -1;
          for (Map.Entry<GridCode, Integer> e : byGrid.entrySet()) {
            if (e.getValue() > most) {
              most = e.getValue();
              best = e.getKey();
            }
          }
          out.put(building, tree.grid(requireNonNull(best)).orElseThrow());
        });
    return out;
  }
}
