package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.internal.Codes;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class GridTreeSchemaTest {

  static final String SCHEMA_RESOURCE = "/org/gridgov/core/json/grid-tree.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = GridTreeSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as(SCHEMA_RESOURCE).isNotNull();
      schemaNode = MAPPER.readTree(in);
    }
    schema = schema(schemaNode);
  }

  static JsonSchema schema(JsonNode node) {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
  }

  static Set<ValidationMessage> validate(JsonNode document) {
    return schema.validate(document);
  }

  @Test
  @DisplayName("the schema is itself a valid draft 2020-12 schema with an $id")
  void schemaIsValid() {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schemaNode)).isEmpty();
    assertThat(schemaNode.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaNode.get("$id").asText()).startsWith("https://");
  }

  @Test
  @DisplayName("every document GridJson writes validates against the schema")
  void writtenDocumentsValidate(Random r) throws Exception {
    for (int i = 0; i < 100; i++) {
      String json = GridJson.write(TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r)));
      assertThat(validate(MAPPER.readTree(json))).as(json).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "the schema refuses documents the reader refuses: bad code shapes, unknown codes, unknown properties, another version")
  void schemaRefusesBadDocuments(Random r) throws Exception {
    ObjectNode doc;
    do {
      doc =
          (ObjectNode)
              MAPPER.readTree(
                  GridJson.write(TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r))));
    } while (doc.withArray("members").isEmpty() || doc.withArray("households").isEmpty());
    assertThat(validate(with(doc, d -> d.put("schemaVersion", 2)))).isNotEmpty();
    assertThat(validate(with(doc, d -> d.remove("schemaVersion")))).isNotEmpty();
    assertThat(validate(with(doc, d -> grid(d).put("code", "5101070110051")))).isNotEmpty();
    assertThat(validate(with(doc, d -> grid(d).put("code", "510107011005X001")))).isNotEmpty();
    assertThat(validate(with(doc, d -> member(d).put("employment", "fulltime")))).isNotEmpty();
    assertThat(validate(with(doc, d -> member(d).put("activeFrom", "1 May 2024")))).isNotEmpty();
    assertThat(validate(with(doc, d -> household(d).put("specialGroup", "disabled")))).isNotEmpty();
    assertThat(validate(with(doc, d -> household(d).put("size", -1)))).isNotEmpty();
    assertThat(validate(with(doc, d -> d.put("comment", "x")))).isNotEmpty();
  }

  @Test
  @DisplayName("every property in the schema has a description")
  void everyPropertyIsDescribed() {
    List<String> undescribed = new ArrayList<>();
    collectUndescribed(schemaNode, "#", undescribed);
    assertThat(undescribed).isEmpty();
  }

  private static void collectUndescribed(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null) {
        props
            .properties()
            .forEach(
                e -> {
                  if (!e.getValue().hasNonNull("description")) {
                    out.add(at + "/properties/" + e.getKey());
                  }
                });
      }
      node.properties().forEach(e -> collectUndescribed(e.getValue(), at + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndescribed(node.get(i), at + "/" + i, out);
      }
    }
  }

  @Test
  @DisplayName("every code list in the schema is exactly the model enum's codes")
  void enumsMatchTheModel() {
    Map<String, Class<? extends Enum<?>>> lists =
        Map.of(
            "gridLevel", GridLevel.class,
            "settlement", Settlement.class,
            "exclusiveKind", ExclusiveKind.class,
            "specialGroup", SpecialGroup.class,
            "gender", Gender.class,
            "employment", Employment.class,
            "duty", Duty.class,
            "partyOrganizationKind", PartyOrganizationKind.class);
    lists.forEach(
        (def, type) -> {
          List<String> inSchema =
              StreamSupport.stream(schemaNode.at("/$defs/" + def + "/enum").spliterator(), false)
                  .map(JsonNode::asText)
                  .collect(Collectors.toList());
          List<String> inModel =
              Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.toList());
          assertThat(inSchema).as(def).isEqualTo(inModel);
        });
  }

  @Test
  @DisplayName("the code patterns accept each level's shape and only that")
  void codePatterns() {
    assertThat(matches("communityCode", "510107011005")).isTrue();
    assertThat(matches("generalCode", "510107011005001")).isTrue();
    assertThat(matches("microCode", "510107011005001012")).isTrue();
    assertThat(matches("exclusiveCode", "510107011005E002")).isTrue();
    assertThat(matches("communityCode", "510107011005001")).isFalse();
    assertThat(matches("exclusiveCode", "510107011005e002")).isFalse();
    assertThat(matches("gridCode", "51010701100")).isFalse();
  }

  private static boolean matches(String def, String value) {
    ObjectNode wrapper = schemaNode.deepCopy();
    wrapper.remove("required");
    wrapper.remove("additionalProperties");
    wrapper.remove("properties");
    wrapper.put("$ref", "#/$defs/" + def);
    wrapper.remove("type");
    return schema(wrapper).validate(MAPPER.getNodeFactory().textNode(value)).isEmpty();
  }

  private interface Edit {
    void apply(ObjectNode doc);
  }

  private static ObjectNode with(ObjectNode doc, Edit edit) {
    ObjectNode copy = doc.deepCopy();
    edit.apply(copy);
    return copy;
  }

  private static ObjectNode grid(ObjectNode d) {
    return (ObjectNode) d.withArray("grids").get(0);
  }

  private static ObjectNode member(ObjectNode d) {
    return (ObjectNode) d.withArray("members").get(0);
  }

  private static ObjectNode household(ObjectNode d) {
    return (ObjectNode) d.withArray("households").get(0);
  }
}
