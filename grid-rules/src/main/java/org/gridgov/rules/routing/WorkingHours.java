package org.gridgov.rules.routing;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Office hours for deadlines counted in working time ("handle within 2 working hours"): Monday to
 * Friday, a morning and an afternoon session, in one time zone. Public holidays and the weekend
 * days worked in their stead (调休) are not modelled: a deadline over a holiday is early.
 *
 * @param zone the zone the sessions are in
 * @param morningStart start of the morning session
 * @param morningEnd end of the morning session
 * @param afternoonStart start of the afternoon session
 * @param afternoonEnd end of the afternoon session
 */
public record WorkingHours(
    ZoneId zone,
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd) {

  /** 09:00–12:00 and 13:30–17:30, China Standard Time (common government office hours). */
  public static final WorkingHours CHINA_OFFICE =
      new WorkingHours(
          ZoneId.of("Asia/Shanghai"),
          LocalTime.of(9, 0),
          LocalTime.of(12, 0),
          LocalTime.of(13, 30),
          LocalTime.of(17, 30));

  /** Checks the sessions are in order. */
  public WorkingHours {
    checkArgument(
        morningStart.isBefore(morningEnd)
            && !morningEnd.isAfter(afternoonStart)
            && afternoonStart.isBefore(afternoonEnd),
        "sessions must be in order: %s-%s, %s-%s",
        morningStart,
        morningEnd,
        afternoonStart,
        afternoonEnd);
  }

  /** The instant when {@code work} of working time has passed since {@code from}. */
  public Instant plus(Instant from, Duration work) {
    checkArgument(!work.isNegative(), "work must not be negative but was %s", work);
    ZonedDateTime t = from.atZone(zone);
    Duration left = work;
    for (int guard = 0; guard < 100_000; guard++) {
      if (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
        t = t.toLocalDate().plusDays(1).atTime(morningStart).atZone(zone);
        continue;
      }
      LocalTime now = t.toLocalTime();
      LocalTime sessionEnd;
      if (now.isBefore(morningStart)) {
        t = t.with(morningStart);
        continue;
      } else if (now.isBefore(morningEnd)) {
        sessionEnd = morningEnd;
      } else if (now.isBefore(afternoonStart)) {
        t = t.with(afternoonStart);
        continue;
      } else if (now.isBefore(afternoonEnd)) {
        sessionEnd = afternoonEnd;
      } else {
        t = t.toLocalDate().plusDays(1).atTime(morningStart).atZone(zone);
        continue;
      }
      Duration available = Duration.between(now, sessionEnd);
      if (left.compareTo(available) <= 0) {
        return t.plus(left).toInstant();
      }
      left = left.minus(available);
      t = t.with(sessionEnd);
    }
    throw new IllegalArgumentException("work of " + work + " is too long to schedule");
  }
}
