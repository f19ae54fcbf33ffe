package org.gridgov.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import org.gridgov.core.grid.GridTree;

/**
 * Reads and writes a whole {@link GridTree} as the versioned JSON document described in {@code
 * docs/json.md}, and hands out a mapper configured for the model.
 *
 * <p>The reader refuses what the format does not define: unknown properties, duplicate properties
 * in one object (which a plain mapper silently resolves to the last) and anything after the
 * document.
 */
public final class GridJson {

  /** The version of the grid tree document this library writes, and the only one it reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new GridModule())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final ObjectWriter TREE_WRITER =
      MAPPER.writerFor(GridTree.class).withDefaultPrettyPrinter();
  private static final ObjectReader TREE_READER = MAPPER.readerFor(GridTree.class);

  private GridJson() {}

  /**
   * A new mapper with {@link GridModule} registered and strict reading (see the class comment).
   * Each call returns a fresh copy, so configuring it affects no one else.
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Writes a tree as an indented grid tree document of schema version {@value #SCHEMA_VERSION}. */
  public static String write(GridTree tree) {
    requireNonNull(tree, "tree");
    try {
      return TREE_WRITER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // The model only holds values the writer can write; this is a bug, not bad input.
      throw new IllegalStateException("cannot write grid tree: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a grid tree document.
   *
   * @throws JsonProcessingException when the text is not JSON, or not a valid grid tree document:
   *     the message names the JSON path of each problem and what was expected (see {@link
   *     GridModule})
   */
  public static GridTree read(String json) throws JsonProcessingException {
    requireNonNull(json, "json");
    return notNull(TREE_READER.readValue(json), json.isBlank());
  }

  /**
   * Reads a grid tree document. The reader is not closed.
   *
   * @throws IOException when reading fails, or the text is not a valid grid tree document (a {@link
   *     JsonProcessingException} naming the JSON path of each problem)
   */
  public static GridTree read(Reader in) throws IOException {
    requireNonNull(in, "in");
    return notNull(
        TREE_READER
            .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .readValue(in),
        false);
  }

  private static GridTree notNull(GridTree tree, boolean blank) throws MismatchedInputException {
    if (tree == null) {
      // A bare "null" is valid JSON, but no grid tree document.
      throw MismatchedInputException.from(
          null,
          GridTree.class,
          "$: expected a grid tree document but found " + (blank ? "nothing" : "null"));
    }
    return tree;
  }
}
