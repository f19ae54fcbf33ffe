package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Codes;
import org.gridgov.core.internal.FeatureCollections;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * The grids file ({@value GridFiles#GRIDS}): an RFC 7946 GeoJSON {@code FeatureCollection}, one
 * {@code Feature} per grid. A feature's geometry is a {@code Polygon}, a {@code MultiPolygon} or
 * {@code null}; its {@code properties} are {@code code}, {@code name}, {@code level}, {@code
 * parent}, {@code settlement} and, for exclusive grids, {@code exclusiveKind} and {@code
 * managingBody}. See {@code docs/formats.md} for every property. Read it with {@link
 * GridFiles#loader()}.
 */
public final class GridGeoJson {

  // Duplicate keys would let a file say two things about one grid: the strict reading.
  private static final JsonFactory FACTORY = StrictJson.factory();

  private GridGeoJson() {}

  /**
   * Writes grids as a FeatureCollection: one feature per line, in code order, polygons wound as RFC
   * 7946 asks (exterior rings counter-clockwise). {@code exclusiveKind} and {@code managingBody}
   * are written for exclusive grids only, {@code managingBody} only when known.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<Grid> grids, Writer out) throws IOException {
    List<Grid> sorted = grids.stream().sorted(GridTree.byCode()).toList();
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      // Each feature is a root value of this generator, so the separator puts one per line.
      gen.setRootValueSeparator(new SerializedString(",\n"));
      for (Grid g : sorted) {
        writeFeature(g, gen);
      }
    }
    out.write(sorted.isEmpty() ? "]}\n" : "\n]}\n");
    out.flush();
  }

  private static void writeFeature(Grid g, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", "Feature");
    gen.writeObjectFieldStart("properties");
    gen.writeStringField("code", g.code().value());
    gen.writeStringField("name", g.name());
    gen.writeStringField("level", g.level().code());
    gen.writeFieldName("parent");
    if (g.parent().isPresent()) {
      gen.writeString(g.parent().get().value());
    } else {
      gen.writeNull();
    }
    gen.writeStringField("settlement", g.settlement().code());
    if (g.exclusiveKind().isPresent()) {
      gen.writeStringField("exclusiveKind", g.exclusiveKind().get().code());
    }
    if (g.managingBody().isPresent()) {
      gen.writeStringField("managingBody", g.managingBody().get());
    }
    gen.writeEndObject();
    gen.writeFieldName("geometry");
    if (g.boundary().isPresent()) {
      GeoJsonGeometry.write(g.boundary().get(), gen);
    } else {
      gen.writeNull();
    }
    gen.writeEndObject();
  }

  /**
   * Reads the features of a grids file into {@code tree}, one at a time, reporting every bad
   * feature to {@code problems}.
   *
   * @return whether every feature could be read: false when the file is not a readable
   *     FeatureCollection to its end (malformed or truncated JSON, no {@code features}), so that
   *     grids may be missing and checking the structure would only report their absence
   * @throws IOException if {@code in} fails (not for bad content, which is reported)
   */
  static boolean read(String source, Reader in, GridTree.Builder tree, ProblemLog problems)
      throws IOException {
    FeatureReader features = new FeatureReader(source, tree, problems);
    boolean whole = FeatureCollections.read(source, in, features::read, problems::add);
    features.finish();
    return whole;
  }

  /** The longest field name of a Shapefile's dBASE table. */
  static final int SHAPEFILE_NAME_LENGTH = 10;

  /** Turns one feature, read as a tree, into a grid, collecting every problem it has. */
  private static final class FeatureReader {
    private final String source;
    private final GridTree.Builder tree;
    private final ProblemLog problems;

    /** The grids read, kept until the file's end: a settlement may come from a later parent. */
    private final Map<GridCode, Pending> pending = new HashMap<>();

    /** Every grid read, duplicates included, in file order: the tree reports the duplicates. */
    private final List<Pending> inOrder = new ArrayList<>();

    /** A grid read, with the settlement it states, if any. */
    private record Pending(
        Grid.Builder grid,
        GridCode code,
        Optional<GridCode> parent,
        Optional<Settlement> stated,
        SourceLocation at,
        String subject) {}

    FeatureReader(String source, GridTree.Builder tree, ProblemLog problems) {
      this.source = source;
      this.tree = tree;
      this.problems = problems;
    }

    /**
     * Gives each grid its settlement, stated or inherited from its parent (a micro grid's is its
     * community's), and adds the grids to the tree in file order. A grid that states another
     * settlement than its parent's is an error naming both; a grid that states none and has no
     * parent in the file to inherit from is an error too.
     */
    void finish() {
      Map<Pending, Optional<Settlement>> effective = new IdentityHashMap<>();
      for (Pending p : inOrder) {
        Optional<Settlement> s = settlement(p, effective, 0);
        Optional<Pending> parent = p.parent().map(pending::get);
        if (p.stated().isPresent() && parent.isPresent()) {
          Optional<Settlement> above = settlement(parent.get(), effective, 0);
          if (above.isPresent() && above.get() != p.stated().get()) {
            problems.add(
                Problem.at(
                    p.at(),
                    p.subject(),
                    "property \"settlement\": \""
                        + p.stated().get().code()
                        + "\" differs from \""
                        + above.get().code()
                        + "\" of its parent "
                        + parent.get().code()
                        + "; a grid lies in its parent's settlement (omit it to inherit)"));
          }
        }
        if (s.isEmpty()) {
          problems.add(
              Problem.at(
                  p.at(),
                  p.subject(),
                  "property \"settlement\" is missing"
                      + p.parent()
                          .map(
                              c ->
                                  pending.containsKey(c)
                                      ? ", and its parent " + c + " states none to inherit"
                                      : ", and its parent "
                                          + c
                                          + " is not in the file to inherit from")
                          .orElse("")));
        } else {
          p.grid().settlement(s.get());
        }
        // A feature with problems still adds what could be read of its grid, so that the
        // structure check does not report its children and households as orphans; the load
        // fails anyway because of the problems.
        tree.addGrid(p.grid().build(), p.at());
      }
    }

    /** The settlement of a grid: its own, else its parent's; empty when neither says. */
    private Optional<Settlement> settlement(
        Pending p, Map<Pending, Optional<Settlement>> effective, int depth) {
      Optional<Settlement> known = effective.get(p);
      if (known != null) {
        return known;
      }
      Optional<Settlement> s = p.stated();
      // The depth bound stops a cycle of parents, which the structure check reports.
      if (s.isEmpty() && depth < GridLevel.values().length + 1) {
        s =
            p.parent()
                .map(pending::get)
                .flatMap(parent -> settlement(parent, effective, depth + 1));
      }
      effective.put(p, s);
      return s;
    }

    void read(JsonNode feature, int index, SourceLocation at) {
      List<String> errors = new ArrayList<>();
      String subject = "feature " + index;
      if (!feature.isObject()) {
        errors.add("is not a JSON object; expected a GeoJSON Feature");
      } else {
        JsonNode props = feature.get("properties");
        if (props != null && props.isObject()) {
          JsonNode c = props.get("code");
          if (c != null && (c.isTextual() || c.isIntegralNumber())) {
            subject += " (" + c.asText() + ")";
          }
        }
        readFeature(feature, at, errors, subject);
      }
      for (String error : errors) {
        problems.add(Problem.at(at, subject, error));
      }
    }

    /**
     * Reads a feature, adding its problems to {@code errors} and its grid, as far as it could be
     * read, to the tree.
     */
    private void readFeature(JsonNode f, SourceLocation at, List<String> errors, String subject) {
      JsonNode type = f.get("type");
      if (type == null || !type.isTextual() || !type.asText().equals("Feature")) {
        errors.add("\"type\" is " + describe(type) + "; expected \"Feature\"");
      }
      JsonNode props = f.get("properties");
      if (props == null || !props.isObject()) {
        errors.add("\"properties\" is " + describe(props) + "; expected an object");
        return;
      }
      Optional<GridCode> code =
          codeText(props, "code", true, errors).flatMap(s -> parseCode(s, "code", errors));
      Optional<String> name = string(props, "name", true, errors);
      Optional<GridLevel> level =
          string(props, "level", true, errors)
              .flatMap(s -> code(s, "level", GridLevel.class, errors));
      if (code.isPresent() && level.isPresent() && level.get() != code.get().level()) {
        errors.add(
            "property \"level\": \""
                + level.get().code()
                + "\" disagrees with the code "
                + code.get()
                + ", which is the code of a "
                + code.get().level().code()
                + " grid");
      }
      Optional<GridCode> parent =
          codeText(props, "parent", false, errors).flatMap(s -> parseCode(s, "parent", errors));
      // Absent, it is inherited from the parent (finish()).
      Optional<Settlement> settlement =
          string(props, "settlement", false, errors)
              .flatMap(s -> code(s, "settlement", Settlement.class, errors));
      boolean exclusive = code.isPresent() && code.get().level() == GridLevel.EXCLUSIVE;
      Optional<ExclusiveKind> kind =
          string(props, "exclusiveKind", exclusive, errors)
              .flatMap(s -> code(s, "exclusiveKind", ExclusiveKind.class, errors));
      Optional<String> managingBody = string(props, "managingBody", false, errors);
      if (code.isPresent() && !exclusive) {
        for (String only : List.of("exclusiveKind", "managingBody")) {
          JsonNode n = property(props, only);
          if (n != null && !n.isNull()) {
            errors.add(
                "property \""
                    + only
                    + "\" is only for exclusive grids; "
                    + code.get()
                    + " is a "
                    + code.get().level().code()
                    + " grid");
          }
        }
      }
      Optional<Geometry> boundary = geometry(f.get("geometry"), errors);
      if (code.isEmpty()) {
        return;
      }
      Grid.Builder g = Grid.builder(code.get(), name.orElse(code.get().value()));
      boundary.ifPresent(g::boundary);
      try {
        parent.filter(p -> !code.get().codeParent().equals(Optional.of(p))).ifPresent(g::parent);
      } catch (IllegalArgumentException e) {
        errors.add("property \"parent\": " + e.getMessage());
      }
      if (exclusive) {
        g.exclusiveKind(kind.orElse(ExclusiveKind.OTHER));
        managingBody.ifPresent(g::managingBody);
      }
      Pending p =
          new Pending(
              g, code.get(), parent.or(() -> code.get().codeParent()), settlement, at, subject);
      pending.putIfAbsent(code.get(), p);
      inOrder.add(p);
    }

    /**
     * A property by its name or, for a name longer than ten characters, by the first ten: a
     * Shapefile's dBASE table keeps ten, so a round trip through one turns {@code exclusiveKind}
     * into {@code exclusiveK} and {@code managingBody} into {@code managingBo}.
     */
    private static @Nullable JsonNode property(JsonNode props, String key) {
      JsonNode n = props.get(key);
      if (n == null && key.length() > SHAPEFILE_NAME_LENGTH) {
        n = props.get(key.substring(0, SHAPEFILE_NAME_LENGTH));
      }
      return n;
    }

    /**
     * A grid code: a string, or a JSON whole number (a GIS that keeps codes in a 64-bit integer
     * field writes them so); the code's own check says whether it is one.
     */
    private static Optional<String> codeText(
        JsonNode props, String key, boolean required, List<String> errors) {
      JsonNode n = property(props, key);
      if (n != null && n.isIntegralNumber() && n.bigIntegerValue().signum() >= 0) {
        return Optional.of(n.bigIntegerValue().toString());
      }
      return string(props, key, required, errors);
    }

    private static Optional<String> string(
        JsonNode props, String key, boolean required, List<String> errors) {
      JsonNode n = property(props, key);
      if (n == null || n.isNull()) {
        if (required) {
          errors.add("property \"" + key + "\" is missing");
        }
        return Optional.empty();
      }
      if (!n.isTextual()) {
        errors.add(
            "property \""
                + key
                + "\" must be a string"
                + (key.equals("code") || key.equals("parent") ? " or a whole number" : "")
                + ", not "
                + Checks.printable(n.toString()));
        return Optional.empty();
      }
      String s = n.asText().strip();
      if (s.isEmpty()) {
        errors.add("property \"" + key + "\" is empty");
        return Optional.empty();
      }
      if (Checks.loneSurrogate(s) >= 0) {
        // Such text cannot be written as UTF-8 (plan would fail at the end): refused here.
        errors.add(
            "property \""
                + key
                + "\": \""
                + Checks.printable(s)
                + "\" has a lone surrogate; it is not valid Unicode text");
        return Optional.empty();
      }
      return Optional.of(s);
    }

    private static Optional<GridCode> parseCode(String s, String key, List<String> errors) {
      try {
        return Optional.of(GridCode.parse(s));
      } catch (IllegalArgumentException e) {
        errors.add("property \"" + key + "\": " + e.getMessage());
        return Optional.empty();
      }
    }

    private static <E extends Enum<E>> Optional<E> code(
        String s, String key, Class<E> type, List<String> errors) {
      Optional<E> e = Codes.find(type, s);
      if (e.isEmpty()) {
        errors.add("property \"" + key + "\": \"" + s + "\" is not one of " + Codes.allowed(type));
      }
      return e;
    }

    private static Optional<Geometry> geometry(JsonNode node, List<String> errors) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      try {
        Geometry g = GeoJsonGeometry.read(node, "geometry");
        Optional<String> problem = Wgs84.boundaryProblem(g);
        if (problem.isPresent()) {
          errors.add("geometry: " + problem.get());
          return Optional.empty();
        }
        return Optional.of(g);
      } catch (IllegalArgumentException e) {
        errors.add(e.getMessage());
        return Optional.empty();
      }
    }

    private static String describe(JsonNode n) {
      return n == null ? "missing" : n.toString();
    }
  }
}
