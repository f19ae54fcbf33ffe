package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while turning a JSON tree into the model, with the JSON path where it was found.
 * Thrown inside the readers and turned into the matching Jackson exception at the edge ({@link
 * #toJackson}), where a parser is at hand to give the location.
 */
final class JsonProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of Jackson exception this problem becomes. */
  enum Kind {
    /** A value of the right JSON type that the model refuses: {@link InvalidFormatException}. */
    VALUE,
    /** A missing value or one of the wrong JSON type: {@link MismatchedInputException}. */
    SHAPE,
    /** A property the format does not know: {@link UnrecognizedPropertyException}. */
    UNKNOWN_PROPERTY
  }

  private final Kind kind;

  /** The JSON path of the bad value, e.g. {@code $.grids[3].code}. */
  private final String path;

  private final transient @Nullable Object value;
  private final Class<?> target;

  private JsonProblem(
      Kind kind, String path, String message, @Nullable Object value, Class<?> target) {
    super(message);
    this.kind = kind;
    this.path = path;
    this.value = value;
    this.target = target;
  }

  /** A value that the model refuses; {@code detail} says what was expected. */
  static JsonProblem value(String path, String detail, Object value, Class<?> target) {
    return new JsonProblem(Kind.VALUE, path, path + ": " + detail, value, target);
  }

  /** A missing value, or one of the wrong JSON type. */
  static JsonProblem shape(String path, String detail, Class<?> target) {
    return new JsonProblem(Kind.SHAPE, path, path + ": " + detail, null, target);
  }

  /**
   * A malformed GeoJSON geometry; {@code message} comes from {@link
   * org.gridgov.core.geo.GeoJsonGeometry}, which names the path (down to the bad position) itself.
   */
  static JsonProblem geometry(String path, String message, Class<?> target) {
    return new JsonProblem(Kind.SHAPE, path, message, null, target);
  }

  /** A property that the format does not define. */
  static JsonProblem unknownProperty(String path, String detail, Class<?> target) {
    return new JsonProblem(Kind.UNKNOWN_PROPERTY, path, path + ": " + detail, null, target);
  }

  /** The Jackson exception for this problem, placed at the parser's location. */
  JsonMappingException toJackson(JsonParser p) {
    JsonMappingException e =
        switch (kind) {
          case VALUE -> InvalidFormatException.from(p, getMessage(), value, target);
          case SHAPE -> MismatchedInputException.from(p, target, getMessage());
          case UNKNOWN_PROPERTY ->
              new UnrecognizedPropertyException(
                  p, getMessage(), p.currentLocation(), target, lastName(path), List.of());
        };
    Throwable cause = getCause();
    return cause == null ? e : e.withCause(cause);
  }

  /** This problem with the model's exception as its cause, so a caller can dig it out. */
  JsonProblem causedBy(Throwable cause) {
    initCause(cause);
    return this;
  }

  private static String lastName(String path) {
    return Optional.of(path.lastIndexOf('.'))
        .filter(i -> i >= 0)
        .map(i -> path.substring(i + 1))
        .orElse(path);
  }
}
