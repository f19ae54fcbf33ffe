package org.gridgov.events.routing;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.grid.Grid;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A uniform bucket grid over the polygons of one grid level: about one bucket per polygon, each
 * holding the polygons whose envelope meets it, so that finding the polygons that may hold a point
 * is an array lookup instead of a tree walk. Grids divide space into cells of similar size, which
 * is the case where a bucket grid beats an R-tree. Immutable once built.
 */
final class BucketIndex {

  /** A polygon ready for point tests, with what a hit returns. */
  static final class Entry {
    final Grid grid;
    final Envelope envelope;
    final double area;
    final Location.Located result;

    /** Null for an axis-aligned rectangle, where the envelope test alone decides. */
    private final @Nullable IndexedPointInAreaLocator locator;

    Entry(Grid grid, Geometry polygon, Location.Located result) {
      this.grid = grid;
      this.envelope = polygon.getEnvelopeInternal();
      this.area = polygon.getArea();
      this.result = result;
      this.locator = polygon.isRectangle() ? null : new IndexedPointInAreaLocator(polygon);
    }

    /** Whether the polygon holds the point, its boundary included. */
    boolean covers(Coordinate c) {
      if (!envelope.covers(c)) {
        return false;
      }
      return locator == null || locator.locate(c) != org.locationtech.jts.geom.Location.EXTERIOR;
    }
  }

  private static final Entry[] NONE = new Entry[0];

  private final double minX;
  private final double minY;
  private final double cellWidth;
  private final double cellHeight;
  private final int columns;
  private final int rows;
  private final Entry[][] buckets;

  BucketIndex(List<Entry> entries) {
    Envelope all = new Envelope();
    entries.forEach(e -> all.expandToInclude(e.envelope));
    int side = Math.max(1, (int) Math.ceil(Math.sqrt(Math.max(1, entries.size()))));
    this.minX = all.isNull() ? 0 : all.getMinX();
    this.minY = all.isNull() ? 0 : all.getMinY();
    this.columns = side;
    this.rows = side;
    this.cellWidth = all.isNull() || all.getWidth() == 0 ? 1 : all.getWidth() / side;
    this.cellHeight = all.isNull() || all.getHeight() == 0 ? 1 : all.getHeight() / side;
    List<List<Entry>> lists = new ArrayList<>(columns * rows);
    for (int i = 0; i < columns * rows; i++) {
      lists.add(new ArrayList<>(2));
    }
    if (!all.isNull()) {
      for (Entry e : entries) {
        int c0 = column(e.envelope.getMinX());
        int c1 = column(e.envelope.getMaxX());
        int r0 = row(e.envelope.getMinY());
        int r1 = row(e.envelope.getMaxY());
        for (int r = r0; r <= r1; r++) {
          for (int c = c0; c <= c1; c++) {
            lists.get(r * columns + c).add(e);
          }
        }
      }
    }
    this.buckets = new Entry[lists.size()][];
    for (int i = 0; i < lists.size(); i++) {
      buckets[i] = lists.get(i).isEmpty() ? NONE : lists.get(i).toArray(NONE);
    }
  }

  private int column(double x) {
    return Math.min(columns - 1, Math.max(0, (int) ((x - minX) / cellWidth)));
  }

  private int row(double y) {
    return Math.min(rows - 1, Math.max(0, (int) ((y - minY) / cellHeight)));
  }

  /**
   * Of the polygons holding the point, the smallest (then the first by code); null when none. A
   * null inside this package-private class keeps the hot path free of allocation.
   */
  @Nullable Entry smallestHolding(Coordinate c) {
    if (c.x < minX
        || c.y < minY
        || c.x > minX + columns * cellWidth
        || c.y > minY + rows * cellHeight) {
      return null;
    }
    Entry best = null;
    for (Entry e : buckets[row(c.y) * columns + column(c.x)]) {
      if (e.covers(c)
          && (best == null
              || e.area < best.area
              || (e.area == best.area && e.grid.code().compareTo(best.grid.code()) < 0))) {
        best = e;
      }
    }
    return best;
  }
}
