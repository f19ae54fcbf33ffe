package org.gridgov.research;

import java.util.Optional;

/**
 * What one run measures; the name is the column of {@code runs.csv} and {@code summary.csv}. Times
 * are hours from the moment a hazard arose, over the hazards that reached the step within the run
 * (the others are censored: {@link #FOUND_SHARE} says how many were found at all).
 */
public enum Metric {
  /** Hazards that arose. */
  HAZARDS("hazards"),
  /** Share of the hazards found (by a patrol, a resident or a device) within the run. */
  FOUND_SHARE("found_share"),
  /** Median hours from a hazard arising to its discovery. */
  DISCOVERY_MEDIAN("discovery_median_h"),
  /** 90th percentile of the same. */
  DISCOVERY_P90("discovery_p90_h"),
  /** Median hours from arising to the report reaching the system. */
  REPORT_MEDIAN("report_median_h"),
  /** 90th percentile of the same. */
  REPORT_P90("report_p90_h"),
  /** Median hours from arising to the case's acceptance (by the member or the level above). */
  ACCEPTANCE_MEDIAN("acceptance_median_h"),
  /** 90th percentile of the same. */
  ACCEPTANCE_P90("acceptance_p90_h"),
  /** Median hours from arising to the case's closure. */
  CLOSURE_MEDIAN("closure_median_h"),
  /** 90th percentile of the same. */
  CLOSURE_P90("closure_p90_h"),
  /** Share of cases escalated at least once. */
  ESCALATED_SHARE("escalated_share"),
  /** Share of cases not handled by their due time (the router's deadline). */
  OVERDUE_SHARE("overdue_share"),
  /** Reports lost by members without a smartphone (a hazard may be lost more than once). */
  REPORTS_LOST("reports_lost"),
  /** Share of the households of the area incidents that the door-knock plan reaches in 3 hours. */
  COVERAGE_3H("coverage_3h"),
  /** Mean cases assigned per member over the run. */
  LOAD_MEAN("load_per_member_mean"),
  /** Most cases assigned to one member over the run. */
  LOAD_MAX("load_per_member_max"),
  /** Micro grids after the planner's re-division. */
  MICRO_GRIDS("micro_grids"),
  /** Share of member-days of the micro grids' posts that were vacant. */
  VACANCY_SHARE("vacancy_share");

  private final String column;

  Metric(String column) {
    this.column = column;
  }

  /** The column name. */
  public String column() {
    return column;
  }

  /** The metric with this column name. */
  public static Optional<Metric> find(String column) {
    for (Metric m : values()) {
      if (m.column.equals(column)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
