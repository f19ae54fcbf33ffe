package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps docs/json.md honest: its example must be exactly what the library reads and writes. */
class JsonDocumentationTest {

  /** Surefire runs in the module directory; the docs are at the top of the repository. */
  private static final Path DOC = Path.of("..", "docs", "json.md");

  private static String example;

  @BeforeAll
  static void extractExample() throws Exception {
    String markdown = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```json\\R(.*?)\\R```", Pattern.DOTALL).matcher(markdown);
    assertThat(m.find()).as("a ```json block in %s", DOC).isTrue();
    example = m.group(1);
    assertThat(m.find()).as("only one ```json block in %s", DOC).isFalse();
  }

  @Test
  @DisplayName("the example in docs/json.md reads as a grid tree")
  void exampleReads() throws Exception {
    GridTree tree = GridJson.read(example);
    assertThat(tree.grids()).isNotEmpty();
    assertThat(tree.unassignedHouseholds()).extracting(h -> h.id()).containsExactly("H0002");
    assertThat(tree.children(GridCode.parse("510107011005001"))).hasSize(2);
  }

  @Test
  @DisplayName("writing the example's tree gives back the example, property for property")
  void exampleIsWhatTheWriterWrites() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    JsonNode documented = plain.readTree(example);
    JsonNode written = plain.readTree(GridJson.write(GridJson.read(example)));
    assertThat(written).isEqualTo(documented);
  }

  @Test
  @DisplayName("the example validates against the JSON Schema")
  void exampleValidates() throws Exception {
    GridTreeSchemaTest.loadSchema();
    assertThat(GridTreeSchemaTest.validate(new ObjectMapper().readTree(example))).isEmpty();
  }
}
