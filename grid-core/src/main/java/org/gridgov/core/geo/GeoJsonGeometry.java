package org.gridgov.core.geo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.internal.CsvWriter;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Converts JTS geometries to and from RFC 7946 GeoJSON geometry objects ({@code Point}, {@code
 * Polygon}, {@code MultiPolygon}), the subset the model uses.
 *
 * <p>Written polygons follow RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
 * Read polygons may wind either way, as the RFC asks parsers to accept. Positions with a third
 * value (altitude) are read and the altitude dropped.
 *
 * <p>Written coordinates have at most {@value #DECIMALS} decimals (about a centimetre; more is
 * float noise). Each vertex is rounded on its own ({@link GeometryPrecisionReducer#reducePointwise}
 * on a {@code PrecisionModel(1e7)}), so a vertex shared by neighbouring grids rounds to the same
 * point in both and a tiling stays a tiling; only if that leaves a polygon invalid (a sliver
 * thinner than a centimetre) is it snap-rounded instead, which keeps it valid.
 */
public final class GeoJsonGeometry {

  /** The most decimals a written coordinate has. */
  public static final int DECIMALS = 7;

  private static final PrecisionModel CENTIMETRE = new PrecisionModel(1e7);

  private GeoJsonGeometry() {}

  /**
   * The geometry as it is written: every coordinate rounded to {@value #DECIMALS} decimals, vertex
   * by vertex, and still valid if it was.
   */
  public static Geometry rounded(Geometry g) {
    Geometry pointwise = GeometryPrecisionReducer.reducePointwise(g, CENTIMETRE);
    Geometry r =
        pointwise.isValid() || !g.isValid()
            ? pointwise
            : GeometryPrecisionReducer.reduce(g, CENTIMETRE);
    // The reducer hands back a MultiPolygon of one polygon as a Polygon; the type is kept.
    return g instanceof MultiPolygon && r instanceof Polygon p
        ? g.getFactory().createMultiPolygon(new Polygon[] {p})
        : r;
  }

  /**
   * Writes a geometry as a GeoJSON geometry object.
   *
   * @throws IllegalArgumentException for a geometry type the model does not use
   */
  public static void write(Geometry geometry, JsonGenerator out) throws IOException {
    Geometry g = rounded(geometry);
    out.writeStartObject();
    if (g instanceof Point p) {
      out.writeStringField("type", "Point");
      out.writeFieldName("coordinates");
      writePosition(p.getCoordinate(), out);
    } else if (g instanceof Polygon p) {
      out.writeStringField("type", "Polygon");
      out.writeFieldName("coordinates");
      writePolygon(p, out);
    } else if (g instanceof LineString l && !(g instanceof LinearRing)) {
      out.writeStringField("type", "LineString");
      out.writeFieldName("coordinates");
      out.writeStartArray();
      for (Coordinate c : l.getCoordinates()) {
        writePosition(c, out);
      }
      out.writeEndArray();
    } else if (g instanceof MultiPolygon mp) {
      out.writeStringField("type", "MultiPolygon");
      out.writeFieldName("coordinates");
      out.writeStartArray();
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        writePolygon((Polygon) mp.getGeometryN(i), out);
      }
      out.writeEndArray();
    } else {
      throw new IllegalArgumentException(
          "cannot write a "
              + g.getGeometryType()
              + "; only Point, LineString, Polygon and MultiPolygon");
    }
    out.writeEndObject();
  }

  private static void writePolygon(Polygon p, JsonGenerator out) throws IOException {
    out.writeStartArray();
    writeRing(p.getExteriorRing().getCoordinates(), true, out);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      writeRing(p.getInteriorRingN(i).getCoordinates(), false, out);
    }
    out.writeEndArray();
  }

  private static void writeRing(Coordinate[] ring, boolean ccw, JsonGenerator out)
      throws IOException {
    boolean reverse = Orientation.isCCW(ring) != ccw;
    out.writeStartArray();
    for (int i = 0; i < ring.length; i++) {
      writePosition(ring[reverse ? ring.length - 1 - i : i], out);
    }
    out.writeEndArray();
  }

  private static void writePosition(Coordinate c, JsonGenerator out) throws IOException {
    out.writeStartArray();
    // Rounded already; written without the float noise of the double's decimal form.
    out.writeNumber(CsvWriter.decimal(c.x));
    out.writeNumber(CsvWriter.decimal(c.y));
    out.writeEndArray();
  }

  /**
   * Reads a GeoJSON geometry object of one of the given types.
   *
   * @param node the geometry object
   * @param path where the object is, for messages, e.g. {@code features[3].geometry}
   * @throws IllegalArgumentException saying where and what is wrong: a missing or unexpected {@code
   *     type}, a malformed position, an unclosed ring, a ring of fewer than 4 positions or a
   *     coordinate outside WGS 84 ranges. Topological validity is not checked here (see {@link
   *     Wgs84#boundaryProblem}).
   */
  public static Geometry read(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + " must be a GeoJSON geometry object");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw new IllegalArgumentException(path + ".type is missing");
    }
    JsonNode coords = node.get("coordinates");
    if (coords == null || !coords.isArray()) {
      throw new IllegalArgumentException(path + ".coordinates must be an array");
    }
    String p = path + ".coordinates";
    return switch (type.asText()) {
      case "Point" -> Wgs84.FACTORY.createPoint(position(coords, p));
      case "Polygon" -> polygon(coords, p);
      case "MultiPolygon" -> {
        Polygon[] polys = new Polygon[coords.size()];
        for (int i = 0; i < polys.length; i++) {
          polys[i] = polygon(coords.get(i), p + "[" + i + "]");
        }
        yield Wgs84.FACTORY.createMultiPolygon(polys);
      }
      default ->
          throw new IllegalArgumentException(
              path + ".type is \"" + type.asText() + "\"; expected Point, Polygon or MultiPolygon");
    };
  }

  /**
   * Reads a GeoJSON {@code LineString} geometry object (a path such as a patrol track).
   *
   * @param node the geometry object
   * @param path where the object is, for messages, e.g. {@code features[3].geometry}
   * @throws IllegalArgumentException saying where and what is wrong: another type, fewer than two
   *     positions, a malformed position or a coordinate outside WGS 84 ranges
   */
  public static LineString readLineString(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + " must be a GeoJSON geometry object");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw new IllegalArgumentException(path + ".type is missing");
    }
    if (!type.asText().equals("LineString")) {
      throw new IllegalArgumentException(
          path + ".type is \"" + type.asText() + "\"; expected LineString");
    }
    JsonNode coords = node.get("coordinates");
    if (coords == null || !coords.isArray()) {
      throw new IllegalArgumentException(path + ".coordinates must be an array");
    }
    if (coords.size() < 2) {
      throw new IllegalArgumentException(
          path + ".coordinates has " + coords.size() + " positions; a LineString needs at least 2");
    }
    Coordinate[] cs = new Coordinate[coords.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = position(coords.get(i), path + ".coordinates[" + i + "]");
    }
    return Wgs84.FACTORY.createLineString(cs);
  }

  private static Polygon polygon(JsonNode rings, String path) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException(path + " must be a non-empty array of linear rings");
    }
    LinearRing shell = ring(rings.get(0), path + "[0]");
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
    }
    return Wgs84.FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode positions, String path) {
    if (!positions.isArray()) {
      throw new IllegalArgumentException(path + " must be an array of positions");
    }
    if (positions.size() < 4) {
      throw new IllegalArgumentException(
          path + " has " + positions.size() + " positions; a linear ring needs at least 4");
    }
    List<Coordinate> cs = new ArrayList<>(positions.size());
    for (int i = 0; i < positions.size(); i++) {
      cs.add(position(positions.get(i), path + "[" + i + "]"));
    }
    if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      throw new IllegalArgumentException(
          path + " is not closed: its first and last positions differ");
    }
    return Wgs84.FACTORY.createLinearRing(cs.toArray(new Coordinate[0]));
  }

  private static Coordinate position(JsonNode pos, String path) {
    if (!pos.isArray()
        || pos.size() < 2
        || pos.size() > 3
        || !pos.get(0).isNumber()
        || !pos.get(1).isNumber()
        || (pos.size() == 3 && !pos.get(2).isNumber())) {
      throw new IllegalArgumentException(
          path
              + " must be a position [longitude, latitude] or [longitude, latitude, altitude] of numbers");
    }
    double lon = pos.get(0).asDouble();
    double lat = pos.get(1).asDouble();
    try {
      Wgs84.checkLonLat(lon, lat);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
    return new Coordinate(lon, lat);
  }
}
