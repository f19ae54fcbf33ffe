package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Codes;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the properties of one JSON object of the format, each with its JSON path, and throws a
 * {@link JsonProblem} naming that path and what was expected when a property is missing, of the
 * wrong JSON type or refused by the model.
 *
 * <p>{@code null} and an absent property mean the same: an optional value that is not there, or an
 * empty list. The reader remembers which properties it was asked for, so that {@link #finish} can
 * report the ones nobody asked for (typically misspellings, which would otherwise drop data
 * silently).
 */
final class ObjectReader {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonNode node;
  private final String path;
  private final Class<?> target;
  private final Set<String> asked = new LinkedHashSet<>();

  private ObjectReader(JsonNode node, String path, Class<?> target) {
    this.node = node;
    this.path = path;
    this.target = target;
  }

  /**
   * Starts reading {@code node}, which must be a JSON object.
   *
   * @param target the model type the object becomes, for the exceptions
   */
  static ObjectReader of(JsonNode node, String path, Class<?> target) {
    if (!node.isObject()) {
      throw JsonProblem.shape(
          path,
          "expected a JSON object (" + what(target) + ") but found " + describe(node),
          target);
    }
    return new ObjectReader(node, path, target);
  }

  /**
   * The JSON path of the value the parser is at, e.g. {@code $.households[2].location}, so that a
   * model value nested in someone else's document is reported at its place there.
   */
  static String pathOf(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if (c != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      c = c.getParent(); // the container's own context has no name yet; its place is the parent's
    }
    Deque<String> parts = new ArrayDeque<>();
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push(child("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  /** The path of this object. */
  String path() {
    return path;
  }

  /** The path of one of its properties. */
  String pathOf(String name) {
    return child(path, name);
  }

  /**
   * The path of property {@code name} under {@code parent}, as {@code $.a.b} or {@code $["x y"]}.
   */
  static String child(String parent, String name) {
    return IDENTIFIER.matcher(name).matches()
        ? parent + "." + name
        : parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private @Nullable JsonNode get(String name) {
    asked.add(name);
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /** The raw value of a property, if present and not null. */
  Optional<JsonNode> node(String name) {
    return Optional.ofNullable(get(name));
  }

  /** A required string. */
  String text(String name) {
    return optionalText(name).orElseThrow(() -> missing(name, "a string"));
  }

  /** An optional string. */
  Optional<String> optionalText(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw wrongType(pathOf(name), "a string", v);
    }
    return Optional.of(v.textValue());
  }

  /** A required string turned into a model value by {@code parse}, which may refuse it. */
  <T> T value(String name, Class<T> type, Function<String, T> parse) {
    return optionalValue(name, type, parse).orElseThrow(() -> missing(name, "a " + what(type)));
  }

  /** An optional string turned into a model value by {@code parse}, which may refuse it. */
  <T> Optional<T> optionalValue(String name, Class<T> type, Function<String, T> parse) {
    return optionalText(name).map(s -> parse(pathOf(name), s, type, parse));
  }

  /** Parses {@code text} with a model parser, turning its refusal into a problem at {@code at}. */
  static <T> T parse(String at, String text, Class<T> type, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw JsonProblem.value(at, Checks.messageOf(e), text, type).causedBy(e);
    }
  }

  /** A required lower-case enum code. */
  <E extends Enum<E>> E code(String name, Class<E> type) {
    return optionalCode(name, type)
        .orElseThrow(() -> missing(name, "one of " + Codes.allowed(type)));
  }

  /** An optional lower-case enum code. */
  <E extends Enum<E>> Optional<E> optionalCode(String name, Class<E> type) {
    return optionalText(name).map(s -> enumCode(pathOf(name), s, type));
  }

  /** The constant of {@code type} with code {@code text}. */
  static <E extends Enum<E>> E enumCode(String at, String text, Class<E> type) {
    return Codes.find(type, text)
        .orElseThrow(
            () ->
                JsonProblem.value(
                    at,
                    "unknown code \"" + text + "\"; expected one of " + Codes.allowed(type),
                    text,
                    type));
  }

  /** An optional list of lower-case enum codes; empty when absent. */
  <E extends Enum<E>> List<E> codes(String name, Class<E> type) {
    return list(name, (at, v) -> enumCode(at, textElement(at, v), type));
  }

  /** An optional list of strings turned into model values; empty when absent. */
  <T> List<T> values(String name, Class<T> type, Function<String, T> parse) {
    return list(name, (at, v) -> parse(at, textElement(at, v), type, parse));
  }

  private static String textElement(String at, JsonNode v) {
    if (!v.isTextual()) {
      throw wrongType(at, "a string", v);
    }
    return v.textValue();
  }

  /** Reads each element of an array. */
  interface ElementReader<T> {
    /** Reads element {@code v} found at path {@code at}. */
    T read(String at, JsonNode v);
  }

  /** An optional array, each element read by {@code read}; empty when absent. */
  <T> List<T> list(String name, ElementReader<T> read) {
    JsonNode v = get(name);
    if (v == null) {
      return ImmutableList.of();
    }
    if (!v.isArray()) {
      throw wrongType(pathOf(name), "an array", v);
    }
    List<T> out = new ArrayList<>(v.size());
    Iterator<JsonNode> it = v.elements();
    for (int i = 0; it.hasNext(); i++) {
      JsonNode e = it.next();
      String at = element(pathOf(name), i);
      if (e.isNull()) {
        throw JsonProblem.shape(at, "expected a value but found null", target);
      }
      out.add(read.read(at, e));
    }
    return out;
  }

  /** The elements of an optional array, each with its path; empty when absent. */
  List<Element> elements(String name) {
    return list(name, Element::new);
  }

  /** One element of an array and its path. */
  record Element(String path, JsonNode node) {}

  /** An optional whole number within {@code min..max}. */
  OptionalInt optionalInt(String name, int min, int max) {
    JsonNode v = get(name);
    if (v == null) {
      return OptionalInt.empty();
    }
    String expected = "a whole number " + min + "-" + max;
    if (!v.isIntegralNumber()) {
      throw wrongType(pathOf(name), expected, v);
    }
    if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
      throw JsonProblem.value(
          pathOf(name), "expected " + expected + " but found " + v, v.asText(), int.class);
    }
    return OptionalInt.of(v.intValue());
  }

  /** An optional boolean. */
  Optional<Boolean> optionalBoolean(String name) {
    JsonNode v = get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      throw wrongType(pathOf(name), "true or false", v);
    }
    return Optional.of(v.booleanValue());
  }

  /** An optional ISO-8601 calendar date, {@code 2025-01-31}. */
  Optional<LocalDate> optionalDate(String name) {
    return optionalText(name)
        .map(
            s -> {
              try {
                return LocalDate.parse(s);
              } catch (DateTimeParseException e) {
                throw JsonProblem.value(
                        pathOf(name),
                        "\"" + s + "\" is not an ISO-8601 date; expected YYYY-MM-DD",
                        s,
                        LocalDate.class)
                    .causedBy(e);
              }
            });
  }

  /** An optional GeoJSON geometry object of the given type. */
  <G extends Geometry> Optional<G> optionalGeometry(String name, Class<G> type) {
    JsonNode v = get(name);
    return v == null ? Optional.empty() : Optional.of(geometry(pathOf(name), v, type));
  }

  /** Reads a GeoJSON geometry object of {@code type} at {@code at}. */
  static <G extends Geometry> G geometry(String at, JsonNode v, Class<G> type) {
    Geometry g;
    try {
      g = GeoJsonGeometry.read(v, at);
    } catch (IllegalArgumentException e) {
      throw JsonProblem.geometry(at, Checks.messageOf(e), type).causedBy(e);
    }
    if (!type.isInstance(g)) {
      throw JsonProblem.shape(
          at,
          "expected a GeoJSON " + type.getSimpleName() + " but found a " + g.getGeometryType(),
          type);
    }
    return type.cast(g);
  }

  /**
   * Reports the properties of the object that nobody asked for, unless they are in {@code
   * alsoAllowed} or unknown properties are to be ignored.
   */
  void finish(boolean failOnUnknown, String... alsoAllowed) {
    if (!failOnUnknown) {
      return;
    }
    Set<String> allowed = new LinkedHashSet<>(asked);
    allowed.addAll(List.of(alsoAllowed));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw JsonProblem.unknownProperty(
            pathOf(n),
            "unknown property \""
                + n
                + "\" of "
                + what(target)
                + "; expected one of "
                + String.join(", ", allowed),
            target);
      }
    }
  }

  private JsonProblem missing(String name, String expected) {
    return JsonProblem.shape(
        pathOf(name), "required property is missing; expected " + expected, target);
  }

  static JsonProblem wrongType(String at, String expected, JsonNode found) {
    return JsonProblem.shape(
        at, "expected " + expected + " but found " + describe(found), Object.class);
  }

  /** A short description of a JSON value for messages: its type, and its text when short. */
  static String describe(JsonNode v) {
    String type =
        switch (v.getNodeType()) {
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case STRING -> "the string";
          case NUMBER -> "the number";
          case BOOLEAN -> "the boolean";
          case NULL -> "null";
          default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    return v.isValueNode() && !v.isNull() ? type + " " + v : type;
  }

  /** How a model type is named in messages: {@code a grid}, {@code a grid code}. */
  static String what(Class<?> type) {
    String n = type.getSimpleName();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(n.charAt(i - 1))) {
        sb.append(' ');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
