package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * The one strict JSON reading of every hand-written reader: a key given twice is an error (it would
 * let a file say two things about one field), text after a document is an error, and the input is
 * never closed by Jackson (the caller that opened it closes it). Whole documents (policies, dedup
 * profiles, service requests) are read with {@link #readTree}; the streaming GeoJSON readers
 * ({@link FeatureCollections}, grids) take {@link #factory()}, and the audit log reads each line
 * with {@link #readLine}. The readers then walk the tree and report every bad field with its JSON
 * path.
 */
public final class StrictJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** For trees inside a stream: the stream goes on after each tree. */
  private static final ObjectMapper STREAMING = new ObjectMapper(FACTORY);

  /** For whole documents: nothing may follow the document. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}

  /** The strict factory, for readers that stream (and writers that must not close their target). */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * A mapper on the strict factory for reading trees out of a stream, one after another (a feature
   * of a collection); it does not check what follows a tree. Do not reconfigure it.
   */
  public static ObjectMapper streamingMapper() {
    return STREAMING;
  }

  /**
   * Reads one line of a JSON-lines file as a tree.
   *
   * @throws JsonProcessingException if the line is not one JSON value; the caller reports it at the
   *     line's place
   */
  public static JsonNode readLine(String text) throws JsonProcessingException {
    return MAPPER.readTree(requireNonNull(text, "text"));
  }

  /**
   * Reads a tree.
   *
   * @param in the JSON; read to its end, not closed
   * @param sourceName the name problems give the input
   * @param what what the document is, for the message: {@code the policy}
   * @throws InvalidInputException for malformed JSON, naming the line and column
   * @throws UncheckedIOException if {@code in} fails
   */
  public static JsonNode readTree(Reader in, String sourceName, String what) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(what, "what");
    try {
      return MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourceLocation where =
          at == null
              ? SourceLocation.of(sourceName, 0)
              : SourceLocation.of(
                  sourceName, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
      throw new InvalidInputException(
          "cannot read " + what + " " + sourceName,
          List.of(Problem.at(where, "", "malformed JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }
}
