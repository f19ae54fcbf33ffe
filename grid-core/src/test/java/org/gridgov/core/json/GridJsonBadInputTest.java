package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.staff.Employment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridJsonBadInputTest {

  private static final ObjectMapper MAPPER = GridJson.mapper();

  /** A small valid document, spoilt in one place by each test. */
  private ObjectNode doc;

  @BeforeEach
  void validDocument() throws Exception {
    doc =
        (ObjectNode)
            MAPPER.readTree(
                """
                {"schemaVersion": 1,
                 "grids": [
                   {"code": "510107011005", "name": "锦绣社区"},
                   {"code": "510107011005001", "name": "第一网格"}],
                 "households": [{"id": "H1", "grids": ["510107011005001"]}],
                 "residents": [{"id": "R1", "name": "张伟", "idNumber": "%s"}],
                 "members": [{"id": "M1", "name": "李娜", "employment": "full_time",
                              "grids": ["510107011005001"]}]}
                """
                    .formatted(validIdNumber()));
    assertThat(GridJson.read(doc.toString()).grids()).hasSize(2);
  }

  private static String validIdNumber() {
    String first17 = "51010719800101001";
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static JsonProcessingException readError(ObjectNode doc) {
    try {
      GridJson.read(doc.toString());
    } catch (JsonProcessingException e) {
      return e;
    }
    throw new AssertionError("expected the document to be refused: " + doc);
  }

  @Test
  @DisplayName("an unsupported schemaVersion is refused, naming the supported versions")
  void wrongSchemaVersion() {
    doc.put("schemaVersion", 2);
    JsonProcessingException e = readError(doc);
    assertThat(e).isInstanceOf(InvalidFormatException.class);
    assertThat(e.getMessage())
        .contains("$.schemaVersion")
        .contains("unsupported schema version 2")
        .contains("supported schema versions: 1");
  }

  @Test
  @DisplayName("a missing schemaVersion is refused, naming the supported versions")
  void missingSchemaVersion() {
    doc.remove("schemaVersion");
    assertThat(readError(doc))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.schemaVersion: required property is missing")
        .hasMessageContaining("supported schema versions: 1");
  }

  @Test
  @DisplayName("an invalid grid code is refused with its path and the shapes expected")
  void invalidGridCode() {
    grid(1).put("code", "51010701100500");
    JsonProcessingException e = readError(doc);
    assertThat(e).isInstanceOf(MismatchedInputException.class);
    assertThat(e.getMessage())
        .startsWith("$.grids[1].code: invalid grid code \"51010701100500\"")
        .contains("expected 12 digits (community), 15 (general), 18 (micro)");
    assertThat(((InvalidFormatException) e).getValue()).isEqualTo("51010701100500");
  }

  @Test
  @DisplayName("an unknown enum code is refused with its path and the allowed codes")
  void unknownEnumCode() {
    ((ObjectNode) doc.withArray("members").get(0)).put("employment", "fulltime");
    JsonProcessingException e = readError(doc);
    assertThat(e).isInstanceOf(InvalidFormatException.class);
    assertThat(e.getMessage())
        .startsWith("$.members[0].employment: unknown code \"fulltime\"")
        .contains("expected one of full_time|part_time|volunteer");
    assertThat(((InvalidFormatException) e).getTargetType()).isEqualTo(Employment.class);
  }

  @Test
  @DisplayName(
      "an identity number with a wrong check character is refused with its path, masked, without the right character")
  void wrongCheckCharacter() {
    String good = validIdNumber();
    char wrong = good.charAt(17) == '0' ? '1' : '0';
    ((ObjectNode) doc.withArray("residents").get(0)).put("idNumber", good.substring(0, 17) + wrong);
    JsonProcessingException e = readError(doc);
    assertThat(e).isInstanceOf(InvalidFormatException.class);
    assertThat(e.getMessage())
        .startsWith("$.residents[0].idNumber: invalid resident identity number")
        .contains("the check character (character 18) does not agree")
        .doesNotContain(good.substring(0, 17))
        .doesNotContain("should be");
  }

  @Test
  @DisplayName("a value of the wrong JSON type is refused with its path and the type expected")
  void wrongJsonType() {
    ((ObjectNode) doc.withArray("households").get(0)).put("size", "three");
    assertThat(readError(doc))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "$.households[0].size: expected a whole number 0-1000 but found the string \"three\"");
  }

  @Test
  @DisplayName("a missing required property is refused with its path")
  void missingRequired() {
    grid(0).remove("name");
    assertThat(readError(doc))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.grids[0].name: required property is missing; expected a string");
  }

  @Test
  @DisplayName("an unknown property is refused with its path, so that a misspelling drops no data")
  void unknownProperty() {
    ((ObjectNode) doc.withArray("households").get(0)).putArray("specialGroup").add("elderly_alone");
    assertThat(readError(doc))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("$.households[0].specialGroup: unknown property \"specialGroup\"");
  }

  @Test
  @DisplayName("a property given twice in one object is refused")
  void duplicateProperty() {
    String json =
        doc.toString().replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"schemaVersion\":1");
    assertThatThrownBy(() -> GridJson.read(json))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'schemaVersion'");
  }

  @Test
  @DisplayName(
      "a grid tree's structural problems are reported with the path of each record, the GridStructureException as cause")
  void structuralProblems() {
    ((ObjectNode) doc.withArray("households").get(0)).withArray("grids").add("510107011005009");
    grid(1).put("parent", "510107011006");
    JsonProcessingException e = readError(doc);
    assertThat(e).isInstanceOf(JsonMappingException.class);
    assertThat(e.getCause()).isInstanceOf(GridStructureException.class);
    assertThat(((GridStructureException) e.getCause()).problems()).hasSize(2);
    assertThat(e.getMessage())
        .contains("the grid structure is inconsistent (2 problems)")
        .contains("$.grids[1]: grid 510107011005001: parent 510107011006 does not exist")
        .contains("$.households[0].grids[1]: household H1: grid 510107011005009 does not exist");
  }

  @Test
  @DisplayName("several bad records are all reported in one exception, each with its path")
  void severalBadRecordsAtOnce() {
    grid(0).put("settlement", "town");
    ((ObjectNode) doc.withArray("members").get(0)).put("employment", "boss");
    JsonProcessingException e = readError(doc);
    assertThat(e.getMessage())
        .contains("2 bad records")
        .contains("$.grids[0].settlement: unknown code \"town\"; expected one of urban|rural")
        .contains("$.members[0].employment: unknown code \"boss\"");
    assertThat(e.getSuppressed()).hasSize(2).allMatch(s -> s instanceof InvalidFormatException);
  }

  @Test
  @DisplayName("a bare null, or a JSON array, is no grid tree document")
  void notADocument() {
    assertThatThrownBy(() -> GridJson.read("null"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected a grid tree document but found null");
    assertThatThrownBy(() -> GridJson.read("[]"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: expected a JSON object (grid tree) but found an array");
    assertThatThrownBy(() -> GridJson.read("{\"schemaVersion\": 1} {}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  @DisplayName("a model value inside someone else's document is reported at its path there")
  void nestedPathsAreReported() {
    String json = "{\"a\": {\"b\": [{\"code\": \"510107011005E000\", \"name\": \"x\"}]}}";
    assertThatThrownBy(
            () -> MAPPER.readValue(json, new TypeReference<Map<String, Map<String, Grid[]>>>() {}))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.a.b[0].code: invalid grid code \"510107011005E000\"")
        .hasMessageContaining("sequences start at 001");
  }

  @Test
  @DisplayName("a malformed boundary is reported down to the bad position")
  void badBoundary() {
    grid(1)
        .putObject("boundary")
        .put("type", "Polygon")
        .putArray("coordinates")
        .addArray()
        .add(MAPPER.createArrayNode().add(104).add(30))
        .add(MAPPER.createArrayNode().add(104.1).add(30))
        .add(MAPPER.createArrayNode().add(104.1).add(95))
        .add(MAPPER.createArrayNode().add(104).add(30));
    assertThat(readError(doc))
        .hasMessageStartingWith("$.grids[1].boundary.coordinates[0][2]: latitude 95.0 is outside");
  }

  @Test
  @DisplayName("unknown properties may be ignored by turning FAIL_ON_UNKNOWN_PROPERTIES off")
  void unknownPropertiesCanBeIgnored() throws Exception {
    ObjectMapper lenient =
        GridJson.mapper()
            .disable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    doc.put("comment", "from the 2025 census");
    GridTree tree = lenient.readValue(doc.toString(), GridTree.class);
    assertThat(tree.households()).hasSize(1);
  }

  private ObjectNode grid(int i) {
    return (ObjectNode) doc.withArray("grids").get(i);
  }
}
