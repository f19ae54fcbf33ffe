package org.gridgov.rules.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.gridgov.rules.workload.WorkloadParameters;

/**
 * The figures of a policy as they apply to one grid, after overrides. See {@code docs/policy.md}.
 *
 * @param generalMinHouseholds fewest households of an urban general grid (paper: 300)
 * @param generalMaxHouseholds most households of an urban general grid (paper: 500)
 * @param ruralAllowMultipleVillagerGroups whether a rural general grid may span several villager
 *     groups (the paper: one villager group forms one or more grids)
 * @param microMaxHouseholds most households of a micro grid (paper: 100)
 * @param microAverageMaxHouseholds most households a general grid's micro grids may average (paper:
 *     "on average no more than 100")
 * @param roundMaxMinutes longest door-to-door round of a micro grid (paper: 3 hours)
 * @param workload the workload model's parameters
 * @param coverageToleranceSquareMetres gaps and overlaps up to this area are ignored (digitising
 *     noise)
 * @param fullTimeMaxHouseholds most households a full-time member may serve
 * @param otherMaxHouseholds most households a part-time member or volunteer may serve
 * @param partyCoverageThreshold least share of grids with a party organisation, 0–1
 * @param partyCoverageIncludesMicro whether micro grids count in the party coverage, beside general
 *     grids
 * @param patrolIntervalDays most days between two patrols of a micro grid (上格制度; default 7)
 * @param specialGroupVisitIntervalDays most days between two patrol visits to a household with a
 *     special group (default 7)
 * @param trackToleranceMetres how far outside its grid a patrol track may run and still count as in
 *     it (GPS error along boundary streets)
 * @param fullTimeWeeklyHours weekly hours of a full-time member (40, the State Council's working
 *     week)
 * @param otherWeeklyHours weekly hours of a part-time member or volunteer (24, the Labour Contract
 *     Law's ceiling for part-time work)
 * @param crossAppointmentTarget least share of cross-appointed people in each direction, 0–1
 */
public record PolicyValues(
    int generalMinHouseholds,
    int generalMaxHouseholds,
    boolean ruralAllowMultipleVillagerGroups,
    int microMaxHouseholds,
    int microAverageMaxHouseholds,
    double roundMaxMinutes,
    WorkloadParameters workload,
    double coverageToleranceSquareMetres,
    int fullTimeMaxHouseholds,
    int otherMaxHouseholds,
    double partyCoverageThreshold,
    boolean partyCoverageIncludesMicro,
    int patrolIntervalDays,
    int specialGroupVisitIntervalDays,
    double trackToleranceMetres,
    double fullTimeWeeklyHours,
    double otherWeeklyHours,
    double crossAppointmentTarget) {

  /** The paper's figures, and documented assumptions where the paper gives none. */
  public static final PolicyValues DEFAULTS =
      new PolicyValues(
          300,
          500,
          false,
          100,
          100,
          180,
          WorkloadParameters.DEFAULTS,
          1.0,
          500,
          200,
          1.0,
          false,
          7,
          7,
          30.0,
          40.0,
          24.0,
          0.5);

  /** Checks the figures. */
  public PolicyValues {
    checkArgument(generalMinHouseholds >= 0, "generalMinHouseholds must be >= 0");
    checkArgument(
        generalMaxHouseholds >= generalMinHouseholds,
        "generalMaxHouseholds (%s) must be >= generalMinHouseholds (%s)",
        generalMaxHouseholds,
        generalMinHouseholds);
    checkArgument(microMaxHouseholds >= 1, "microMaxHouseholds must be >= 1");
    checkArgument(microAverageMaxHouseholds >= 1, "microAverageMaxHouseholds must be >= 1");
    checkArgument(roundMaxMinutes > 0, "roundMaxMinutes must be > 0");
    requireNonNull(workload, "workload");
    checkArgument(coverageToleranceSquareMetres >= 0, "coverageToleranceSquareMetres must be >= 0");
    checkArgument(fullTimeMaxHouseholds >= 1, "fullTimeMaxHouseholds must be >= 1");
    checkArgument(otherMaxHouseholds >= 1, "otherMaxHouseholds must be >= 1");
    checkArgument(
        partyCoverageThreshold >= 0 && partyCoverageThreshold <= 1,
        "partyCoverageThreshold must be 0-1 but was %s",
        partyCoverageThreshold);
    checkArgument(patrolIntervalDays >= 1, "patrolIntervalDays must be >= 1");
    checkArgument(specialGroupVisitIntervalDays >= 1, "specialGroupVisitIntervalDays must be >= 1");
    checkArgument(trackToleranceMetres >= 0, "trackToleranceMetres must be >= 0");
    checkArgument(
        fullTimeWeeklyHours > 0 && fullTimeWeeklyHours <= 168,
        "fullTimeWeeklyHours must be in (0, 168]");
    checkArgument(
        otherWeeklyHours > 0 && otherWeeklyHours <= 168, "otherWeeklyHours must be in (0, 168]");
    checkArgument(
        crossAppointmentTarget >= 0 && crossAppointmentTarget <= 1,
        "crossAppointmentTarget must be 0-1 but was %s",
        crossAppointmentTarget);
  }
}
