package org.gridgov.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the examples of the documentation, so that a test checks what the docs show. An example is
 * a fenced code block right after a marker comment, e.g. {@code <!-- example: policy.json -->}
 * before a {@code ```json} block in {@code docs/policy.md}.
 */
public final class DocExamples {

  private DocExamples() {}

  /**
   * The text of the first block of {@code language} after {@code marker} in a file of {@code
   * docs/}, as a module's test sees it (from the module's directory), without its last line break.
   *
   * @param doc the file's name in {@code docs/}, e.g. {@code policy.md}
   * @param marker the marker's name, e.g. {@code policy.json} for {@code <!-- example: policy.json
   *     -->}
   * @param language the fence's language, e.g. {@code json}
   * @return the block's text
   * @throws IllegalArgumentException if the marker or its block is missing
   */
  public static String block(String doc, String marker, String language) {
    String text;
    try {
      // A module sits one level below the root (grid-core) or two (plugins/grid-store-memory).
      Path file = Path.of("..", "docs", doc);
      if (!Files.exists(file)) {
        file = Path.of("..", "..", "docs", doc);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = text.indexOf("<!-- example: " + marker + " -->");
    if (at < 0) {
      throw new IllegalArgumentException("docs/" + doc + " has no example " + marker);
    }
    String fence = "```" + language + "\n";
    int start = text.indexOf(fence, at);
    int end = start < 0 ? -1 : text.indexOf("```", start + fence.length());
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException(
          "docs/" + doc + ": example " + marker + " has no ```" + language + " block");
    }
    return text.substring(start + fence.length(), end).stripTrailing();
  }
}
