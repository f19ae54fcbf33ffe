package org.gridgov.events.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.geo.Wgs84;
import org.locationtech.jts.geom.Point;

/**
 * Groups reports of the same incident so that they join one case: two reports belong together when
 * they are of the same category family ({@code safety.gas} and {@code safety.fire} are both {@code
 * safety}; {@code safety.gas} and {@code disaster.flood} are not), reported within {@code window}
 * of each other, and at most {@code radiusMetres} apart — or at the same household, building or
 * grid when one has no point. Groups are the connected components of that relation, so a flapping
 * device that alarms every minute makes one group, and the result is the same whatever the order of
 * the input: the relation is symmetric and the components do not depend on the order they are found
 * in.
 */
final class EventCorrelator {

  private final double radiusMetres;
  private final Duration window;

  /**
   * A correlator.
   *
   * @param radiusMetres how far apart two reports of one incident may be (e.g. 100 m)
   * @param window how far apart in time (e.g. 30 minutes)
   * @throws IllegalArgumentException for a negative radius or window
   */
  EventCorrelator(double radiusMetres, Duration window) {
    checkArgument(radiusMetres >= 0, "radiusMetres must be >= 0 but was %s", radiusMetres);
    requireNonNull(window, "window");
    checkArgument(!window.isNegative(), "window must not be negative but was %s", window);
    this.radiusMetres = radiusMetres;
    this.window = window;
  }

  /**
   * Groups events into incidents.
   *
   * @param events the reports, in any order
   * @param position where an event is, when it gives no point itself (e.g. its building's point);
   *     return empty when unknown
   * @return the groups, each sorted by report time then id, the groups by their first report
   */
  ImmutableList<ImmutableList<GridEvent>> correlate(
      List<GridEvent> events, Function<GridEvent, Optional<Point>> position) {
    return correlateCounting(events, position).groups();
  }

  /**
   * The groups and how many pairs of reports were compared with the exact relation: a storm of
   * reports at one place must not cost a comparison of every pair (tests check the count, not the
   * time).
   */
  record Counted(ImmutableList<ImmutableList<GridEvent>> groups, long comparisons) {}

  Counted correlateCounting(List<GridEvent> events, Function<GridEvent, Optional<Point>> position) {
    requireNonNull(events, "events");
    requireNonNull(position, "position");
    List<GridEvent> sorted = new ArrayList<>(events);
    sorted.sort(ORDER);
    int n = sorted.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Optional<Point>> points = new ArrayList<>(n);
    sorted.forEach(e -> points.add(e.location().or(() -> position.apply(e))));
    // Sweep in time order: only reports within the window of each other can be joined. Reports
    // with a point go into sub-cells a quarter of the radius wide, so that any two reports in one
    // sub-cell are within the radius of each other; sub-cells are grouped into cells at least the
    // radius wide, so that a report finds every report within the radius in its own and the eight
    // neighbouring cells. Because the reports of one sub-cell that are still in the window form one
    // group (each joined the newest one before it), a sub-cell costs one lookup, not one comparison
    // per report in it: a storm of a million reports at one place costs about a million small
    // steps, not a comparison of every pair in the window.
    Grid grid = Grid.of(radiusMetres, points);
    Map<Cell, List<SubCell>> cells = new HashMap<>();
    Map<SubKey, SubCell> subCells = new HashMap<>();
    Map<Object, IndexQueue> keysWithoutPoint = new HashMap<>();
    Map<Object, IndexQueue> keysOfAll = new HashMap<>();
    long[] comparisons = {0};
    int start = 0;
    for (int j = 0; j < n; j++) {
      GridEvent b = sorted.get(j);
      while (Duration.between(sorted.get(start).reportedAt(), b.reportedAt()).compareTo(window)
          > 0) {
        start++;
      }
      String family = b.category().family();
      Optional<Point> pb = points.get(j);
      List<Object> keys = keys(b, family);
      if (pb.isPresent()) {
        Point p = pb.get();
        long sx = grid.subX(p.getX());
        long sy = grid.subY(p.getY());
        SubKey own = new SubKey(family, sx, sy);
        long cx = grid.cellX(sx);
        long cy = grid.cellY(sy);
        SubCell mine = subCells.get(own);
        if (mine != null) {
          // First its own sub-cell, all within the radius: in a storm this joins the storm's
          // group at once, and the sub-cells around it are then skipped as joined already.
          mine.members.dropBefore(start);
          if (!mine.members.isEmpty()) {
            union(parent, mine.members.newest(), j);
          }
        }
        int reach = grid.exact() ? 0 : 1; // with a radius of zero only the same point joins
        for (long dx = -reach; dx <= reach; dx++) {
          for (long dy = -reach; dy <= reach; dy++) {
            List<SubCell> near = cells.get(new Cell(family, cx + dx, cy + dy));
            if (near != null) {
              joinNear(near, grid, start, j, p, points, parent, subCells, comparisons);
            }
          }
        }
        for (Object k : keys) {
          // Every report there shares the key with this one and has no point: together.
          IndexQueue q = keysWithoutPoint.get(k);
          if (q != null) {
            q.dropBefore(start);
            if (!q.isEmpty()) {
              union(parent, q.newest(), j);
            }
          }
        }
        mine = subCells.get(own);
        if (mine == null) {
          mine = new SubCell(own);
          subCells.put(own, mine);
          cells.computeIfAbsent(new Cell(family, cx, cy), k -> new ArrayList<>()).add(mine);
        }
        mine.members.add(j);
      } else {
        for (Object k : keys) {
          // Every report there shares the key with this one, so it is together with all of them;
          // those joined by an earlier report without a point are one group already, so only the
          // reports that came since then are joined one by one.
          IndexQueue q = keysOfAll.get(k);
          if (q != null) {
            q.dropBefore(start);
            for (int m = Math.max(q.head, q.merged - 1); m < q.size; m++) {
              union(parent, q.items[m], j);
            }
          }
        }
        for (Object k : keys) {
          keysWithoutPoint.computeIfAbsent(k, x -> new IndexQueue()).add(j);
        }
      }
      for (Object k : keys) {
        IndexQueue q = keysOfAll.computeIfAbsent(k, x -> new IndexQueue());
        q.add(j);
        if (pb.isEmpty()) {
          q.merged = q.size;
        }
      }
    }
    Map<Integer, List<GridEvent>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    // Roots are the smallest index of each component (see union), so the groups come out in the
    // order of their first report.
    return new Counted(
        groups.values().stream()
            .map(ImmutableList::copyOf)
            .collect(ImmutableList.toImmutableList()),
        comparisons[0]);
  }

  /**
   * Joins report {@code j} at {@code p} with the groups of the sub-cells of one cell that hold a
   * report within the radius and the window; drops sub-cells whose reports all left the window.
   */
  private void joinNear(
      List<SubCell> near,
      Grid grid,
      int start,
      int j,
      Point p,
      List<Optional<Point>> points,
      int[] parent,
      Map<SubKey, SubCell> subCells,
      long[] comparisons) {
    int kept = 0;
    for (int s = 0; s < near.size(); s++) {
      SubCell sub = near.get(s);
      sub.members.dropBefore(start);
      if (sub.members.isEmpty()) {
        subCells.remove(sub.key);
        continue;
      }
      near.set(kept++, sub);
      int newest = sub.members.newest();
      if (find(parent, newest) == find(parent, j)) {
        continue; // joined already, through its own sub-cell or another
      }
      int where = grid.exact() ? 0 : grid.relation(sub.key, p, radiusMetres);
      if (where > 0) {
        union(parent, newest, j); // the whole sub-cell is within the radius
      } else if (where == 0) {
        // On the rim of the radius: look for one report within it, newest first (in a storm the
        // nearest reports are usually the latest).
        for (int k = sub.members.size - 1; k >= sub.members.head; k--) {
          int i = sub.members.items[k];
          comparisons[0]++;
          Point q = points.get(i).orElseThrow();
          if (Wgs84.distanceMetres(q.getX(), q.getY(), p.getX(), p.getY()) <= radiusMetres) {
            union(parent, i, j);
            break;
          }
        }
      }
    }
    near.subList(kept, near.size()).clear();
  }

  /**
   * The point index's geometry for one batch: sub-cells a quarter of the radius wide (so any two
   * points in one are within the radius of each other at every latitude of the batch), grouped into
   * cells at least the radius wide (so two points within the radius are in the same or neighbouring
   * cells). With a radius of zero a sub-cell is one exact point.
   */
  private record Grid(double subLat, double subLon, long perCellX, long perCellY, boolean exact) {

    static Grid of(double radiusMetres, List<Optional<Point>> points) {
      if (radiusMetres == 0) {
        return new Grid(0, 0, 1, 1, true);
      }
      double minLat = 90;
      double maxLat = 0;
      for (Optional<Point> p : points) {
        if (p.isPresent()) {
          double lat = Math.min(89, Math.abs(p.get().getY()));
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
      double degreesPerMetre = 180 / (Math.PI * Wgs84.EARTH_RADIUS_M);
      double subLat = radiusMetres / 4 * degreesPerMetre;
      // A quarter radius east-west where the batch is widest (nearest the equator)...
      double cosWidest = Math.cos(Math.toRadians(Math.max(0, minLat - 1)));
      double subLon = subLat / cosWidest;
      // ...and cells at least the radius wide where it is narrowest, a degree more for the poleward
      // bulge of great circles.
      double cosNarrowest = Math.cos(Math.toRadians(Math.min(89.5, maxLat + 1)));
      long perCellX = (long) Math.ceil(4 * cosWidest / cosNarrowest);
      return new Grid(subLat, subLon, Math.max(4, perCellX), 4, false);
    }

    long subX(double lon) {
      return exact ? Double.doubleToLongBits(lon + 0.0) : (long) Math.floor(lon / subLon);
    }

    long subY(double lat) {
      return exact ? Double.doubleToLongBits(lat + 0.0) : (long) Math.floor(lat / subLat);
    }

    long cellX(long subX) {
      return Math.floorDiv(subX, perCellX);
    }

    long cellY(long subY) {
      return Math.floorDiv(subY, perCellY);
    }

    /**
     * Whether sub-cell {@code key} lies surely within {@code radius} of {@code p} (1), surely
     * beyond it (-1) or on its rim (0). The nearest and farthest points of so small a box are taken
     * as on a plane, with a margin of 5 % that the curvature of the earth cannot eat up; what is
     * unsure is decided report by report with the exact distance.
     */
    int relation(SubKey key, Point p, double radius) {
      double lon0 = key.x() * subLon;
      double lon1 = (key.x() + 1) * subLon;
      double lat0 = key.y() * subLat;
      double lat1 = (key.y() + 1) * subLat;
      double x = p.getX();
      double y = p.getY();
      double far =
          Wgs84.distanceMetres(
              x,
              y,
              Math.abs(x - lon0) > Math.abs(x - lon1) ? lon0 : lon1,
              Math.abs(y - lat0) > Math.abs(y - lat1) ? lat0 : lat1);
      if (far <= radius * 0.95) {
        return 1;
      }
      double near =
          Wgs84.distanceMetres(
              x, y, Math.min(lon1, Math.max(lon0, x)), Math.min(lat1, Math.max(lat0, y)));
      return near > radius * 1.05 ? -1 : 0;
    }
  }

  /** A cell of the point index: one category family, at least the radius wide. */
  private record Cell(String family, long x, long y) {}

  /** A sub-cell of the point index: one category family, a quarter of the radius wide. */
  private record SubKey(String family, long x, long y) {}

  /** The reports of one sub-cell still in the window. */
  private static final class SubCell {
    final SubKey key;
    final IndexQueue members = new IndexQueue();

    SubCell(SubKey key) {
      this.key = key;
    }
  }

  /** A place key of the other index: one family and one household, building or grid. */
  private record Key(String family, char kind, Object place) {}

  /**
   * The keys a report without a point may share with another: its household, its building, and its
   * grid when it gives no point of its own (two such reports of one grid are together).
   */
  private static List<Object> keys(GridEvent e, String family) {
    List<Object> out = new ArrayList<>(3);
    e.householdId().ifPresent(h -> out.add(new Key(family, 'h', h)));
    e.buildingId().ifPresent(b -> out.add(new Key(family, 'b', b)));
    if (!e.hasLocation()) {
      e.grid().ifPresent(g -> out.add(new Key(family, 'g', g)));
    }
    return out;
  }

  /** Indexes of reports in time order; those that left the window are dropped from the front. */
  private static final class IndexQueue {
    int[] items = new int[4];
    int head;
    int size;

    /**
     * For a place key: the reports before this position were all joined by one report without a
     * point, so they are one group.
     */
    int merged;

    void add(int i) {
      if (size == items.length) {
        if (head > items.length / 2) {
          System.arraycopy(items, head, items, 0, size - head);
          size -= head;
          merged = Math.max(0, merged - head);
          head = 0;
        } else {
          items = java.util.Arrays.copyOf(items, items.length * 2);
        }
      }
      items[size++] = i;
    }

    boolean isEmpty() {
      return head == size;
    }

    int newest() {
      return items[size - 1];
    }

    void dropBefore(int start) {
      while (head < size && items[head] < start) {
        head++;
      }
    }
  }

  private static final Comparator<GridEvent> ORDER =
      Comparator.comparing((GridEvent e) -> e.reportedAt().toInstant())
          .thenComparing(GridEvent::id);

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two components under the smaller root, so each root is its component's first event. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
