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
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * A department's grid layer, read from GeoJSON: a FeatureCollection of cells whose geometry is a
 * Polygon or MultiPolygon, each with a unique id, and optional {@code name} and {@code department}
 * strings. The id is the property the caller names ({@code BEAT_NO}, {@code 网格编号}), else {@code
 * properties.id}, else the feature's own {@code id} member; a string or a number. See {@code
 * docs/overlay.md}.
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
   * Reads a layer file, each cell's id from {@code properties.id} or the feature's {@code id}.
   *
   * @throws InvalidInputException listing every problem with its line and column and feature index:
   *     malformed or truncated JSON, a feature without a unique id, a geometry that is not a valid
   *     polygon in WGS 84 ranges; a missing file is one too
   */
  public static DepartmentLayer read(Path file) {
    return TextFiles.read(
        file, "the layer", (in, source) -> readText(in, source, Optional.empty()));
  }

  /**
   * Reads a layer file whose cells carry their ids in the property {@code idProperty}.
   *
   * @throws InvalidInputException as {@link #read(Path)}; a feature without that property is one
   */
  public static DepartmentLayer read(Path file, String idProperty) {
    Optional<String> key = Optional.of(Checks.nonBlank(idProperty, "idProperty"));
    return TextFiles.read(file, "the layer", (in, source) -> readText(in, source, key));
  }

  /**
   * Reads a layer from GeoJSON text.
   *
   * @param in the text; not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem
   */
  public static DepartmentLayer read(Reader in, String source) {
    return TextFiles.read(in, source, (r, s) -> readText(r, s, Optional.empty()));
  }

  private static DepartmentLayer readText(Reader in, String source, Optional<String> idProperty)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<DepartmentCell> cells = new ArrayList<>();
    Map<String, SourceLocation> ids = new HashMap<>();
    FeatureCollections.read(
        source,
        in,
        (feature, index, at) ->
            cell(feature, index, at, idProperty, ids, problems).ifPresent(cells::add),
        problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the layer " + source, problems);
    }
    return new DepartmentLayer(cells);
  }

  /** The id of a cell: the named property, else {@code properties.id}, else the feature's id. */
  private static Optional<String> id(
      JsonNode f, JsonNode props, Optional<String> idProperty, List<String> errors) {
    if (idProperty.isPresent()) {
      return id(props.get(idProperty.get()), "property \"" + idProperty.get() + "\"", errors)
          .or(
              () -> {
                if (errors.isEmpty()) {
                  errors.add("property \"" + idProperty.get() + "\" (--id-property) is missing");
                }
                return Optional.empty();
              });
    }
    JsonNode own = props.get("id");
    if (own != null && !own.isNull()) {
      return id(own, "property \"id\"", errors);
    }
    JsonNode member = f.get("id");
    if (member != null && !member.isNull()) {
      return id(member, "the feature's \"id\"", errors);
    }
    errors.add(
        "has no id: give properties.id or the feature's id member, or name the property that"
            + " holds it (--id-property NAME)");
    return Optional.empty();
  }

  private static Optional<String> id(@Nullable JsonNode v, String what, List<String> errors) {
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    String s;
    if (v.isIntegralNumber()) {
      s = v.bigIntegerValue().toString();
    } else if (v.isNumber()) {
      // A GIS's Real field holds 12 as 12.0: the id is 12.
      s = v.decimalValue().stripTrailingZeros().toPlainString();
    } else if (v.isTextual()) {
      s = v.asText().strip();
    } else {
      errors.add(what + " must be a string or a number, not " + Checks.printable(v.toString()));
      return Optional.empty();
    }
    if (s.isEmpty()) {
      errors.add(what + " is empty");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static Optional<DepartmentCell> cell(
      JsonNode f,
      int index,
      SourceLocation at,
      Optional<String> idProperty,
      Map<String, SourceLocation> ids,
      List<Problem> out) {
    String subject = "feature " + index;
    List<String> errors = new ArrayList<>();
    JsonNode props = f.path("properties");
    Optional<String> id = id(f, props, idProperty, errors);
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
