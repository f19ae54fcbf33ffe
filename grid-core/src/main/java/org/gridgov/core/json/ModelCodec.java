package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.gridgov.core.geo.GeoJsonGeometry;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridStructureException;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Codes;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The JSON form of each model type, both ways. One place for the property names, so that the
 * writer, the reader, the JSON Schema and docs/json.md have one thing to agree with.
 *
 * <p>Writing: absent optional values are left out, lists are always written ({@code []} when
 * empty), enums as their lower-case codes, dates as ISO-8601. Reading: {@code null} counts as
 * absent; every value goes through the model's builders, so whatever they refuse is reported with
 * its JSON path.
 */
final class ModelCodec {

  private ModelCodec() {}

  // ---------------------------------------------------------------- writing

  static void writeGrid(Grid g, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("code", g.code().value());
    out.writeStringField("level", g.level().code());
    out.writeStringField("name", g.name());
    if (g.parent().isPresent()) {
      out.writeStringField("parent", g.parent().get().value());
    }
    out.writeStringField("settlement", g.settlement().code());
    if (g.exclusiveKind().isPresent()) {
      out.writeStringField("exclusiveKind", g.exclusiveKind().get().code());
    }
    if (g.managingBody().isPresent()) {
      out.writeStringField("managingBody", g.managingBody().get());
    }
    if (g.boundary().isPresent()) {
      out.writeFieldName("boundary");
      GeoJsonGeometry.write(g.boundary().get(), out);
    }
    out.writeEndObject();
  }

  /**
   * Writes a household; in a tree document {@code grids} holds the codes of the grids it is
   * assigned to, and is written as its {@code grids} property.
   */
  static void writeHousehold(
      Household h, Optional<? extends Collection<GridCode>> grids, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("id", h.id());
    if (!h.address().isEmpty()) {
      out.writeStringField("address", h.address());
    }
    if (h.buildingId().isPresent()) {
      out.writeStringField("buildingId", h.buildingId().get());
    }
    Optional<Point> at = h.location();
    if (at.isPresent()) {
      out.writeFieldName("location");
      GeoJsonGeometry.write(at.get(), out);
    }
    out.writeNumberField("size", h.size());
    if (h.villagerGroup().isPresent()) {
      out.writeStringField("villagerGroup", h.villagerGroup().get());
    }
    writeCodes("specialGroups", h.specialGroups(), out);
    writeStrings("tags", h.tags(), out);
    if (grids.isPresent()) {
      out.writeArrayFieldStart("grids");
      for (GridCode c : grids.get()) {
        out.writeString(c.value());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  static void writeBuilding(Building b, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", b.id());
    if (!b.address().isEmpty()) {
      out.writeStringField("address", b.address());
    }
    Optional<Point> where = b.location();
    if (where.isPresent()) {
      out.writeFieldName("location");
      GeoJsonGeometry.write(where.get(), out);
    }
    if (b.floors().isPresent()) {
      out.writeNumberField("floors", b.floors().getAsInt());
    }
    out.writeEndObject();
  }

  static void writeResident(Resident r, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", r.id());
    out.writeStringField("name", r.name());
    if (r.householdId().isPresent()) {
      out.writeStringField("householdId", r.householdId().get());
    }
    if (r.idNumber().isPresent()) {
      out.writeStringField("idNumber", r.idNumber().get().value());
    }
    if (r.gender().isPresent()) {
      out.writeStringField("gender", Codes.code(r.gender().get()));
    }
    if (r.birthDate().isPresent()) {
      out.writeStringField("birthDate", r.birthDate().get().toString());
    }
    if (r.phone().isPresent()) {
      out.writeStringField("phone", r.phone().get());
    }
    writeCodes("specialGroups", r.specialGroups(), out);
    out.writeEndObject();
  }

  static void writeMember(GridMember m, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", m.id());
    out.writeStringField("name", m.name());
    out.writeStringField("employment", m.employment().code());
    writeCodes("duties", m.duties(), out);
    out.writeArrayFieldStart("grids");
    for (GridCode c : m.grids()) {
      out.writeString(c.value());
    }
    out.writeEndArray();
    if (m.birthYear().isPresent()) {
      out.writeNumberField("birthYear", m.birthYear().getAsInt());
    }
    out.writeBooleanField("hasSmartphone", m.hasSmartphone());
    if (m.activeFrom().isPresent()) {
      out.writeStringField("activeFrom", m.activeFrom().get().toString());
    }
    if (m.activeUntil().isPresent()) {
      out.writeStringField("activeUntil", m.activeUntil().get().toString());
    }
    out.writeEndObject();
  }

  static void writePartyOrganization(PartyOrganization p, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", p.id());
    out.writeStringField("name", p.name());
    out.writeStringField("kind", p.kind().code());
    out.writeStringField("grid", p.grid().value());
    out.writeEndObject();
  }

  static void writeTree(GridTree t, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("schemaVersion", GridJson.SCHEMA_VERSION);
    out.writeArrayFieldStart("grids");
    for (Grid g : t.grids()) {
      writeGrid(g, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("households");
    for (Household h : t.households()) {
      writeHousehold(h, Optional.of(t.gridsOf(h.id())), out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("buildings");
    for (Building b : t.buildings()) {
      writeBuilding(b, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("residents");
    for (Resident r : t.residents()) {
      writeResident(r, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("members");
    for (GridMember m : t.members()) {
      writeMember(m, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("partyOrganizations");
    for (PartyOrganization p : t.partyOrganizations()) {
      writePartyOrganization(p, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeCodes(
      String name, Collection<? extends Enum<?>> values, JsonGenerator out) throws IOException {
    out.writeArrayFieldStart(name);
    for (Enum<?> e : values) {
      out.writeString(Codes.code(e));
    }
    out.writeEndArray();
  }

  private static void writeStrings(String name, Collection<String> values, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (String s : values) {
      out.writeString(s);
    }
    out.writeEndArray();
  }

  // ---------------------------------------------------------------- reading

  static Grid readGrid(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, Grid.class);
    GridCode code = o.value("code", GridCode.class, GridCode::parse);
    String name = o.text("name");
    Optional<GridLevel> level = o.optionalCode("level", GridLevel.class);
    if (level.isPresent() && level.get() != code.level()) {
      throw JsonProblem.value(
          o.pathOf("level"),
          "level \""
              + level.get().code()
              + "\" does not match code "
              + code
              + ", which is a "
              + code.level().code()
              + " grid",
          level.get().code(),
          GridLevel.class);
    }
    Grid.Builder b = refusedAt(o.pathOf("name"), Grid.class, () -> Grid.builder(code, name));
    o.optionalValue("parent", GridCode.class, GridCode::parse)
        .ifPresent(p -> refusedAt(o.pathOf("parent"), Grid.class, () -> b.parent(p)));
    o.optionalCode("settlement", Settlement.class).ifPresent(b::settlement);
    o.optionalCode("exclusiveKind", ExclusiveKind.class)
        .ifPresent(k -> refusedAt(o.pathOf("exclusiveKind"), Grid.class, () -> b.exclusiveKind(k)));
    o.optionalText("managingBody")
        .ifPresent(m -> refusedAt(o.pathOf("managingBody"), Grid.class, () -> b.managingBody(m)));
    o.optionalGeometry("boundary", Geometry.class)
        .ifPresent(g -> refusedAt(o.pathOf("boundary"), Grid.class, () -> b.boundary(g)));
    o.finish(strict);
    return refusedAt(path, Grid.class, b::build);
  }

  /** Reads a household; {@code inTree} allows its {@code grids} property, read by the caller. */
  static Household readHousehold(JsonNode node, String path, boolean strict, boolean inTree) {
    ObjectReader o = ObjectReader.of(node, path, Household.class);
    Household.Builder b =
        refusedAt(o.pathOf("id"), Household.class, () -> Household.builder(o.text("id")));
    o.optionalText("address").ifPresent(b::address);
    o.optionalText("buildingId")
        .ifPresent(
            id -> refusedAt(o.pathOf("buildingId"), Household.class, () -> b.buildingId(id)));
    o.optionalGeometry("location", Point.class).ifPresent(b::location);
    o.optionalInt("size", 0, 1000).ifPresent(b::size);
    o.optionalText("villagerGroup")
        .ifPresent(
            v -> refusedAt(o.pathOf("villagerGroup"), Household.class, () -> b.villagerGroup(v)));
    b.specialGroups(o.codes("specialGroups", SpecialGroup.class));
    List<ObjectReader.Element> tags = o.elements("tags");
    for (ObjectReader.Element tag : tags) {
      if (!tag.node().isTextual()) {
        throw ObjectReader.wrongType(tag.path(), "a string", tag.node());
      }
      refusedAt(tag.path(), Household.class, () -> b.tags(List.of(tag.node().textValue())));
    }
    if (inTree) {
      o.finish(strict, "grids");
    } else {
      o.finish(strict);
    }
    return b.build();
  }

  static Building readBuilding(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, Building.class);
    String id = o.text("id");
    String address = o.optionalText("address").orElse("");
    Optional<Point> location = o.optionalGeometry("location", Point.class);
    OptionalInt floors = o.optionalInt("floors", 1, 300);
    o.finish(strict);
    return refusedAt(path, Building.class, () -> new Building(id, address, location, floors));
  }

  static Resident readResident(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, Resident.class);
    Resident.Builder b =
        refusedAt(path, Resident.class, () -> Resident.builder(o.text("id"), o.text("name")));
    o.optionalText("householdId")
        .ifPresent(h -> refusedAt(o.pathOf("householdId"), Resident.class, () -> b.householdId(h)));
    o.optionalValue("idNumber", ResidentIdNumber.class, ResidentIdNumber::parse)
        .ifPresent(b::idNumber);
    o.optionalCode("gender", Gender.class).ifPresent(b::gender);
    o.optionalDate("birthDate").ifPresent(b::birthDate);
    o.optionalText("phone")
        .ifPresent(p -> refusedAt(o.pathOf("phone"), Resident.class, () -> b.phone(p)));
    b.specialGroups(o.codes("specialGroups", SpecialGroup.class));
    o.finish(strict);
    return refusedAt(path, Resident.class, b::build);
  }

  static GridMember readMember(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, GridMember.class);
    GridMember.Builder b =
        refusedAt(path, GridMember.class, () -> GridMember.builder(o.text("id"), o.text("name")));
    o.optionalCode("employment", Employment.class).ifPresent(b::employment);
    b.duties(o.codes("duties", Duty.class));
    b.grids(o.values("grids", GridCode.class, GridCode::parse));
    o.optionalInt("birthYear", 0, 9999)
        .ifPresent(y -> refusedAt(o.pathOf("birthYear"), GridMember.class, () -> b.birthYear(y)));
    o.optionalBoolean("hasSmartphone").ifPresent(b::hasSmartphone);
    o.optionalDate("activeFrom").ifPresent(b::activeFrom);
    o.optionalDate("activeUntil").ifPresent(b::activeUntil);
    o.finish(strict);
    return refusedAt(path, GridMember.class, b::build);
  }

  static PartyOrganization readPartyOrganization(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, PartyOrganization.class);
    String id = o.text("id");
    String name = o.text("name");
    PartyOrganizationKind kind = o.code("kind", PartyOrganizationKind.class);
    GridCode grid = o.value("grid", GridCode.class, GridCode::parse);
    o.finish(strict);
    return refusedAt(
        path, PartyOrganization.class, () -> new PartyOrganization(id, name, kind, grid));
  }

  /**
   * Reads a tree document. Every record is read even after a bad one, so that one exception can
   * list every bad record; the structure (parents, assignments…) is checked only when every record
   * could be read, since a bad grid would otherwise make all its households "unknown".
   *
   * @throws JsonProblem for the first bad record when it is the only one
   * @throws TreeProblems when several records are bad, or the structure is inconsistent
   */
  static GridTree readTree(JsonNode node, String path, boolean strict) {
    ObjectReader o = ObjectReader.of(node, path, GridTree.class);
    checkSchemaVersion(o);
    GridTree.Builder b = GridTree.builder();
    List<JsonProblem> problems = new ArrayList<>();
    for (ObjectReader.Element e : o.elements("grids")) {
      collect(problems, () -> b.addGrid(readGrid(e.node(), e.path(), strict), origin(e.path())));
    }
    for (ObjectReader.Element e : o.elements("households")) {
      collect(
          problems,
          () -> {
            Household h = readHousehold(e.node(), e.path(), strict, true);
            ObjectReader grids = ObjectReader.of(e.node(), e.path(), Household.class);
            List<GridCode> codes = grids.values("grids", GridCode.class, GridCode::parse);
            b.addHousehold(h, origin(e.path()));
            for (int i = 0; i < codes.size(); i++) {
              String at = ObjectReader.element(grids.pathOf("grids"), i);
              b.assign(h.id(), codes.get(i), origin(at));
            }
          });
    }
    for (ObjectReader.Element e : o.elements("buildings")) {
      collect(
          problems,
          () -> b.addBuilding(readBuilding(e.node(), e.path(), strict), origin(e.path())));
    }
    for (ObjectReader.Element e : o.elements("residents")) {
      collect(
          problems,
          () -> b.addResident(readResident(e.node(), e.path(), strict), origin(e.path())));
    }
    for (ObjectReader.Element e : o.elements("members")) {
      collect(
          problems, () -> b.addMember(readMember(e.node(), e.path(), strict), origin(e.path())));
    }
    for (ObjectReader.Element e : o.elements("partyOrganizations")) {
      collect(
          problems,
          () ->
              b.addPartyOrganization(
                  readPartyOrganization(e.node(), e.path(), strict), origin(e.path())));
    }
    o.finish(strict);
    if (problems.size() == 1) {
      throw problems.get(0);
    }
    if (!problems.isEmpty()) {
      throw new TreeProblems(problems, Optional.empty());
    }
    try {
      return b.build();
    } catch (GridStructureException e) {
      throw new TreeProblems(List.of(), Optional.of(e));
    }
  }

  private static void checkSchemaVersion(ObjectReader o) {
    String supported = "supported schema versions: " + GridJson.SCHEMA_VERSION;
    JsonNode v =
        o.node("schemaVersion")
            .orElseThrow(
                () ->
                    JsonProblem.shape(
                        o.pathOf("schemaVersion"),
                        "required property is missing; a grid tree document states its"
                            + " schemaVersion ("
                            + supported
                            + ")",
                        GridTree.class));
    if (!v.isIntegralNumber()) {
      throw JsonProblem.shape(
          o.pathOf("schemaVersion"),
          "expected a whole number but found " + ObjectReader.describe(v) + " (" + supported + ")",
          GridTree.class);
    }
    if (!v.canConvertToInt() || v.intValue() != GridJson.SCHEMA_VERSION) {
      throw JsonProblem.value(
          o.pathOf("schemaVersion"),
          "unsupported schema version " + v + "; " + supported,
          v.asText(),
          GridTree.class);
    }
  }

  private static SourceLocation origin(String path) {
    return SourceLocation.of(path, 0);
  }

  private static void collect(List<JsonProblem> problems, Runnable read) {
    try {
      read.run();
    } catch (JsonProblem e) {
      problems.add(e);
    }
  }

  /**
   * Runs a builder step, reporting what the model refuses as a problem at {@code path}. The model's
   * messages already say what was expected.
   */
  private static <T> T refusedAt(String path, Class<?> target, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw JsonProblem.shape(path, Checks.messageOf(e), target).causedBy(e);
    }
  }

  /** Several bad records of a tree document, or a structure that does not fit together. */
  static final class TreeProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<JsonProblem> problems;

    TreeProblems(List<JsonProblem> problems, Optional<GridStructureException> structure) {
      super(render(problems, structure), structure.orElse(null));
      this.problems = List.copyOf(problems);
      problems.forEach(this::addSuppressed);
    }

    /** The bad records, each with its path; empty for a structural problem. */
    List<JsonProblem> problems() {
      return problems;
    }

    private static String render(
        List<JsonProblem> problems, Optional<GridStructureException> structure) {
      if (structure.isPresent()) {
        return "$: " + structure.get().getMessage();
      }
      StringBuilder sb =
          new StringBuilder("the grid tree document has " + problems.size() + " bad records");
      int listed = Math.min(problems.size(), 50);
      for (int i = 0; i < listed; i++) {
        sb.append(System.lineSeparator()).append("  ").append(problems.get(i).getMessage());
      }
      if (problems.size() > listed) {
        sb.append(System.lineSeparator())
            .append("  ... and ")
            .append(problems.size() - listed)
            .append(" more");
      }
      return sb.toString();
    }
  }
}
