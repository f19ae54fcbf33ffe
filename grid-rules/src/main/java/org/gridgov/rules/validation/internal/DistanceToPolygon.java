package org.gridgov.rules.validation.internal;

import org.gridgov.core.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Distances from points to polygons in metres, for messages. */
final class DistanceToPolygon {

  private DistanceToPolygon() {}

  /** Metres from {@code p} to the nearest point of {@code polygon} (0 inside). */
  static double metres(Point p, Geometry polygon) {
    Coordinate[] nearest = DistanceOp.nearestPoints(p, polygon);
    return Wgs84.distanceMetres(p, Wgs84.point(nearest[1].x, nearest[1].y));
  }
}
