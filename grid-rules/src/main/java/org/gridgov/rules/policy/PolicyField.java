package org.gridgov.rules.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.rules.workload.WorkloadParameters;

/**
 * The fields of a policy's figures as they appear in policy JSON: name, kind and allowed range, and
 * how to read each from {@link PolicyValues}. One table, so that reading, checking and writing
 * cannot disagree.
 */
enum PolicyField {
  GENERAL_MIN_HOUSEHOLDS("generalMinHouseholds", Kind.INT, 0, 100_000),
  GENERAL_MAX_HOUSEHOLDS("generalMaxHouseholds", Kind.INT, 0, 100_000),
  RURAL_ALLOW_MULTIPLE_VILLAGER_GROUPS("ruralAllowMultipleVillagerGroups", Kind.BOOLEAN, 0, 0),
  MICRO_MAX_HOUSEHOLDS("microMaxHouseholds", Kind.INT, 1, 100_000),
  MICRO_AVERAGE_MAX_HOUSEHOLDS("microAverageMaxHouseholds", Kind.INT, 1, 100_000),
  ROUND_MAX_MINUTES("roundMaxMinutes", Kind.NUMBER, 1, 10_000),
  COVERAGE_TOLERANCE_SQUARE_METRES("coverageToleranceSquareMetres", Kind.NUMBER, 0, 1e9),
  FULL_TIME_MAX_HOUSEHOLDS("fullTimeMaxHouseholds", Kind.INT, 1, 1_000_000),
  OTHER_MAX_HOUSEHOLDS("otherMaxHouseholds", Kind.INT, 1, 1_000_000),
  PARTY_COVERAGE_THRESHOLD("partyCoverageThreshold", Kind.NUMBER, 0, 1),
  PARTY_COVERAGE_INCLUDES_MICRO("partyCoverageIncludesMicro", Kind.BOOLEAN, 0, 0),
  PATROL_INTERVAL_DAYS("patrolIntervalDays", Kind.INT, 1, 366),
  SPECIAL_GROUP_VISIT_INTERVAL_DAYS("specialGroupVisitIntervalDays", Kind.INT, 1, 366),
  TRACK_TOLERANCE_METRES("trackToleranceMetres", Kind.NUMBER, 0, 10_000),
  FULL_TIME_WEEKLY_HOURS("fullTimeWeeklyHours", Kind.NUMBER, 1, 168),
  OTHER_WEEKLY_HOURS("otherWeeklyHours", Kind.NUMBER, 1, 168),
  CROSS_APPOINTMENT_TARGET("crossAppointmentTarget", Kind.NUMBER, 0, 1),
  VISIT_MINUTES("workload.visitMinutes", Kind.NUMBER, 0, 1_000),
  SPECIAL_GROUP_EXTRA_MINUTES("workload.specialGroupExtraMinutes", Kind.NUMBER, 0, 1_000),
  WALKING_METRES_PER_MINUTE("workload.walkingMetresPerMinute", Kind.NUMBER, 1, 1_000),
  TOUR_DETOUR_FACTOR("workload.tourDetourFactor", Kind.NUMBER, 1, 10),
  STAIR_MINUTES_PER_FLOOR("workload.stairMinutesPerFloor", Kind.NUMBER, 0, 100),
  DEFAULT_FLOORS("workload.defaultFloors", Kind.INT, 1, 300);

  /** How a field is written in JSON. */
  enum Kind {
    INT,
    NUMBER,
    BOOLEAN
  }

  /** The dotted name: {@code microMaxHouseholds}, {@code workload.visitMinutes}. */
  final String path;

  final Kind kind;
  final double min;
  final double max;

  PolicyField(String path, Kind kind, double min, double max) {
    this.path = path;
    this.kind = kind;
    this.min = min;
    this.max = max;
  }

  /** The field's key within its object: {@code visitMinutes} for {@code workload.visitMinutes}. */
  String key() {
    return path.substring(path.indexOf('.') + 1);
  }

  /** Whether the field lies in the nested {@code workload} object. */
  boolean inWorkload() {
    return path.startsWith("workload.");
  }

  /** The field with this name inside its object (top level or workload), if any. */
  static Optional<PolicyField> find(String name, boolean inWorkload) {
    for (PolicyField f : values()) {
      if (f.inWorkload() == inWorkload && f.key().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The field's value in {@code v}: an Integer, Double or Boolean. */
  Object get(PolicyValues v) {
    WorkloadParameters w = v.workload();
    return switch (this) {
      case GENERAL_MIN_HOUSEHOLDS -> v.generalMinHouseholds();
      case GENERAL_MAX_HOUSEHOLDS -> v.generalMaxHouseholds();
      case RURAL_ALLOW_MULTIPLE_VILLAGER_GROUPS -> v.ruralAllowMultipleVillagerGroups();
      case MICRO_MAX_HOUSEHOLDS -> v.microMaxHouseholds();
      case MICRO_AVERAGE_MAX_HOUSEHOLDS -> v.microAverageMaxHouseholds();
      case ROUND_MAX_MINUTES -> v.roundMaxMinutes();
      case COVERAGE_TOLERANCE_SQUARE_METRES -> v.coverageToleranceSquareMetres();
      case FULL_TIME_MAX_HOUSEHOLDS -> v.fullTimeMaxHouseholds();
      case OTHER_MAX_HOUSEHOLDS -> v.otherMaxHouseholds();
      case PARTY_COVERAGE_THRESHOLD -> v.partyCoverageThreshold();
      case PARTY_COVERAGE_INCLUDES_MICRO -> v.partyCoverageIncludesMicro();
      case PATROL_INTERVAL_DAYS -> v.patrolIntervalDays();
      case SPECIAL_GROUP_VISIT_INTERVAL_DAYS -> v.specialGroupVisitIntervalDays();
      case TRACK_TOLERANCE_METRES -> v.trackToleranceMetres();
      case FULL_TIME_WEEKLY_HOURS -> v.fullTimeWeeklyHours();
      case OTHER_WEEKLY_HOURS -> v.otherWeeklyHours();
      case CROSS_APPOINTMENT_TARGET -> v.crossAppointmentTarget();
      case VISIT_MINUTES -> w.visitMinutes();
      case SPECIAL_GROUP_EXTRA_MINUTES -> w.specialGroupExtraMinutes();
      case WALKING_METRES_PER_MINUTE -> w.walkingMetresPerMinute();
      case TOUR_DETOUR_FACTOR -> w.tourDetourFactor();
      case STAIR_MINUTES_PER_FLOOR -> w.stairMinutesPerFloor();
      case DEFAULT_FLOORS -> w.defaultFloors();
    };
  }

  /** Builds figures from one value per field (Integer, Double or Boolean). */
  static PolicyValues build(java.util.Map<PolicyField, Object> f) {
    return new PolicyValues(
        (Integer) requireNonNull(f.get(GENERAL_MIN_HOUSEHOLDS)),
        (Integer) requireNonNull(f.get(GENERAL_MAX_HOUSEHOLDS)),
        (Boolean) requireNonNull(f.get(RURAL_ALLOW_MULTIPLE_VILLAGER_GROUPS)),
        (Integer) requireNonNull(f.get(MICRO_MAX_HOUSEHOLDS)),
        (Integer) requireNonNull(f.get(MICRO_AVERAGE_MAX_HOUSEHOLDS)),
        (Double) requireNonNull(f.get(ROUND_MAX_MINUTES)),
        new WorkloadParameters(
            (Double) requireNonNull(f.get(VISIT_MINUTES)),
            (Double) requireNonNull(f.get(SPECIAL_GROUP_EXTRA_MINUTES)),
            (Double) requireNonNull(f.get(WALKING_METRES_PER_MINUTE)),
            (Double) requireNonNull(f.get(TOUR_DETOUR_FACTOR)),
            (Double) requireNonNull(f.get(STAIR_MINUTES_PER_FLOOR)),
            (Integer) requireNonNull(f.get(DEFAULT_FLOORS))),
        (Double) requireNonNull(f.get(COVERAGE_TOLERANCE_SQUARE_METRES)),
        (Integer) requireNonNull(f.get(FULL_TIME_MAX_HOUSEHOLDS)),
        (Integer) requireNonNull(f.get(OTHER_MAX_HOUSEHOLDS)),
        (Double) requireNonNull(f.get(PARTY_COVERAGE_THRESHOLD)),
        (Boolean) requireNonNull(f.get(PARTY_COVERAGE_INCLUDES_MICRO)),
        (Integer) requireNonNull(f.get(PATROL_INTERVAL_DAYS)),
        (Integer) requireNonNull(f.get(SPECIAL_GROUP_VISIT_INTERVAL_DAYS)),
        (Double) requireNonNull(f.get(TRACK_TOLERANCE_METRES)),
        (Double) requireNonNull(f.get(FULL_TIME_WEEKLY_HOURS)),
        (Double) requireNonNull(f.get(OTHER_WEEKLY_HOURS)),
        (Double) requireNonNull(f.get(CROSS_APPOINTMENT_TARGET)));
  }
}
