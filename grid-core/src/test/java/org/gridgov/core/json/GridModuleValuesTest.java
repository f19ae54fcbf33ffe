package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.testing.RandomTrees;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

@Seeded
class GridModuleValuesTest {

  private static final ObjectMapper MAPPER = GridJson.mapper();

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
  }

  @Test
  @DisplayName(
      "every grid, household, building, resident, member and party organisation round-trips on its own")
  void modelObjectsRoundTripAlone(Random r) throws Exception {
    for (int i = 0; i < 100; i++) {
      GridTree tree = TreeFixtures.withResidentsAndBuildings(r, RandomTrees.tree(r));
      for (Grid g : tree.grids()) {
        assertThat(roundTrip(g, Grid.class)).isEqualTo(g);
        g.boundary().ifPresent(b -> assertThat(uncheckedRoundTrip(b).equalsNorm(b)).isTrue());
      }
      for (Household h : tree.households()) {
        assertThat(roundTrip(h, Household.class)).isEqualTo(h);
      }
      for (Building b : tree.buildings()) {
        assertThat(roundTrip(b, Building.class)).isEqualTo(TreeFixtures.asWritten(b));
      }
      for (Resident res : tree.residents()) {
        assertThat(roundTrip(res, Resident.class)).isEqualTo(res);
      }
      for (GridMember m : tree.members()) {
        assertThat(roundTrip(m, GridMember.class)).isEqualTo(m);
      }
      for (PartyOrganization p : tree.partyOrganizations()) {
        assertThat(roundTrip(p, PartyOrganization.class)).isEqualTo(p);
      }
    }
  }

  private static Geometry uncheckedRoundTrip(Geometry g) {
    try {
      return roundTrip(g, Geometry.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName(
      "codes and identity numbers are JSON strings that round-trip, in every accepted form")
  void scalarsRoundTripAsStrings(Random r) throws Exception {
    for (int i = 0; i < 500; i++) {
      GridCode community =
          GridCode.parse(String.format("510107%03d%03d", 1 + r.nextInt(98), 1 + r.nextInt(399)));
      List<GridCode> codes =
          List.of(
              community,
              community.child(1 + r.nextInt(999)),
              community.child(1 + r.nextInt(999)).child(1 + r.nextInt(999)),
              community.exclusive(1 + r.nextInt(999)));
      for (GridCode c : codes) {
        assertThat(MAPPER.writeValueAsString(c)).isEqualTo("\"" + c.value() + "\"");
        assertThat(roundTrip(c, GridCode.class)).isEqualTo(c);
        DivisionCode d = c.community();
        assertThat(MAPPER.writeValueAsString(d)).isEqualTo("\"" + d.digits() + "\"");
        assertThat(roundTrip(d, DivisionCode.class)).isEqualTo(d);
      }
      String full = RandomTrees.idNumber(r);
      for (String form :
          List.of(
              full,
              full.substring(0, 6) + full.substring(8, 17),
              full.substring(0, 6) + "********" + full.substring(14))) {
        ResidentIdNumber n = ResidentIdNumber.parse(form);
        assertThat(MAPPER.writeValueAsString(n)).isEqualTo("\"" + n.value() + "\"");
        assertThat(roundTrip(n, ResidentIdNumber.class)).isEqualTo(n);
      }
    }
  }

  @Test
  @DisplayName("a point round-trips as a GeoJSON Point, rounded to 7 decimals (a centimetre)")
  void pointRoundTrips(Random r) throws Exception {
    for (int i = 0; i < 200; i++) {
      Point p =
          org.gridgov.core.geo.Wgs84.point(r.nextDouble() * 360 - 180, r.nextDouble() * 180 - 90);
      String json = MAPPER.writeValueAsString(p);
      assertThat(MAPPER.readTree(json).get("type").asText()).isEqualTo("Point");
      Point back = roundTrip(p, Point.class);
      assertThat(back.getCoordinate())
          .isEqualTo(org.gridgov.core.geo.GeoJsonGeometry.rounded(p).getCoordinate());
      assertThat(Math.abs(back.getX() - p.getX())).isLessThanOrEqualTo(0.5e-7 + 1e-12);
      assertThat(Math.abs(back.getY() - p.getY())).isLessThanOrEqualTo(0.5e-7 + 1e-12);
    }
  }

  @Test
  @DisplayName("the model's enums are written and read as their lower-case codes")
  void enumsAreLowerCaseCodes() throws Exception {
    assertThat(MAPPER.writeValueAsString(Employment.FULL_TIME)).isEqualTo("\"full_time\"");
    assertThat(MAPPER.writeValueAsString(SpecialGroup.ELDERLY_ALONE))
        .isEqualTo("\"elderly_alone\"");
    assertThat(MAPPER.readValue("\"office_building\"", ExclusiveKind.class))
        .isEqualTo(ExclusiveKind.OFFICE_BUILDING);
    assertThat(
            MAPPER.readValue("[\"micro\",\"exclusive\"]", new TypeReference<List<GridLevel>>() {}))
        .containsExactly(GridLevel.MICRO, GridLevel.EXCLUSIVE);
    assertThat(MAPPER.readValue("\"village\"", DivisionLevel.class))
        .isEqualTo(DivisionLevel.VILLAGE);
  }

  @Test
  @DisplayName("grid and division codes work as map keys")
  void codesAsMapKeys() throws Exception {
    Map<GridCode, Integer> counts = Map.of(GridCode.parse("510107011005001"), 3);
    String json = MAPPER.writeValueAsString(counts);
    assertThat(json).isEqualTo("{\"510107011005001\":3}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<GridCode, Integer>>() {}))
        .isEqualTo(counts);
    assertThat(
            MAPPER.readValue(
                "{\"510107011005\":1}", new TypeReference<Map<DivisionCode, Integer>>() {}))
        .containsOnlyKeys(DivisionCode.parse("510107011005"));
  }

  @Test
  @DisplayName("absent optional values are left out when writing, and null is read as absent")
  void absentOptionalsAreOmittedAndNullIsAbsent() throws Exception {
    Household h = Household.builder("H1").build();
    assertThat(MAPPER.writeValueAsString(h))
        .isEqualTo("{\"id\":\"H1\",\"size\":1,\"specialGroups\":[],\"tags\":[]}");
    assertThat(
            MAPPER.readValue(
                "{\"id\":\"H1\",\"address\":null,\"buildingId\":null,\"location\":null,"
                    + "\"villagerGroup\":null,\"specialGroups\":null,\"tags\":null}",
                Household.class))
        .isEqualTo(h);
    assertThat(MAPPER.readValue("{\"id\":\"H1\"}", Household.class)).isEqualTo(h);
  }
}
