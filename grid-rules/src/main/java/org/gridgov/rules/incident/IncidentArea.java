package org.gridgov.rules.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.FeatureCollections;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * Reads the area of an incident from GeoJSON: a FeatureCollection whose features are Polygons or
 * MultiPolygons (a flooded area) or Points with a {@code radius_m} property (a fire, a gas
 * explosion); the area is their union. See {@code docs/knock.md}.
 */
public final class IncidentArea {

  private IncidentArea() {}

  /**
   * Reads an area file.
   *
   * @throws InvalidInputException listing every problem with its place
   */
  public static Geometry read(Path file) {
    return TextFiles.read(file, "the area", IncidentArea::readText);
  }

  /**
   * Reads an area from GeoJSON text.
   *
   * @throws InvalidInputException listing every problem with its place
   */
  public static Geometry read(Reader in, String source) {
    return TextFiles.read(in, source, IncidentArea::readText);
  }

  private static Geometry readText(Reader in, String source) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Geometry> parts = new ArrayList<>();
    FeatureCollections.read(
        source,
        in,
        (feature, index, at) -> {
          try {
            part(feature, index).ifPresent(parts::add);
          } catch (IllegalArgumentException e) {
            problems.add(Problem.at(at, "feature " + index, Checks.messageOf(e)));
          }
        },
        problems::add);
    if (problems.isEmpty() && parts.isEmpty()) {
      problems.add(Problem.at(SourceLocation.of(source, 0), "", "the area has no feature"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the area " + source, problems);
    }
    return UnaryUnionOp.union(parts);
  }

  private static Optional<Geometry> part(JsonNode feature, int index) {
    String where = "features[" + index + "]";
    JsonNode g = feature.get("geometry");
    if (g == null || g.isNull()) {
      throw new IllegalArgumentException(where + " has no geometry");
    }
    Geometry geometry = GeoJsonGeometry.read(g, where + ".geometry");
    if (geometry instanceof Point p) {
      JsonNode r = feature.path("properties").get("radius_m");
      if (r == null || !r.isNumber() || !(r.asDouble() > 0) || r.asDouble() > 100_000) {
        throw new IllegalArgumentException(
            where
                + ": a Point needs properties.radius_m, a number of metres more than 0 and at"
                + " most 100000 (a circle of 0 m holds no household)");
      }
      return Optional.of(circle(p, r.asDouble()));
    }
    Optional<String> problem = Wgs84.boundaryProblem(geometry);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(where + ".geometry: " + problem.get());
    }
    return Optional.of(geometry);
  }

  /** A circle of {@code metres} around a point, as a 64-sided polygon in degrees. */
  static Geometry circle(Point centre, double metres) {
    double metresPerDegree = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;
    double height = 2 * metres / metresPerDegree;
    double width = height / Math.cos(Math.toRadians(centre.getY()));
    GeometricShapeFactory f = new GeometricShapeFactory(Wgs84.FACTORY);
    f.setCentre(centre.getCoordinate());
    f.setWidth(width);
    f.setHeight(height);
    f.setNumPoints(64);
    return f.createEllipse();
  }
}
