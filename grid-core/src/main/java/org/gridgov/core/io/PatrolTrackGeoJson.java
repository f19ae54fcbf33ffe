package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.governance.PatrolTrack;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.FeatureCollections;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * The patrol tracks file ({@code patrol-tracks.geojson}): an RFC 7946 {@code FeatureCollection} of
 * {@code LineString} features, each with the property {@code patrol_id} naming the patrol of the
 * patrols file it was walked on. A patrol may have several tracks (a phone that lost its fix).
 * Reading is all or nothing: every bad feature is reported with the line and column where it
 * starts, its index and what is wrong. See {@code docs/formats.md}.
 */
public final class PatrolTrackGeoJson {

  private PatrolTrackGeoJson() {}

  /**
   * Reads a tracks file.
   *
   * @return the tracks in file order
   * @throws InvalidInputException listing every bad feature (a missing file is one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<PatrolTrack> read(Path file) {
    return TextFiles.read(file, "the patrol tracks", PatrolTrackGeoJson::readText);
  }

  /**
   * Reads tracks from GeoJSON text.
   *
   * @param in the text; read to its end
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad feature
   * @throws UncheckedIOException if reading fails
   */
  public static ImmutableList<PatrolTrack> read(Reader in, String source) {
    return TextFiles.read(in, source, PatrolTrackGeoJson::readText);
  }

  private static ImmutableList<PatrolTrack> readText(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<PatrolTrack> out = new ArrayList<>();
    FeatureCollections.read(
        source,
        in,
        (feature, index, at) -> feature(feature, index, at, problems, out),
        problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the patrol tracks " + source, problems.problems());
    }
    return ImmutableList.copyOf(out);
  }

  private static void feature(
      JsonNode f, int index, SourceLocation at, ProblemLog problems, List<PatrolTrack> out) {
    String subject = "feature " + index;
    if (!f.isObject()) {
      problems.add(Problem.at(at, subject, "is not a JSON object; expected a GeoJSON Feature"));
      return;
    }
    List<String> errors = new ArrayList<>();
    JsonNode type = f.get("type");
    if (type == null || !type.isTextual() || !type.asText().equals("Feature")) {
      errors.add("\"type\" must be \"Feature\"");
    }
    String patrolId = null;
    JsonNode props = f.get("properties");
    JsonNode id = props == null || !props.isObject() ? null : props.get("patrol_id");
    if (id == null || !id.isTextual()) {
      errors.add("property \"patrol_id\" is missing or not a string");
    } else {
      try {
        patrolId = Checks.id(id.asText(), "patrol id");
        subject += " (patrol " + patrolId + ")";
      } catch (IllegalArgumentException e) {
        errors.add("property \"patrol_id\": " + Checks.messageOf(e));
      }
    }
    JsonNode geometry = f.get("geometry");
    org.locationtech.jts.geom.LineString path = null;
    if (geometry == null || geometry.isNull()) {
      errors.add("\"geometry\" is missing; expected a LineString");
    } else {
      try {
        path = GeoJsonGeometry.readLineString(geometry, "geometry");
      } catch (IllegalArgumentException e) {
        errors.add(Checks.messageOf(e));
      }
    }
    for (String e : errors) {
      problems.add(Problem.at(at, subject, e));
    }
    if (errors.isEmpty() && patrolId != null && path != null) {
      out.add(new PatrolTrack(patrolId, path));
    }
  }

  /**
   * Writes tracks as a FeatureCollection, one feature per line, in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<PatrolTrack> tracks, Writer out) throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    boolean first = true;
    for (PatrolTrack t : tracks) {
      if (!first) {
        out.write(",\n");
      }
      first = false;
      try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("patrol_id", t.patrolId());
        g.writeEndObject();
        g.writeFieldName("geometry");
        GeoJsonGeometry.write(t.path(), g);
        g.writeEndObject();
      }
    }
    out.write("\n]}\n");
    out.flush();
  }
}
