package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Models and comparisons shared by the format tests. */
final class Models {

  static final GridCode COMMUNITY = GridCode.parse("510107011005");
  static final GridCode GENERAL = COMMUNITY.child(1);
  static final GridCode MICRO_1 = GENERAL.child(1);
  static final GridCode MICRO_2 = GENERAL.child(2);
  static final GridCode EXCLUSIVE = COMMUNITY.exclusive(1);

  private Models() {}

  /**
   * A small tree with every case the formats must carry: an exclusive grid under a general grid, a
   * grid without boundary, a MultiPolygon, an unassigned and a doubly assigned household, text that
   * needs CSV quoting, a member serving two grids and one who has left.
   */
  static GridTree smallTree() {
    return GridTree.builder()
        .addGrid(
            Grid.builder(COMMUNITY, "锦绣社区").boundary(rect(104.06, 30.64, 0.004, 0.004)).build())
        .addGrid(Grid.builder(GENERAL, "第一网格").settlement(Settlement.URBAN).build())
        .addGrid(
            Grid.builder(MICRO_1, "第一微网格")
                .boundary(
                    Wgs84.FACTORY.createMultiPolygon(
                        new Polygon[] {
                          rect(104.06, 30.64, 0.001, 0.001), rect(104.062, 30.64, 0.001, 0.001)
                        }))
                .build())
        .addGrid(
            Grid.builder(MICRO_2, "第二微网格").boundary(rect(104.06, 30.642, 0.004, 0.002)).build())
        .addGrid(
            Grid.builder(EXCLUSIVE, "锦绣农贸市场")
                .parent(GENERAL)
                .exclusiveKind(ExclusiveKind.MARKET)
                .managingBody("锦绣市场管理有限公司")
                .build())
        .addHousehold(
            Household.builder("H1")
                .address("锦官路1号, \"东\"楼\n2单元")
                .buildingId("B1")
                .location(104.0605, 30.6405)
                .size(3)
                .specialGroups(SpecialGroup.ELDERLY_ALONE, SpecialGroup.DISABLED)
                .tags(List.of("low_income", "veteran"))
                .build())
        .assign("H1", MICRO_1)
        .addHousehold(Household.builder("H2").size(0).villagerGroup("第三组").build())
        .addHousehold(Household.builder("H3").location(104.0001, 0.0001).size(5).build())
        .assign("H3", MICRO_2)
        .assign("H3", EXCLUSIVE)
        .addMember(
            GridMember.builder("M1", "王芳")
                .employment(Employment.FULL_TIME)
                .duties(Duty.values())
                .grid(GENERAL)
                .grid(MICRO_1)
                .birthYear(1985)
                .build())
        .addMember(
            GridMember.builder("M2", "李强")
                .employment(Employment.VOLUNTEER)
                .grid(MICRO_2)
                .hasSmartphone(false)
                .activeUntil(LocalDate.of(2025, 12, 31))
                .build())
        .addPartyOrganization(
            new PartyOrganization(
                "P1", "锦绣社区党委", PartyOrganizationKind.COMMUNITY_COMMITTEE, COMMUNITY))
        .addPartyOrganization(
            new PartyOrganization("P2", "第一网格党支部, 东区", PartyOrganizationKind.GRID_BRANCH, GENERAL))
        .build();
  }

  private static double seven(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  static Polygon rect(double lon, double lat, double w, double h) {
    // Seven decimals, as GeoJSON is written: so that a written tree reads back equal.
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(seven(lon), seven(lat)),
          new Coordinate(seven(lon), seven(lat + h)),
          new Coordinate(seven(lon + w), seven(lat + h)),
          new Coordinate(seven(lon + w), seven(lat)),
          new Coordinate(seven(lon), seven(lat))
        });
  }

  /** Asserts that two trees hold the same model, as far as the formats carry it. */
  static void assertSameModel(GridTree actual, GridTree expected) {
    assertThat(actual.grids()).containsExactlyElementsOf(expected.grids());
    assertThat(actual.households()).containsExactlyElementsOf(expected.households());
    for (Household h : expected.households()) {
      assertThat(actual.gridsOf(h.id()))
          .as("grids of %s", h.id())
          .isEqualTo(expected.gridsOf(h.id()));
    }
    assertThat(actual.members()).containsExactlyElementsOf(expected.members());
    assertThat(actual.partyOrganizations())
        .containsExactlyElementsOf(expected.partyOrganizations());
  }

  /** A FeatureCollection with one feature per line, starting on line 2. */
  static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[\n"
        + String.join(",\n", features)
        + "\n]}\n";
  }

  /** A feature without geometry. */
  static String feature(String code, String level, String parent) {
    return feature(code, level, parent, "null");
  }

  /** A feature with the given geometry JSON. */
  static String feature(String code, String level, String parent, String geometry) {
    String extra = level.equals("exclusive") ? ",\"exclusiveKind\":\"market\"" : "";
    return "{\"type\":\"Feature\",\"properties\":{\"code\":\""
        + code
        + "\",\"name\":\"g"
        + code
        + "\",\"level\":\""
        + level
        + "\",\"parent\":"
        + (parent == null ? "null" : "\"" + parent + "\"")
        + ",\"settlement\":\"urban\""
        + extra
        + "},\"geometry\":"
        + geometry
        + "}";
  }

  /** Grids: community (line 2), general 001 (line 3), micro 001001 (line 4). */
  static String minimalGrids() {
    return collection(
        feature("510107011005", "community", null),
        feature("510107011005001", "general", "510107011005"),
        feature("510107011005001001", "micro", "510107011005001"));
  }

  static StringReader text(String s) {
    return new StringReader(s);
  }
}
