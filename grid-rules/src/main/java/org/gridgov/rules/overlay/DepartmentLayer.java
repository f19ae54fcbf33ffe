package org.gridgov.rules.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A department's grid layer, read from GeoJSON: a FeatureCollection of cells whose geometry is a
 * Polygon or MultiPolygon and whose properties are {@code id} (required, unique), {@code name} and
 * {@code department} (optional strings). See {@code docs/overlay.md}.
 */
public final class DepartmentLayer {

  private final ImmutableList<DepartmentCell> cells;

  private DepartmentLayer(List<DepartmentCell> cells) {
    this.cells = ImmutableList.copyOf(cells);
  }

  /** A layer of the given cells. */
  public static DepartmentLayer of(List<DepartmentCell> cells) {
    return new DepartmentLayer(cells);
  }

  /** The cells, in file order. */
  public ImmutableList<DepartmentCell> cells() {
    return cells;
  }

  /**
   * Reads a layer file.
   *
   * @throws InvalidInputException listing every problem with its line and column and feature index:
   *     malformed or truncated JSON, a feature without a unique id, a geometry that is not a valid
   *     polygon in WGS 84 ranges; a missing file is one too
   */
  public static DepartmentLayer read(Path file) {
    return TextFiles.read(file, "the layer", DepartmentLayer::readText);
  }

  /**
   * Reads a layer from GeoJSON text.
   *
   * @param in the text; not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem
   */
  public static DepartmentLayer read(Reader in, String source) {
    return TextFiles.read(in, source, DepartmentLayer::readText);
  }

  private static DepartmentLayer readText(Reader in, String source) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<DepartmentCell> cells = new ArrayList<>();
    Map<String, SourceLocation> ids = new HashMap<>();
    FeatureCollections.read(
        source,
        in,
        (feature, index, at) -> cell(feature, index, at, ids, problems).ifPresent(cells::add),
        problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the layer " + source, problems);
    }
    return new DepartmentLayer(cells);
  }

  private static Optional<DepartmentCell> cell(
      JsonNode f,
      int index,
      SourceLocation at,
      Map<String, SourceLocation> ids,
      List<Problem> out) {
    String subject = "feature " + index;
    List<String> errors = new ArrayList<>();
    JsonNode props = f.path("properties");
    Optional<String> id = text(props, "id", errors, true);
    Optional<String> name = text(props, "name", errors, false);
    Optional<String> department = text(props, "department", errors, false);
    if (id.isPresent()) {
      SourceLocation first = ids.putIfAbsent(id.get(), at);
      if (first != null) {
        errors.add(
            "id \"" + Checks.printable(id.get()) + "\" is used again (first at " + first + ")");
      }
    }
    Optional<Geometry> geometry = Optional.empty();
    JsonNode g = f.get("geometry");
    if (!f.isObject() || !"Feature".equals(f.path("type").asText())) {
      errors.add("is not a GeoJSON Feature object");
    } else if (g == null || g.isNull()) {
      errors.add("has no geometry; a cell needs a Polygon or MultiPolygon");
    } else {
      try {
        Geometry read = GeoJsonGeometry.read(g, "geometry");
        Optional<String> why = Wgs84.boundaryProblem(read);
        if (why.isPresent()) {
          errors.add("geometry: " + why.get());
        } else {
          geometry = Optional.of(read);
        }
      } catch (IllegalArgumentException e) {
        errors.add(e.getMessage());
      }
    }
    String named = subject + id.map(i -> " (" + Checks.printable(i) + ")").orElse("");
    errors.forEach(e -> out.add(Problem.at(at, named, e)));
    if (!errors.isEmpty() || id.isEmpty() || geometry.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DepartmentCell(id.get(), name, department, geometry.get()));
    } catch (IllegalArgumentException e) {
      // An id or name the model refuses (a control character, too long): the file's fault.
      out.add(Problem.at(at, subject, Checks.messageOf(e)));
      return Optional.empty();
    }
  }

  private static Optional<String> text(
      JsonNode props, String key, List<String> errors, boolean required) {
    JsonNode v = props.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        errors.add("property \"" + key + "\" is missing");
      }
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      errors.add("property \"" + key + "\" must be a non-empty string");
      return Optional.empty();
    }
    return Optional.of(v.asText().strip());
  }
}
