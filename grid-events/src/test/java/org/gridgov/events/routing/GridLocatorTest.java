package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Random;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

@Seeded
class GridLocatorTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T09:30:00+08:00");
  private static final GridCode COMMUNITY = GridCode.parse("510107011005");
  private static final GridCode GENERAL = COMMUNITY.child(1);
  private static final GridCode MICRO = GENERAL.child(1);
  private static final GridCode MARKET = COMMUNITY.exclusive(1);

  private static Polygon rect(double x0, double y0, double x1, double y1) {
    double c = 0.001;
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(104 + x0 * c, 30.6 + y0 * c),
          new Coordinate(104 + x1 * c, 30.6 + y0 * c),
          new Coordinate(104 + x1 * c, 30.6 + y1 * c),
          new Coordinate(104 + x0 * c, 30.6 + y1 * c),
          new Coordinate(104 + x0 * c, 30.6 + y0 * c)
        });
  }

  private static Point at(double x, double y) {
    return Wgs84.point(104 + x * 0.001, 30.6 + y * 0.001);
  }

  /**
   * Community 0..3 × 0..1; its general grid covers 0..2 and has one micro grid 0..1; a market
   * (exclusive) covers 0.2..0.4 inside the micro grid. 2..3 is community only.
   */
  private static GridTree tree() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").boundary(rect(0, 0, 3, 1)).build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").boundary(rect(0, 0, 2, 1)).build());
    b.addGrid(Grid.builder(MICRO, "微网格").boundary(rect(0, 0, 1, 1)).build());
    b.addGrid(
        Grid.builder(MARKET, "市场")
            .exclusiveKind(ExclusiveKind.MARKET)
            .boundary(rect(0.2, 0.2, 0.4, 0.4))
            .build());
    b.addHousehold(Household.builder("H1").buildingId("B1").location(104.0005, 30.6005).build());
    b.assign("H1", MICRO);
    b.addHousehold(Household.builder("H2").buildingId("B1").build());
    b.assign("H2", MICRO);
    return b.build();
  }

  private static GridCode located(Location l) {
    assertThat(l).isInstanceOf(Location.Located.class);
    return ((Location.Located) l).grid().code();
  }

  @Test
  @DisplayName(
      "a point goes to the finest grid holding it: exclusive, micro, general, then community")
  void finestGrid() {
    GridLocator locator = GridLocator.of(tree());
    assertThat(located(locator.locate(at(0.3, 0.3)))).isEqualTo(MARKET);
    assertThat(located(locator.locate(at(0.7, 0.7)))).isEqualTo(MICRO);
    assertThat(located(locator.locate(at(1.5, 0.5)))).isEqualTo(GENERAL);
    Location fallback = locator.locate(at(2.5, 0.5));
    assertThat(located(fallback)).isEqualTo(COMMUNITY);
    assertThat(((Location.Located) fallback).method())
        .isEqualTo(Location.Method.COMMUNITY_FALLBACK);
  }

  @Test
  @DisplayName("a point outside every community is rejected with the reason")
  void outside() {
    Location l = GridLocator.of(tree()).locate(at(5, 5));
    assertThat(l)
        .isInstanceOfSatisfying(
            Location.Rejected.class,
            r -> assertThat(r.reason()).contains("outside every community"));
  }

  @Test
  @DisplayName("household, building and grid code locate to their grids; unknown ones are rejected")
  void byReference() {
    GridLocator locator = GridLocator.of(tree());
    GridEvent.Builder e = GridEvent.builder("E", AT, EventCategory.SAFETY_GAS);
    assertThat(
            located(
                locator.locate(
                    GridEvent.builder("E", AT, EventCategory.SAFETY_GAS)
                        .householdId("H2")
                        .build())))
        .isEqualTo(MICRO);
    assertThat(located(locator.locate(e.buildingId("B1").build()))).isEqualTo(MICRO);
    assertThat(
            located(
                locator.locate(
                    GridEvent.builder("E", AT, EventCategory.WISH_MICRO).grid(GENERAL).build())))
        .isEqualTo(GENERAL);
    assertThat(
            locator.locate(
                GridEvent.builder("E", AT, EventCategory.WISH_MICRO).householdId("H9").build()))
        .isInstanceOf(Location.Rejected.class);
    assertThat(
            locator.locate(
                GridEvent.builder("E", AT, EventCategory.WISH_MICRO)
                    .grid(COMMUNITY.child(7))
                    .build()))
        .isInstanceOf(Location.Rejected.class);
  }

  @Test
  @DisplayName("every located random point lies in its grid, and no finer grid holds it")
  void propertyHolds(Random random) {
    GridTree tree = SampleCommunities.urban(random.nextLong());
    GridLocator locator = GridLocator.of(tree);
    Envelope box = tree.communities().get(0).boundary().orElseThrow().getEnvelopeInternal();
    for (int i = 0; i < 2_000; i++) {
      Point p =
          Wgs84.point(
              box.getMinX() + random.nextDouble() * box.getWidth(),
              box.getMinY() + random.nextDouble() * box.getHeight());
      Location l = locator.locate(p);
      if (l instanceof Location.Located found) {
        assertThat(found.grid().boundary().orElseThrow().covers(p)).isTrue();
        if (found.grid().level() != GridLevel.EXCLUSIVE) {
          assertThat(tree.grids(GridLevel.EXCLUSIVE))
              .noneMatch(g -> g.boundary().map(b -> b.covers(p)).orElse(false));
        }
      } else {
        assertThat(tree.communities().get(0).boundary().orElseThrow().covers(p)).isFalse();
      }
    }
  }
}
