package org.gridgov.research;

import java.util.Locale;
import java.util.Optional;

/**
 * A figure of an experiment that a config may set and sweep. Every one has a default, a range and a
 * meaning; the defaults are the paper's figures where it gives one (census shares, 100 households
 * per micro grid, 3 members, 3 hours) and stated assumptions otherwise ({@code docs/research.md}
 * lists them). Times are minutes unless the name says otherwise.
 */
public enum Parameter {
  /** Most households of a micro grid; the planner re-divides every general grid to it (划小划微). */
  MICRO_GRID_MAX_HOUSEHOLDS("microGridMaxHouseholds", 100, 10, 1000, true),
  /** Members (part-time and volunteers) per micro grid. */
  MEMBERS_PER_MICRO_GRID("membersPerMicroGrid", 3, 1, 20, true),
  /** Full-time staff per general grid, who take what the micro grid's members cannot. */
  FULL_TIME_PER_GENERAL_GRID("fullTimePerGeneralGrid", 1, 0, 10, true),
  /** Multiplies the smartphone ownership of every age band (clipped to 0–1). */
  SMARTPHONE_LEVEL("smartphoneLevel", 1.0, 0, 2, false),
  /** Share of members under 60 who own a smartphone (assumption). */
  SMARTPHONE_UNDER_60("smartphoneUnder60", 0.95, 0, 1, false),
  /** Share of members aged 60–64 who own a smartphone (assumption). */
  SMARTPHONE_60_TO_64("smartphone60to64", 0.75, 0, 1, false),
  /** Share of members aged 65 or more who own a smartphone (assumption). */
  SMARTPHONE_65_PLUS("smartphone65plus", 0.45, 0, 1, false),
  /** Share of members aged 60–64: 18.70 % − 13.50 % (7th census). */
  SHARE_60_TO_64("share60to64", 0.052, 0, 1, false),
  /** Share of members aged 65 or more: 13.50 % (7th census). */
  SHARE_65_PLUS("share65plus", 0.135, 0, 1, false),
  /** Probability that a part-time member or volunteer is away for a patrol or a case. */
  ABSENCE_PROBABILITY("absenceProbability", 0.1, 0, 1, false),
  /** Expected leavings per member per year (人走格空); each leaves a vacancy. */
  LEAVE_RATE_PER_YEAR("leaveRatePerYear", 0.2, 0, 50, false),
  /** Days until a member who left is replaced. */
  VACANCY_DAYS("vacancyDays", 30, 0, 3650, false),
  /** Probability that a member without a smartphone never passes a report on (格在人在事不传). */
  LOST_PROBABILITY("lostProbability", 0.3, 0, 1, false),
  /** Days between two meetings, where members without a smartphone report. */
  MEETING_INTERVAL_DAYS("meetingIntervalDays", 7, 1, 90, true),
  /** Days between two patrols of one member. */
  PATROL_INTERVAL_DAYS("patrolIntervalDays", 1, 1, 90, true),
  /** Households a member looks at on one patrol, going round the grid in order. */
  HOUSEHOLDS_PER_PATROL("householdsPerPatrol", 30, 1, 10_000, true),
  /** Hazards arising per 1,000 households per day. */
  HAZARD_RATE("hazardsPerThousandHouseholdsPerDay", 2, 0, 1000, false),
  /** Share of hazards that a resident or a device also reports directly. */
  DIRECT_REPORT_SHARE("directReportShare", 0.2, 0, 1, false),
  /** Mean minutes from a hazard arising to a resident's or device's report. */
  DIRECT_REPORT_DELAY("directReportDelayMinutes", 240, 0, 525_600, false),
  /** Mean minutes from a patrol's finding to the report of a member with a smartphone. */
  MEMBER_REPORT_DELAY("memberReportDelayMinutes", 10, 0, 525_600, false),
  /** Mean minutes until the assigned member accepts a case. */
  ACCEPT_DELAY("acceptDelayMinutes", 20, 0, 525_600, false),
  /** The accept limit of a routine case at every rung of the ladder (the escalator's). */
  ACCEPT_LIMIT("acceptLimitMinutes", 30, 0, 525_600, true),
  /** Mean minutes until the level above takes an escalated case. */
  LADDER_TAKE_DELAY("ladderTakeMinutes", 10, 0, 525_600, false),
  /** Mean minutes of handling a case once dispatched. */
  HANDLE_DELAY("handleMinutes", 120, 0, 525_600, false),
  /** Mean minutes of the community's verification of a handled case. */
  VERIFY_DELAY("verifyMinutes", 30, 0, 525_600, false),
  /** Area incidents per run; each is door-knocked by the door-knock planner. */
  INCIDENTS("incidents", 2, 0, 100, true),
  /** Radius of an incident's area around a household, metres. */
  INCIDENT_RADIUS("incidentRadiusMetres", 200, 10, 10_000, false);

  private final String key;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final boolean integer;

  Parameter(String key, double defaultValue, double min, double max, boolean integer) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.integer = integer;
  }

  /** The name in config files and CSV headers. */
  public String key() {
    return key;
  }

  /** The value when a config does not give one. */
  public double defaultValue() {
    return defaultValue;
  }

  /** The least allowed value. */
  public double min() {
    return min;
  }

  /** The greatest allowed value. */
  public double max() {
    return max;
  }

  /** Whether only whole numbers are allowed. */
  public boolean integer() {
    return integer;
  }

  /** Why {@code value} is not allowed, if it is not. */
  public Optional<String> check(double value) {
    if (!Double.isFinite(value) || value < min || value > max) {
      return Optional.of(value + " is outside " + range());
    }
    if (integer && value != Math.rint(value)) {
      return Optional.of(value + " is not a whole number");
    }
    return Optional.empty();
  }

  /** The allowed range, for messages: {@code 1..20}. */
  public String range() {
    return format(min) + ".." + format(max);
  }

  /** The parameter with this config name. */
  public static Optional<Parameter> find(String key) {
    for (Parameter p : values()) {
      if (p.key.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A value as written in CSV files: whole numbers without a decimal point. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
