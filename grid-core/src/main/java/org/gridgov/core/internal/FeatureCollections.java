package org.gridgov.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Streams a GeoJSON (RFC 7946) FeatureCollection feature by feature, so that a large file is never
 * held as one tree: each feature is read as a small tree and handed on with the place it starts.
 * Problems of the collection itself — malformed or truncated JSON, a missing {@code features}
 * array, content after the end — are reported with their line and column. The grids file and the
 * departmental layers of the overlay are read through it.
 */
public final class FeatureCollections {

  // Duplicate keys would let a file say two things about one feature: the strict reading.
  private static final ObjectMapper MAPPER = StrictJson.streamingMapper();

  private FeatureCollections() {}

  /** Receives each feature of a collection. */
  @FunctionalInterface
  public interface FeatureHandler {
    /**
     * Handles one feature.
     *
     * @param feature the feature object, as read (not yet checked)
     * @param index its 0-based position in the {@code features} array
     * @param start where its opening brace is
     */
    void feature(JsonNode feature, int index, SourceLocation start);
  }

  /**
   * Reads a FeatureCollection, handing every feature to {@code handler}.
   *
   * @param source the input's name in problems
   * @param in the text; a leading byte-order mark is skipped; not closed
   * @param problems receives the problems of the collection itself
   * @return whether the collection was read to its end (false after a syntax error)
   * @throws IOException if reading fails for another reason than the content
   */
  public static boolean read(
      String source, Reader in, FeatureHandler handler, Consumer<Problem> problems)
      throws IOException {
    Reading features = new Reading(source, handler, problems);
    Reader text;
    try {
      // Skipping a byte-order mark already decodes the first character, so a file that is not
      // UTF-8 can fail here, before the parser exists.
      text = skipByteOrderMark(in);
    } catch (Utf8Reader.MalformedText e) {
      problems.accept(
          Problem.at(
              SourceLocation.of(source, e.line(), e.column()),
              "",
              "the file is not UTF-8 text from here on; save it as UTF-8"));
      return false;
    } catch (CharacterCodingException e) {
      problems.accept(
          Problem.at(
              SourceLocation.of(source, 1, 1),
              "",
              "the file is not UTF-8 text here; save it as UTF-8"));
      return false;
    }
    try (JsonParser p = MAPPER.createParser(text)) {
      try {
        return readCollection(p, features);
      } catch (StreamConstraintsException e) {
        // A limit gives no location of its own; the parser knows where it is.
        features.atJson(p.currentLocation(), "too large: " + clean(e));
      } catch (JsonEOFException e) {
        features.atJson(
            e.getLocation(), "the file ends in the middle of the JSON (truncated?): " + clean(e));
      } catch (JsonProcessingException e) {
        // Jackson reports some truncations as plain parse errors; say what they are.
        String what =
            e.getOriginalMessage().contains("end-of-input")
                ? "the file ends in the middle of the JSON (truncated?): "
                : "malformed JSON: ";
        features.atJson(
            e.getLocation() != null ? e.getLocation() : p.currentLocation(), what + clean(e));
      } catch (Utf8Reader.MalformedText e) {
        problems.accept(
            Problem.at(
                SourceLocation.of(source, e.line(), e.column()),
                "",
                "the file is not UTF-8 text from here on; save it as UTF-8"));
      } catch (CharacterCodingException e) {
        features.atJson(p.currentLocation(), "the file is not UTF-8 text here; save it as UTF-8");
      }
      return false;
    }
  }

  /** One reading: where problems go and who gets the features. */
  private record Reading(String source, FeatureHandler handler, Consumer<Problem> problems) {
    void atJson(@Nullable JsonLocation at, String message) {
      problems.accept(Problem.at(StrictJson.place(source, at), "", message));
    }

    void feature(JsonNode feature, int index, JsonLocation start) {
      handler.feature(
          feature,
          index,
          SourceLocation.of(
              source, Math.max(0, start.getLineNr()), Math.max(0, start.getColumnNr())));
    }
  }

  private static boolean readCollection(JsonParser p, Reading features) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      features.atJson(
          p.currentTokenLocation(), "expected a GeoJSON FeatureCollection object at the top");
      return false;
    }
    JsonLocation start = p.currentTokenLocation();
    boolean sawType = false;
    boolean sawFeatures = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("type")) {
        sawType = true;
        if (value != JsonToken.VALUE_STRING) {
          features.atJson(p.currentTokenLocation(), "\"type\" must be \"FeatureCollection\"");
        } else if (!p.getText().equals("FeatureCollection")) {
          features.atJson(
              p.currentTokenLocation(),
              "\"type\" is \"" + p.getText() + "\"; expected \"FeatureCollection\"");
        }
      } else if (field.equals("features") && value == JsonToken.START_ARRAY) {
        sawFeatures = true;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonLocation at = p.currentTokenLocation();
          JsonNode feature = MAPPER.readTree(p);
          features.feature(feature, index++, at);
        }
      } else if (field.equals("features")) {
        features.atJson(p.currentTokenLocation(), "\"features\" must be an array of features");
        p.skipChildren();
        return false;
      }
      p.skipChildren(); // members the format does not use, e.g. bbox
    }
    if (!sawType) {
      features.atJson(start, "\"type\": \"FeatureCollection\" is missing");
    }
    if (!sawFeatures) {
      features.atJson(start, "\"features\" is missing; expected an array of features");
      return false;
    }
    if (p.nextToken() != null) {
      features.atJson(
          p.currentTokenLocation(), "unexpected content after the end of the FeatureCollection");
    }
    return true;
  }

  /** Jackson's message without the description of the source, which the location already gives. */
  private static String clean(JsonProcessingException e) {
    return StrictJson.describe(e);
  }

  /** RFC 8259 lets parsers ignore a byte-order mark; Jackson's character parser does not. */
  private static Reader skipByteOrderMark(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }
}
