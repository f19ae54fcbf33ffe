package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The one strict JSON reading of every hand-written reader: a key given twice is an error (it would
 * let a file say two things about one field), text after a document is an error, and the input is
 * never closed by Jackson (the caller that opened it closes it). Whole documents (policies, dedup
 * profiles, service requests) are read with {@link #readTree}; the streaming GeoJSON readers
 * ({@link FeatureCollections}, grids) take {@link #factory()}, and the audit log reads each line
 * with {@link #readLine}. The readers then walk the tree and report every bad field with its JSON
 * path.
 *
 * <p>Every reading is bounded, so that a hostile file gets a clear problem at its place rather than
 * exhausting the stack or the heap: nesting at most {@value #MAX_DEPTH} deep, numbers of at most
 * {@value #MAX_NUMBER_LENGTH} characters, strings of at most {@value #MAX_STRING_LENGTH}
 * characters, member names of at most {@value #MAX_NAME_LENGTH}, and a whole document read as one
 * tree of at most {@value #MAX_DOCUMENT_CHARS} characters (the streamed GeoJSON files hold one
 * feature at a time and have no overall limit). docs/security.md lists them.
 */
public final class StrictJson {

  /** The deepest nesting of arrays and objects (GeoJSON needs 8). */
  public static final int MAX_DEPTH = 64;

  /** The longest number, in characters (a coordinate needs about 20). */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest member name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest document read as one tree (a policy, a profile, service requests), in chars. */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;

  private static final JsonFactory FACTORY = factory(-1);

  /** For whole documents, which are held as one tree: bounded in length too. */
  private static final JsonFactory DOCUMENTS = factory(MAX_DOCUMENT_CHARS);

  /** For trees inside a stream: the stream goes on after each tree. */
  private static final ObjectMapper STREAMING = new ObjectMapper(FACTORY);

  /** For whole documents: nothing may follow the document. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(DOCUMENTS).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static JsonFactory factory(long maxDocument) {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(maxDocument)
                .build())
        .build();
  }

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
   * @throws InvalidInputException for malformed JSON or text that is not UTF-8 (from a {@link
   *     Utf8Reader}), naming the line and column
   * @throws UncheckedIOException if {@code in} fails
   */
  public static JsonNode readTree(Reader in, String sourceName, String what) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(what, "what");
    try (JsonParser p = DOCUMENTS.createParser(skipByteOrderMark(in))) {
      try {
        JsonNode tree = MAPPER.readTree(p);
        if (tree == null || tree.isMissingNode()) {
          throw malformed(sourceName, what, p.currentLocation(), "the document is empty");
        }
        if (p.nextToken() != null) {
          throw malformed(
              sourceName,
              what,
              p.currentTokenLocation(),
              "unexpected content after the end of the document");
        }
        return tree;
      } catch (JsonProcessingException e) {
        // A limit (depth, length) gives no location of its own; the parser knows where it is.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw malformed(sourceName, what, at, "malformed JSON: " + describe(e));
      }
    } catch (Utf8Reader.MalformedText e) {
      // Bytes that are not UTF-8 are the input's fault, not the disk's (found by fuzzing).
      throw TextFiles.notUtf8(sourceName, what, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Jackson's message without the description of the source (the place gives it) and without the
   * name of the setting behind a limit (the user cannot change it).
   */
  public static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return (m == null ? e.getClass().getSimpleName() : m)
        .replaceAll("\\[Source: [^;\\]]*; ", "[")
        .replaceAll(",? ?\\(?from `StreamReadConstraints[^`]*`\\)?", "")
        .strip();
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

  /**
   * The place of a JSON problem: its line and column, or the start of the input when Jackson gives
   * none.
   */
  public static SourceLocation place(String source, @Nullable JsonLocation at) {
    return at == null
        ? SourceLocation.of(source, 0)
        : SourceLocation.of(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
  }

  private static InvalidInputException malformed(
      String sourceName, String what, @Nullable JsonLocation at, String message) {
    return new InvalidInputException(
        "cannot read " + what + " " + sourceName,
        List.of(Problem.at(place(sourceName, at), "", message)));
  }
}
