package org.gridgov.rules.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
 * they are of the same category family (a gas smell and a gas leak, not a gas leak and a fire),
 * reported within {@code window} of each other, and at most {@code radiusMetres} apart — or at the
 * same household, building or grid when one has no point. Groups are the connected components of
 * that relation, so a flapping device that alarms every minute makes one group, and the result is
 * the same whatever the order of the input: the relation is symmetric and the components do not
 * depend on the order they are found in.
 */
public final class EventCorrelator {

  private final double radiusMetres;
  private final Duration window;

  /**
   * A correlator.
   *
   * @param radiusMetres how far apart two reports of one incident may be (e.g. 100 m)
   * @param window how far apart in time (e.g. 30 minutes)
   * @throws IllegalArgumentException for a negative radius or window
   */
  public EventCorrelator(double radiusMetres, Duration window) {
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
  public ImmutableList<ImmutableList<GridEvent>> correlate(
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
    // Sweep in time order: only reports within the window of each other can be joined.
    int start = 0;
    for (int j = 0; j < n; j++) {
      GridEvent b = sorted.get(j);
      while (Duration.between(sorted.get(start).reportedAt(), b.reportedAt()).compareTo(window)
          > 0) {
        start++;
      }
      for (int i = start; i < j; i++) {
        if (together(sorted.get(i), points.get(i), b, points.get(j))) {
          union(parent, i, j);
        }
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
        || (a.location().isEmpty() && b.location().isEmpty() && same(a.grid(), b.grid()));
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
