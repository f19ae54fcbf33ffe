package org.gridgov.events.live;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.geo.Wgs84;
import org.locationtech.jts.geom.Point;

/**
 * Finds the open case a newly arrived report belongs to, under the relation of {@link
 * org.gridgov.events.routing.CaseIntake}'s correlator: the same category family, within the window
 * of each other, and within the radius, or at the same household, building or grid when one of the
 * two has no point.
 *
 * <p>Batch intake sees all reports at once and joins connected components; live intake cannot merge
 * two cases that are already open and acknowledged, so a report joins the case of the most recent
 * report it relates to, and otherwise opens a case. Reports are kept while they are inside the
 * window of the newest report seen: in cells as wide as the radius (a report looks in its own cell
 * and the eight around it), and by key for reports without a point. A storm at one place keeps one
 * entry per point and case, so a sensor that alarms a hundred times a minute costs a hundred
 * look-ups that each stop at the first entry.
 *
 * <p>Not thread-safe: {@link LiveCases} calls it under its lock.
 */
final class LiveCorrelator {

  private static final double METRES_PER_DEGREE = 111_320.0;

  private final double radiusMetres;
  private final Duration window;

  /** Reports with a position, by cell; newest last. */
  private final Map<Cell, Deque<Anchor>> cells = new HashMap<>();

  /** Per key, the newest report that has it, and the newest without a point that has it. */
  private final Map<Key, Anchor> byKey = new HashMap<>();

  private final Map<Key, Anchor> byKeyWithoutPoint = new HashMap<>();

  /** Every anchor in arrival order, to forget those that left the window. */
  private final Deque<Anchor> arrivals = new ArrayDeque<>();

  private Instant newest = Instant.MIN;

  LiveCorrelator(double radiusMetres, Duration window) {
    if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
      throw new IllegalArgumentException("radiusMetres must be finite and >= 0: " + radiusMetres);
    }
    this.radiusMetres = radiusMetres;
    this.window = requireNonNull(window, "window");
  }

  /** One report remembered: its case, family, time, position and keys. */
  private record Anchor(
      String caseId,
      String family,
      Instant at,
      Optional<Point> position,
      boolean pointless,
      List<Key> keys,
      Optional<Cell> cell) {}

  private record Key(String family, char kind, String value) {}

  /** A cell: a row of latitude {@code y}, a column {@code x} of the row's own width. */
  private record Cell(String family, long x, long y) {}

  /**
   * The case the report belongs to, if any.
   *
   * @param e the report
   * @param position where it is: its point, else its household's or building's point
   */
  Optional<String> find(GridEvent e, Optional<Point> position) {
    String family = e.category().family();
    Instant at = e.reportedAt().toInstant();
    boolean pointless = e.location().isEmpty();
    for (Key k : keys(e, family)) {
      Anchor a = (pointless ? byKey : byKeyWithoutPoint).get(k);
      if (a != null && within(a.at(), at)) {
        return Optional.of(a.caseId());
      }
    }
    if (position.isPresent()) {
      Point p = position.get();
      for (Cell c : near(family, p)) {
        Deque<Anchor> q = cells.get(c);
        if (q == null) {
          continue;
        }
        Iterator<Anchor> newestFirst = q.descendingIterator();
        while (newestFirst.hasNext()) {
          Anchor a = newestFirst.next();
          Point o = a.position().orElseThrow();
          if (within(a.at(), at) && close(o, p)) {
            return Optional.of(a.caseId());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Remembers a report that opened or joined {@code caseId}. */
  void add(GridEvent e, Optional<Point> position, String caseId) {
    String family = e.category().family();
    Instant at = e.reportedAt().toInstant();
    if (at.isAfter(newest)) {
      newest = at;
    }
    boolean pointless = e.location().isEmpty();
    Optional<Cell> cell = position.map(p -> cell(family, p));
    Anchor anchor = new Anchor(caseId, family, at, position, pointless, keys(e, family), cell);
    for (Key k : anchor.keys()) {
      byKey.merge(k, anchor, LiveCorrelator::later);
      if (pointless) {
        byKeyWithoutPoint.merge(k, anchor, LiveCorrelator::later);
      }
    }
    if (cell.isPresent()) {
      Deque<Anchor> q = cells.computeIfAbsent(cell.get(), c -> new ArrayDeque<>());
      Anchor last = q.peekLast();
      if (last != null
          && last.caseId().equals(caseId)
          && last.position().orElseThrow().equalsExact(position.orElseThrow())
          && !at.isBefore(last.at())) {
        // The same place and case again (a flapping sensor): refresh the time, keep one entry.
        q.pollLast();
        arrivals.removeLastOccurrence(last);
      }
      q.addLast(anchor);
    }
    arrivals.addLast(anchor);
    forgetOld();
  }

  /** How many reports are remembered. */
  int size() {
    return arrivals.size();
  }

  private void forgetOld() {
    Instant horizon = newest.minus(window);
    while (!arrivals.isEmpty() && arrivals.peekFirst().at().isBefore(horizon)) {
      Anchor a = arrivals.pollFirst();
      a.cell()
          .ifPresent(
              c -> {
                Deque<Anchor> q = cells.get(c);
                if (q != null) {
                  q.remove(a);
                  if (q.isEmpty()) {
                    cells.remove(c);
                  }
                }
              });
      for (Key k : a.keys()) {
        byKey.remove(k, a);
        byKeyWithoutPoint.remove(k, a);
      }
    }
  }

  private static Anchor later(Anchor a, Anchor b) {
    return b.at().isBefore(a.at()) ? a : b;
  }

  private boolean within(Instant a, Instant b) {
    return Duration.between(a, b).abs().compareTo(window) <= 0;
  }

  private boolean close(Point a, Point b) {
    if (radiusMetres == 0) {
      return a.getX() == b.getX() && a.getY() == b.getY();
    }
    return Wgs84.distanceMetres(a, b) <= radiusMetres;
  }

  /** Cell rows are the radius high; each row's columns the radius wide at its poleward edge. */
  private double cellDegreesLat() {
    return Math.max(radiusMetres, 1.0) / METRES_PER_DEGREE;
  }

  private double cellDegreesLon(long row) {
    double h = cellDegreesLat();
    double poleward = Math.min(89.0, Math.max(Math.abs(row * h), Math.abs((row + 1) * h)));
    return Math.max(radiusMetres, 1.0) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(poleward)));
  }

  private Cell cell(String family, Point p) {
    long y = (long) Math.floor(p.getY() / cellDegreesLat());
    return new Cell(family, (long) Math.floor(p.getX() / cellDegreesLon(y)), y);
  }

  /** The cells that may hold a report within the radius of {@code p}. */
  private List<Cell> near(String family, Point p) {
    Cell own = cell(family, p);
    List<Cell> out = new ArrayList<>(9);
    // A degree of longitude is shortest at the poleward edge: a span of the radius there, in
    // degrees, covers the radius anywhere in the rows around p.
    double spanLon =
        Math.max(radiusMetres, 1.0)
            / (METRES_PER_DEGREE
                * Math.cos(Math.toRadians(Math.min(89.0, Math.abs(p.getY()) + cellDegreesLat()))));
    for (long y = own.y() - 1; y <= own.y() + 1; y++) {
      double w = cellDegreesLon(y);
      long from = (long) Math.floor((p.getX() - spanLon) / w);
      long to = (long) Math.floor((p.getX() + spanLon) / w);
      for (long x = from; x <= to; x++) {
        out.add(new Cell(family, x, y));
      }
    }
    return out;
  }

  private static List<Key> keys(GridEvent e, String family) {
    List<Key> out = new ArrayList<>(3);
    e.householdId().ifPresent(h -> out.add(new Key(family, 'h', h)));
    e.buildingId().ifPresent(b -> out.add(new Key(family, 'b', b)));
    if (!e.hasLocation()) {
      e.grid().ifPresent(g -> out.add(new Key(family, 'g', g.value())));
    }
    return out;
  }
}
