package org.gridgov.core.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * WGS 84 (EPSG:4326) geometry in longitude/latitude decimal degrees, as RFC 7946 GeoJSON carries
 * it. Every geometry of the model is made by {@link #FACTORY} (x = longitude, y = latitude, SRID
 * 4326).
 */
public final class Wgs84 {

  /** The EPSG code of WGS 84. */
  public static final int SRID = 4326;

  /** Factory for all model geometry: floating precision, SRID 4326. */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

  /** Mean Earth radius in metres (IUGG), used for local distance and area approximations. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  private Wgs84() {}

  /**
   * A point at the given longitude and latitude.
   *
   * @throws IllegalArgumentException if either is out of range or not finite
   */
  public static Point point(double lon, double lat) {
    checkLonLat(lon, lat);
    return FACTORY.createPoint(new Coordinate(lon, lat));
  }

  /**
   * Checks a longitude/latitude pair.
   *
   * @throws IllegalArgumentException naming the value out of range
   */
  public static void checkLonLat(double lon, double lat) {
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "longitude " + lon + " is outside WGS 84's -180..180 degrees");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException(
          "latitude " + lat + " is outside WGS 84's -90..90 degrees");
    }
  }

  /**
   * Checks that a geometry is a grid boundary: a valid {@link Polygon} or {@link MultiPolygon} with
   * every coordinate in range.
   *
   * @return why it is not, or empty when it is
   */
  public static Optional<String> boundaryProblem(Geometry g) {
    if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
      return Optional.of(
          "a boundary must be a Polygon or MultiPolygon, not " + g.getGeometryType());
    }
    if (g.isEmpty()) {
      return Optional.of("the boundary is empty; leave the geometry null instead");
    }
    for (Coordinate c : g.getCoordinates()) {
      if (!(c.x >= -180 && c.x <= 180) || !(c.y >= -90 && c.y <= 90)) {
        return Optional.of(
            "position ["
                + c.x
                + ", "
                + c.y
                + "] is outside WGS 84 ranges (lon -180..180, lat -90..90)");
      }
    }
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error != null) {
      return Optional.of(
          "invalid "
              + g.getGeometryType()
              + ": "
              + error.getMessage()
              + " near ["
              + error.getCoordinate().x
              + ", "
              + error.getCoordinate().y
              + "]");
    }
    return Optional.empty();
  }

  /**
   * Approximate distance in metres between two points (haversine on a sphere). Good to a few tenths
   * of a percent, ample for walking distances inside a community.
   */
  public static double distanceMetres(Point a, Point b) {
    return distanceMetres(a.getX(), a.getY(), b.getX(), b.getY());
  }

  /**
   * {@link #distanceMetres(Point, Point)} on coordinates, for hot paths that should not allocate
   * points.
   *
   * @param lon1 longitude of the first point, degrees
   * @param lat1 latitude of the first point, degrees
   * @param lon2 longitude of the second point, degrees
   * @param lat2 latitude of the second point, degrees
   * @return the distance in metres
   */
  public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dLat = phi2 - phi1;
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Approximate area in square metres of a geometry given in degrees, scaling degrees to metres at
   * the geometry's mean latitude. Accurate to well under 1 % for areas a few kilometres across.
   */
  public static double areaSquareMetres(Geometry g) {
    if (g.isEmpty()) {
      return 0;
    }
    double lat = Math.toRadians(g.getEnvelopeInternal().centre().y);
    double metresPerDegree = Math.toRadians(1) * EARTH_RADIUS_M;
    return g.getArea() * metresPerDegree * metresPerDegree * Math.cos(lat);
  }
}
