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
import org.jspecify.annotations.Nullable;
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
    // Sweep in time order: only reports within the window of each other can be joined. Within the
    // window, candidates come from indexes — cells about the radius wide for reports with a
    // point, household, building and grid keys for the others — so a batch of a million reports
    // costs about a million small lookups, not a comparison of every pair in the window. Each
    // candidate is then checked with the exact relation.
    double cellLat = Math.max(radiusMetres, 1e-3) / (Math.PI * Wgs84.EARTH_RADIUS_M / 180);
    double maxLat = 0;
    for (Optional<Point> p : points) {
      if (p.isPresent()) {
        maxLat = Math.max(maxLat, Math.min(89, Math.abs(p.get().getY())));
      }
    }
    // At least the radius wide at every latitude of the batch (a degree more for the poleward bulge
    // of great circles), so two reports within the radius are in the same or neighbouring cells.
    double cellLon = cellLat / Math.cos(Math.toRadians(Math.min(89.5, maxLat + 1)));
    Map<Object, IndexQueue> cells = new HashMap<>();
    Map<Object, IndexQueue> keysWithoutPoint = new HashMap<>();
    Map<Object, IndexQueue> keysOfAll = new HashMap<>();
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
        long cx = (long) Math.floor(pb.get().getX() / cellLon);
        long cy = (long) Math.floor(pb.get().getY() / cellLat);
        for (long dx = -1; dx <= 1; dx++) {
          for (long dy = -1; dy <= 1; dy++) {
            join(cells.get(new Cell(family, cx + dx, cy + dy)), start, j, sorted, points, parent);
          }
        }
        for (Object k : keys) {
          join(keysWithoutPoint.get(k), start, j, sorted, points, parent);
        }
        cells.computeIfAbsent(new Cell(family, cx, cy), k -> new IndexQueue()).add(j);
      } else {
        for (Object k : keys) {
          join(keysOfAll.get(k), start, j, sorted, points, parent);
        }
        for (Object k : keys) {
          keysWithoutPoint.computeIfAbsent(k, x -> new IndexQueue()).add(j);
        }
      }
      for (Object k : keys) {
        keysOfAll.computeIfAbsent(k, x -> new IndexQueue()).add(j);
      }
    }
    Map<Integer, List<GridEvent>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
    }
    // Roots are the smallest index of each component (see union), so the groups come out in the
    // order of their first report.
    return groups.values().stream()
        .map(ImmutableList::copyOf)
        .collect(ImmutableList.toImmutableList());
  }

  /** A cell of the point index: one category family, about the radius wide. */
  private record Cell(String family, long x, long y) {}

  /** A place key of the other index: one family and one household, building or grid. */
  private record Key(String family, char kind, Object place) {}

  /** The keys a report without a point may share with another: see {@link #together}. */
  private static List<Object> keys(GridEvent e, String family) {
    List<Object> out = new ArrayList<>(3);
    e.householdId().ifPresent(h -> out.add(new Key(family, 'h', h)));
    e.buildingId().ifPresent(b -> out.add(new Key(family, 'b', b)));
    if (!e.hasLocation()) {
      e.grid().ifPresent(g -> out.add(new Key(family, 'g', g)));
    }
    return out;
  }

  /** Joins report {@code j} with every candidate still in the window that belongs with it. */
  private void join(
      @Nullable IndexQueue candidates,
      int start,
      int j,
      List<GridEvent> sorted,
      List<Optional<Point>> points,
      int[] parent) {
    if (candidates == null) {
      return;
    }
    candidates.dropBefore(start);
    for (int k = candidates.head; k < candidates.size; k++) {
      int i = candidates.items[k];
      if (i != j && together(sorted.get(i), points.get(i), sorted.get(j), points.get(j))) {
        union(parent, i, j);
      }
    }
  }

  /** Indexes of reports in time order; those that left the window are dropped from the front. */
  private static final class IndexQueue {
    int[] items = new int[4];
    int head;
    int size;

    void add(int i) {
      if (size == items.length) {
        if (head > items.length / 2) {
          System.arraycopy(items, head, items, 0, size - head);
          size -= head;
          head = 0;
        } else {
          items = java.util.Arrays.copyOf(items, items.length * 2);
        }
      }
      items[size++] = i;
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

  private boolean together(GridEvent a, Optional<Point> pa, GridEvent b, Optional<Point> pb) {
    if (!a.category().family().equals(b.category().family())) {
      return false;
    }
    if (pa.isPresent() && pb.isPresent()) {
      return Wgs84.distanceMetres(pa.get(), pb.get()) <= radiusMetres;
    }
    return same(a.householdId(), b.householdId())
        || same(a.buildingId(), b.buildingId())
        || (!a.hasLocation() && !b.hasLocation() && same(a.grid(), b.grid()));
  }

  private static boolean same(Optional<?> x, Optional<?> y) {
    return x.isPresent() && x.equals(y);
  }

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
