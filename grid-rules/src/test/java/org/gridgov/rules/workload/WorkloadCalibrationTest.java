package org.gridgov.rules.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The calibration case of {@code docs/workload.md}: the paper's compact micro grid of 100
 * households in a few buildings. Four six-floor walk-ups of 25 households each at the corners of a
 * 40 m square, 11 households with a special group (the urban sample's 11 %).
 */
class WorkloadCalibrationTest {

  private static final WorkloadModel MODEL = new WorkloadModel(WorkloadParameters.DEFAULTS);

  /** Degrees of latitude per metre on the sphere that {@link Wgs84} uses. */
  private static final double LAT_PER_METRE = 1 / (6_371_008.8 * Math.PI / 180);

  private static final Map<String, Building> BUILDINGS = new HashMap<>();
  private static final List<Household> HOUSEHOLDS = new ArrayList<>();

  static {
    double lon0 = 104.05;
    double lat0 = 30.64;
    double dLat = 40 * LAT_PER_METRE;
    double dLon = dLat / Math.cos(Math.toRadians(lat0));
    double[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    int[] special = {3, 3, 3, 2};
    for (int b = 0; b < 4; b++) {
      String id = "B" + (b + 1);
      BUILDINGS.put(
          id,
          new Building(
              id,
              id,
              Optional.of(Wgs84.point(lon0 + corners[b][0] * dLon, lat0 + corners[b][1] * dLat)),
              OptionalInt.of(6)));
      for (int k = 1; k <= 25; k++) {
        Household.Builder h = Household.builder(id + "-" + k).buildingId(id);
        if (k <= special[b]) {
          h.specialGroups(SpecialGroup.ELDERLY_ALONE);
        }
        HOUSEHOLDS.add(h.build());
      }
    }
  }

  private static WorkloadEstimate estimate(int members) {
    return MODEL.estimate(HOUSEHOLDS, id -> Optional.ofNullable(BUILDINGS.get(id)), members);
  }

  @Test
  @DisplayName("the parts of the calibration case are those worked out in docs/workload.md")
  void parts() {
    WorkloadEstimate e = estimate(3);
    assertThat(e.households()).isEqualTo(100);
    assertThat(e.visitMinutes()).isEqualTo(300.0);
    assertThat(e.careMinutes()).isEqualTo(55.0);
    assertThat(e.stairMinutes()).isEqualTo(10.0);
    // 3 legs of 40 m × 1.3 detour at 72 m/min
    assertThat(e.walkingMinutes()).isCloseTo(120 * 1.3 / 72, within(0.01));
    assertThat(e.totalMinutes()).isCloseTo(367.17, within(0.01));
  }

  @Test
  @DisplayName("100 households in four buildings, 3 active members: the round fits in 180 min")
  void threeMembersFit() {
    assertThat(estimate(3).roundMinutes()).isCloseTo(122.39, within(0.01)).isLessThan(180);
  }

  @Test
  @DisplayName("the same grid with 1 active member does not fit in 180 min")
  void oneMemberDoesNot() {
    assertThat(estimate(1).roundMinutes()).isCloseTo(367.17, within(0.01)).isGreaterThan(180);
  }

  @Test
  @DisplayName("with 2 active members it is just over 180 min: a full grid of 100 needs 3")
  void twoMembersJustOver() {
    assertThat(estimate(2).roundMinutes()).isCloseTo(183.58, within(0.01)).isGreaterThan(180);
  }
}
