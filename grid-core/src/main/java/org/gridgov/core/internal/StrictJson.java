package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Reads a JSON document into a tree strictly — a key given twice or text after the document is an
 * error — for the hand-checked formats (policies, dedup profiles, service requests), whose readers
 * then walk the tree and report every bad field with its JSON path.
 */
public final class StrictJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}

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
