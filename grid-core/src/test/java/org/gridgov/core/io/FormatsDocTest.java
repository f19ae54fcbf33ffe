package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the example of {@code docs/formats.md} honest: its code blocks are the files in {@code
 * src/test/resources/org/gridgov/core/io/example/}, which load, and which the writers reproduce.
 */
class FormatsDocTest {

  private static final Path DOC = Path.of("..", "docs", "formats.md");
  private static final String DIR = "org/gridgov/core/io/example/";
  private static final List<String> FILES =
      List.of(
          GridFiles.GRIDS,
          GridFiles.HOUSEHOLDS,
          GridFiles.MEMBERS,
          GridFiles.PARTY,
          GridFiles.BUILDINGS);

  private static String resource(String name) {
    try (InputStream in = FormatsDocTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
      assertThat(in).as("resource %s", DIR + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String name) {
    return new InputStreamReader(
        FormatsDocTest.class.getClassLoader().getResourceAsStream(DIR + name),
        StandardCharsets.UTF_8);
  }

  private static GridTree loadExample() {
    return GridFiles.loader()
        .grids(DIR + GridFiles.GRIDS, reader(GridFiles.GRIDS))
        .households(DIR + GridFiles.HOUSEHOLDS, reader(GridFiles.HOUSEHOLDS))
        .members(DIR + GridFiles.MEMBERS, reader(GridFiles.MEMBERS))
        .party(DIR + GridFiles.PARTY, reader(GridFiles.PARTY))
        .buildings(DIR + GridFiles.BUILDINGS, reader(GridFiles.BUILDINGS))
        .load();
  }

  /** The code blocks of the doc marked {@code <!-- example: NAME -->}, by name. */
  private static Map<String, String> docExamples() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<!-- example: (\\S+) -->\n```\\w*\n(.*?)```", Pattern.DOTALL).matcher(doc);
    Map<String, String> out = new LinkedHashMap<>();
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  @DisplayName("the example code blocks of docs/formats.md are exactly the example files")
  void docMatchesFiles() throws IOException {
    Map<String, String> examples = docExamples();
    assertThat(examples.keySet()).containsExactlyElementsOf(FILES);
    for (String name : FILES) {
      assertThat(examples.get(name)).as(name).isEqualTo(resource(name));
    }
  }

  @Test
  @DisplayName(
      "the example files load into one community with a general, two micro and an exclusive grid")
  void exampleLoads() {
    GridTree tree = loadExample();
    assertThat(tree.grids(GridLevel.COMMUNITY)).hasSize(1);
    assertThat(tree.grids(GridLevel.GENERAL)).hasSize(1);
    assertThat(tree.grids(GridLevel.MICRO)).hasSize(2);
    assertThat(tree.grids(GridLevel.EXCLUSIVE)).hasSize(1);
    assertThat(tree.unassignedHouseholds()).hasSize(1);
    assertThat(tree.multiplyAssignedHouseholds()).isEmpty();
    assertThat(tree.members()).hasSize(4);
    assertThat(tree.members().stream().filter(m -> m.grids().size() == 2)).hasSize(1);
    assertThat(tree.members().stream().filter(m -> m.activeUntil().isPresent())).hasSize(1);
    assertThat(tree.partyOrganizations()).hasSize(3);
    assertThat(tree.building("B02").orElseThrow().floors()).hasValue(18);
  }

  @Test
  @DisplayName("writing the loaded example gives back the example files byte for byte")
  void exampleIsInWriterForm() throws IOException {
    GridTree tree = loadExample();
    StringWriter grids = new StringWriter();
    GridGeoJson.write(tree.grids(), grids);
    StringWriter households = new StringWriter();
    HouseholdCsv.write(tree, households);
    StringWriter members = new StringWriter();
    MemberCsv.write(tree.members(), members);
    StringWriter party = new StringWriter();
    PartyCsv.write(tree.partyOrganizations(), party);
    StringWriter buildings = new StringWriter();
    BuildingCsv.write(tree.buildings(), buildings);
    assertThat(grids.toString()).isEqualTo(resource(GridFiles.GRIDS));
    assertThat(households.toString()).isEqualTo(resource(GridFiles.HOUSEHOLDS));
    assertThat(members.toString()).isEqualTo(resource(GridFiles.MEMBERS));
    assertThat(party.toString()).isEqualTo(resource(GridFiles.PARTY));
    assertThat(buildings.toString()).isEqualTo(resource(GridFiles.BUILDINGS));
  }
}
