package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.division.TownKind;
import org.gridgov.core.division.VillageKind;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.IdNumberForm;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.internal.Codes;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Jackson module for the gridgov model. {@code new ObjectMapper().findAndRegisterModules()} finds
 * it through {@code META-INF/services}; or register it yourself with {@code
 * mapper.registerModule(new GridModule())}.
 *
 * <p>What it maps (the document format is described in {@code docs/json.md} and by the JSON Schema
 * {@code org/gridgov/core/json/grid-tree.schema.json}):
 *
 * <ul>
 *   <li>{@link DivisionCode}, {@link GridCode} and {@link ResidentIdNumber} as JSON strings (also
 *       as map keys for the two codes). An identity number is written in full: it is personal data.
 *   <li>JTS {@link Point}, {@link Polygon} and {@link MultiPolygon} (and {@link Geometry}) as RFC
 *       7946 GeoJSON geometry objects in WGS 84.
 *   <li>{@link Grid}, {@link Household}, {@link Building}, {@link Resident}, {@link GridMember} and
 *       {@link PartyOrganization} as JSON objects with camelCase properties; enums as their
 *       lower-case codes ({@code full_time}, {@code elderly_alone}); dates as ISO-8601 ({@code
 *       2025-01-31}). Absent optional values are left out when writing; on reading, an absent
 *       property and {@code null} mean the same. Lists are always written, {@code []} when empty.
 *   <li>The model's enums ({@link GridLevel}, {@link Settlement}, {@link SpecialGroup}, …) on their
 *       own, as their lower-case codes.
 *   <li>{@link GridTree} as a versioned document ({@code schemaVersion} {@value
 *       GridJson#SCHEMA_VERSION}).
 * </ul>
 *
 * <p>Reading goes through the model's builders, so it validates. A bad value becomes a Jackson
 * exception whose message starts with the JSON path of the value ({@code $.grids[3].code: invalid
 * grid code ...}) and says what was expected: {@link
 * com.fasterxml.jackson.databind.exc.InvalidFormatException} for a value the model refuses, {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException} for a missing value or one of the
 * wrong JSON type, {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException} for a
 * property the format does not define (unless {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled: a misspelt property would
 * otherwise drop data silently). A tree document with several bad records, or whose records do not
 * fit together, becomes one {@link JsonMappingException} listing every problem with its path; for
 * the latter its cause is the {@link org.gridgov.core.grid.GridStructureException}.
 */
public final class GridModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public GridModule() {
    super("gridgov", Version.unknownVersion());
    scalar(DivisionCode.class, DivisionCode::digits, DivisionCode::parse);
    scalar(GridCode.class, GridCode::value, GridCode::parse);
    scalar(ResidentIdNumber.class, ResidentIdNumber::value, ResidentIdNumber::parse);
    addKeyDeserializer(
        DivisionCode.class, new CodeKeyDeserializer<>(DivisionCode.class, DivisionCode::parse));
    addKeyDeserializer(GridCode.class, new CodeKeyDeserializer<>(GridCode.class, GridCode::parse));

    addSerializer(new ModelSerializer<>(Geometry.class, GeoJsonGeometry::write));
    geometry(Geometry.class);
    geometry(Point.class);
    geometry(Polygon.class);
    geometry(MultiPolygon.class);

    object(Grid.class, ModelCodec::writeGrid, ModelCodec::readGrid);
    object(
        Household.class,
        (h, out) -> ModelCodec.writeHousehold(h, Optional.empty(), out),
        (node, path, strict) -> ModelCodec.readHousehold(node, path, strict, false));
    object(Building.class, ModelCodec::writeBuilding, ModelCodec::readBuilding);
    object(Resident.class, ModelCodec::writeResident, ModelCodec::readResident);
    object(GridMember.class, ModelCodec::writeMember, ModelCodec::readMember);
    object(
        PartyOrganization.class,
        ModelCodec::writePartyOrganization,
        ModelCodec::readPartyOrganization);
    object(GridTree.class, ModelCodec::writeTree, ModelCodec::readTree);

    codeEnum(DivisionLevel.class);
    codeEnum(TownKind.class);
    codeEnum(VillageKind.class);
    codeEnum(Gender.class);
    codeEnum(IdNumberForm.class);
    codeEnum(GridLevel.class);
    codeEnum(Settlement.class);
    codeEnum(ExclusiveKind.class);
    codeEnum(SpecialGroup.class);
    codeEnum(Employment.class);
    codeEnum(Duty.class);
    codeEnum(PartyOrganizationKind.class);
  }

  private <T> void scalar(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    addSerializer(new ModelSerializer<>(type, (v, out) -> out.writeString(text.apply(v))));
    addDeserializer(
        type,
        new ModelDeserializer<>(
            type,
            (node, path, strict) -> {
              if (!node.isTextual()) {
                throw ObjectReader.wrongType(
                    path, "a string (" + ObjectReader.what(type) + ")", node);
              }
              return ObjectReader.parse(path, node.textValue(), type, parse);
            }));
  }

  private <G extends Geometry> void geometry(Class<G> type) {
    addDeserializer(
        type,
        new ModelDeserializer<>(
            type, (node, path, strict) -> ObjectReader.geometry(path, node, type)));
  }

  private <T> void object(Class<T> type, Writer<T> write, Reader<T> read) {
    addSerializer(new ModelSerializer<>(type, write));
    addDeserializer(type, new ModelDeserializer<>(type, read));
  }

  private <E extends Enum<E>> void codeEnum(Class<E> type) {
    addSerializer(new ModelSerializer<>(type, (v, out) -> out.writeString(Codes.code(v))));
    addDeserializer(
        type,
        new ModelDeserializer<>(
            type,
            (node, path, strict) -> {
              if (!node.isTextual()) {
                throw ObjectReader.wrongType(path, "one of " + Codes.allowed(type), node);
              }
              return ObjectReader.enumCode(path, node.textValue(), type);
            }));
  }

  /** Writes a model value. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /** Reads a model value from a JSON tree found at {@code path}. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonNode node, String path, boolean failOnUnknownProperties);
  }

  private static final class ModelSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> write;

    ModelSerializer(Class<T> type, Writer<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      try {
        write.write(value, gen);
      } catch (IllegalArgumentException e) {
        // Only a geometry the model never makes (e.g. a LineString given directly) ends here.
        throw JsonMappingException.from(gen, e.getMessage(), e);
      }
    }
  }

  /**
   * Reads the value as a JSON tree and hands it to the model reader, with the path it was found at;
   * turns the reader's problems into Jackson exceptions placed at the parser's location.
   */
  private static final class ModelDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reader<T> read;

    ModelDeserializer(Class<T> type, Reader<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = ObjectReader.pathOf(p);
      JsonNode node = ctxt.readTree(p);
      try {
        return read.read(
            node, path, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
      } catch (JsonProblem e) {
        throw e.toJackson(p);
      } catch (ModelCodec.TreeProblems e) {
        JsonMappingException out = JsonMappingException.from(p, e.getMessage(), e.getCause());
        e.problems().forEach(problem -> out.addSuppressed(problem.toJackson(p)));
        throw out;
      }
    }
  }

  private static final class CodeKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    CodeKeyDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        String path = ctxt.getParser() == null ? "$" : ObjectReader.pathOf(ctxt.getParser());
        throw ctxt.weirdKeyException(type, key, path + ": " + e.getMessage());
      }
    }
  }
}
