package org.gridgov.rules.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class DoorKnockPlannerTest {

  private static final LocalDate DAY = SampleCommunities.REFERENCE_DATE;
  private static final DoorKnockPlanner PLANNER = new DoorKnockPlanner(GridPolicy.defaults());

  /** The western half of the urban sample's community: the flooded area of the scenario. */
  private static Geometry westernHalf(GridTree tree) {
    Envelope box = tree.communities().get(0).boundary().orElseThrow().getEnvelopeInternal();
    double mid = (box.getMinX() + box.getMaxX()) / 2;
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(box.getMinX(), box.getMinY()),
          new Coordinate(mid, box.getMinY()),
          new Coordinate(mid, box.getMaxY()),
          new Coordinate(box.getMinX(), box.getMaxY()),
          new Coordinate(box.getMinX(), box.getMinY())
        });
  }

  private static Set<String> affected(GridTree tree, Geometry area) {
    Set<String> ids = new HashSet<>();
    for (Household h : tree.households()) {
      Point p =
          h.location()
              .or(() -> h.buildingId().flatMap(tree::building).flatMap(b -> b.location()))
              .orElseThrow();
      if (area.covers(p)) {
        ids.add(h.id());
      }
    }
    return ids;
  }

  @Test
  @DisplayName(
      "a flood over half the sample: every affected household once, special groups first, every list within 3 hours")
  void floodScenario() {
    GridTree tree = BundledSample.URBAN.load();
    Geometry flood = westernHalf(tree);
    DoorKnockPlan plan = PLANNER.plan(tree, flood, DAY);
    Set<String> affected = affected(tree, flood);
    assertThat(affected).hasSizeGreaterThan(1000);

    List<String> planned = new ArrayList<>();
    plan.visits().forEach(v -> planned.add(v.householdId()));
    plan.unreachable().forEach(u -> planned.add(u.householdId()));
    assertThat(planned).doesNotHaveDuplicates();
    assertThat(new HashSet<>(planned)).isEqualTo(affected);

    // Every special-group household is visited, once.
    for (String id : affected) {
      if (tree.household(id).orElseThrow().hasSpecialGroup()) {
        assertThat(plan.visits()).filteredOn(v -> v.householdId().equals(id)).hasSize(1);
      }
    }
    Map<String, List<DoorKnockPlan.Visit>> lists = new HashMap<>();
    plan.visits().forEach(v -> lists.computeIfAbsent(v.memberId(), k -> new ArrayList<>()).add(v));
    for (List<DoorKnockPlan.Visit> list : lists.values()) {
      for (int i = 0; i < list.size(); i++) {
        DoorKnockPlan.Visit v = list.get(i);
        assertThat(v.seq()).isEqualTo(i + 1);
        assertThat(v.minutesFromStart()).isLessThanOrEqualTo(180);
        if (i > 0) {
          assertThat(v.minutesFromStart())
              .isGreaterThanOrEqualTo(list.get(i - 1).minutesFromStart());
        }
        // Within one member's list, special groups come before everyone else of the same grid.
        if (i > 0 && v.specialGroup()) {
          assertThat(list.get(i - 1).specialGroup()).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("an area over a vacant micro grid falls back to its general grid's full-time staff")
  void vacantFallsBack() {
    GridTree faulty = BundledSample.URBAN.generate(SampleCommunities.DEFAULT_SEED, true);
    DoorKnockPlan plan =
        PLANNER.plan(faulty, faulty.communities().get(0).boundary().orElseThrow(), DAY);
    assertThat(plan.unreachable()).noneMatch(u -> u.reason().startsWith("no active member"));
    assertThat(plan.visits()).isNotEmpty();
  }

  @Test
  @DisplayName("area files: polygons, and points with a radius; bad features are named")
  void areaFiles() {
    Geometry circle =
        IncidentArea.read(
            new StringReader(
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                    + "\"properties\":{\"radius_m\":100},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[104.04,30.64]}}]}"),
            "fire.geojson");
    assertThat(Wgs84.areaSquareMetres(circle)).isBetween(31_000.0, 31_500.0); // π × 100²
    assertThatThrownBy(
            () ->
                IncidentArea.read(
                    new StringReader(
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                            + "\"properties\":{},\"geometry\":{\"type\":\"Point\","
                            + "\"coordinates\":[104.04,30.64]}}]}"),
                    "fire.geojson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("radius_m")
        .hasMessageContaining("fire.geojson:1");
  }

  @Test
  @DisplayName("a radius_m of 0 is refused as docs/knock.md says, naming the range")
  void zeroRadiusRefused() {
    assertThatThrownBy(
            () ->
                IncidentArea.read(
                    new StringReader(
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                            + "\"properties\":{\"radius_m\":0},\"geometry\":{\"type\":\"Point\","
                            + "\"coordinates\":[104.04,30.64]}}]}"),
                    "fire.geojson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than 0 and at most 100000");
  }
}
