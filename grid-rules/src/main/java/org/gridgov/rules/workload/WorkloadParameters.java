package org.gridgov.rules.workload;

import com.google.common.base.Preconditions;

/**
 * The parameters of the door-to-door workload model; see {@link WorkloadModel} and {@code
 * docs/workload.md} for what each means and how the defaults were calibrated.
 *
 * @param visitMinutes minutes at each household's door (knock, check who is home, pass on the
 *     notice, note needs)
 * @param specialGroupExtraMinutes extra minutes at a household with a special group (an elderly
 *     person living alone is checked on, not just notified)
 * @param walkingMetresPerMinute walking speed between buildings
 * @param tourDetourFactor how much longer the walk on streets is than the straight line between
 *     buildings (≥ 1)
 * @param stairMinutesPerFloor minutes per floor climbed or descended on the stairs
 * @param defaultFloors floors assumed for a building whose floors are not known
 */
public record WorkloadParameters(
    double visitMinutes,
    double specialGroupExtraMinutes,
    double walkingMetresPerMinute,
    double tourDetourFactor,
    double stairMinutesPerFloor,
    int defaultFloors) {

  /** The calibrated defaults (see {@code docs/workload.md}). */
  public static final WorkloadParameters DEFAULTS =
      new WorkloadParameters(3.0, 5.0, 72.0, 1.3, 0.25, 6);

  /** Checks the parameters. */
  public WorkloadParameters {
    Preconditions.checkArgument(
        visitMinutes >= 0, "visitMinutes must be >= 0 but was %s", visitMinutes);
    Preconditions.checkArgument(
        specialGroupExtraMinutes >= 0,
        "specialGroupExtraMinutes must be >= 0 but was %s",
        specialGroupExtraMinutes);
    Preconditions.checkArgument(
        walkingMetresPerMinute > 0,
        "walkingMetresPerMinute must be > 0 but was %s",
        walkingMetresPerMinute);
    Preconditions.checkArgument(
        tourDetourFactor >= 1, "tourDetourFactor must be >= 1 but was %s", tourDetourFactor);
    Preconditions.checkArgument(
        stairMinutesPerFloor >= 0,
        "stairMinutesPerFloor must be >= 0 but was %s",
        stairMinutesPerFloor);
    Preconditions.checkArgument(
        defaultFloors >= 1 && defaultFloors <= 300,
        "defaultFloors must be 1-300 but was %s",
        defaultFloors);
  }
}
