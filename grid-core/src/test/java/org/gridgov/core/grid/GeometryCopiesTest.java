package org.gridgov.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** JTS geometries change in place; the model's values hand out copies so that they cannot. */
class GeometryCopiesTest {

  private static void shift(Geometry g) {
    g.apply(
        (Coordinate c) -> {
          c.x += 1;
          c.y += 1;
        });
    g.geometryChanged();
  }

  @Test
  @DisplayName("changing a grid's boundary as returned, or as given, leaves the grid as it was")
  void gridBoundary() {
    Geometry given =
        Wgs84.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(104, 104.01, 30, 30.01));
    Grid grid = Grid.builder(GridCode.parse("510107011005001"), "一网格").boundary(given).build();
    Geometry before = grid.boundary().orElseThrow();
    shift(grid.boundary().orElseThrow());
    shift(given);
    assertThat(grid.boundary().orElseThrow().equalsExact(before)).isTrue();
    assertThat(grid.boundary().orElseThrow().getSRID()).isEqualTo(Wgs84.SRID);
  }

  @Test
  @DisplayName("changing a household's, building's or event's point leaves the value as it was")
  void points() {
    Household h = Household.builder("H1").location(104.05, 30.6).build();
    shift(h.location().orElseThrow());
    assertThat(h.location().orElseThrow().getX()).isEqualTo(104.05);

    Point p = Wgs84.point(104.05, 30.6);
    Building b = new Building("B1", "", Optional.of(p), OptionalInt.empty());
    shift(p);
    shift(b.location().orElseThrow());
    assertThat(b.location().orElseThrow().getX()).isEqualTo(104.05);

    GridEvent e =
        GridEvent.builder(
                "E1", OffsetDateTime.parse("2026-03-01T09:00:00+08:00"), EventCategory.SAFETY_GAS)
            .location(104.05, 30.6)
            .build();
    shift(e.location().orElseThrow());
    assertThat(e.location().orElseThrow().getX()).isEqualTo(104.05);
  }
}
