package org.gridgov.spi.retention;

import static java.util.Objects.requireNonNull;

import java.time.Period;

/**
 * How long the records of people who left are kept, and what happens then.
 *
 * @param movedAway how long after a resident moved away (status {@value Retention#MOVED_AWAY})
 *     their record is kept
 * @param deceased how long after a resident died (status {@value Retention#DECEASED}) their record
 *     is kept
 * @param action what is done once that time has passed
 */
public record RetentionPolicy(Period movedAway, Period deceased, Action action) {

  /** What happens to a record kept long enough. */
  public enum Action {
    /** The golden record and its source records are removed. */
    REMOVE,
    /**
     * The golden record keeps only its id, grid, status and the day of it; its source records keep
     * their ids and apps, no field (for counts and statistics, nothing that names a person).
     */
    ANONYMISE
  }

  /** Validates the parts. */
  public RetentionPolicy {
    requireNonNull(movedAway, "movedAway");
    requireNonNull(deceased, "deceased");
    requireNonNull(action, "action");
    if (movedAway.isNegative() || deceased.isNegative()) {
      throw new IllegalArgumentException(
          "a retention period is not negative: " + movedAway + ", " + deceased);
    }
  }
}
