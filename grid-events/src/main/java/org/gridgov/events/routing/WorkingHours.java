package org.gridgov.events.routing;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Office hours for deadlines counted in working time ("handle within 2 working hours"): a morning
 * and an afternoon session on the working days of a {@link WorkCalendar}, in one time zone. With
 * {@link #CHINA_OFFICE} the days are China's: public holidays are skipped and the weekend days
 * worked in their stead (调休) count.
 *
 * @param zone the zone the sessions are in
 * @param morningStart start of the morning session
 * @param morningEnd end of the morning session
 * @param afternoonStart start of the afternoon session
 * @param afternoonEnd end of the afternoon session
 * @param calendar which days are worked
 */
public record WorkingHours(
    ZoneId zone,
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd,
    WorkCalendar calendar) {

  /**
   * 09:00–12:00 and 13:30–17:30, China Standard Time (common government office hours), on China's
   * working days ({@link WorkCalendar#china()}).
   */
  public static final WorkingHours CHINA_OFFICE =
      new WorkingHours(
          ZoneId.of("Asia/Shanghai"),
          LocalTime.of(9, 0),
          LocalTime.of(12, 0),
          LocalTime.of(13, 30),
          LocalTime.of(17, 30),
          WorkCalendar.china());

  /** Sessions on Monday to Friday, with no holidays ({@link WorkCalendar#weekdays()}). */
  public WorkingHours(
      ZoneId zone,
      LocalTime morningStart,
      LocalTime morningEnd,
      LocalTime afternoonStart,
      LocalTime afternoonEnd) {
    this(zone, morningStart, morningEnd, afternoonStart, afternoonEnd, WorkCalendar.weekdays());
  }

  /** The same sessions on another calendar's working days. */
  public WorkingHours withCalendar(WorkCalendar calendar) {
    return new WorkingHours(zone, morningStart, morningEnd, afternoonStart, afternoonEnd, calendar);
  }

  /** Checks the sessions are in order. */
  public WorkingHours {
    java.util.Objects.requireNonNull(calendar, "calendar");
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
    // Most zones in use (China's among them) have no offset change ahead: then the sessions can be
    // walked in plain arithmetic on local nanoseconds, several times faster than ZonedDateTime,
    // which matters when every routine report gets a deadline.
    ZoneRules rules = zone.getRules();
    if (work.compareTo(MAX_FAST) <= 0
        && (rules.isFixedOffset() || rules.nextTransition(from) == null)) {
      return plusFixedOffset(from, work, rules.getOffset(from).getTotalSeconds());
    }
    return plusZoned(from, work);
  }

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** Longer work falls back to the general path, so nanosecond arithmetic cannot overflow. */
  private static final Duration MAX_FAST = Duration.ofDays(3650);

  /** {@link #plus} where the zone's offset stays {@code offsetSeconds} from {@code from} on. */
  Instant plusFixedOffset(Instant from, Duration work, int offsetSeconds) {
    long ms = morningStart.toNanoOfDay();
    long me = morningEnd.toNanoOfDay();
    long as = afternoonStart.toNanoOfDay();
    long ae = afternoonEnd.toNanoOfDay();
    long t = (from.getEpochSecond() + offsetSeconds) * NANOS_PER_SECOND + from.getNano();
    long left = work.toNanos();
    for (int guard = 0; guard < 100_000; guard++) {
      long day = Math.floorDiv(t, NANOS_PER_DAY);
      long time = t - day * NANOS_PER_DAY;
      long sessionEnd;
      if (!calendar.isWorkingDay(day) || time >= ae) {
        t = (day + 1) * NANOS_PER_DAY + ms;
        continue;
      } else if (time < ms) {
        t = day * NANOS_PER_DAY + ms;
        continue;
      } else if (time < me) {
        sessionEnd = me;
      } else if (time < as) {
        t = day * NANOS_PER_DAY + as;
        continue;
      } else {
        sessionEnd = ae;
      }
      long available = sessionEnd - time;
      if (left <= available) {
        t += left;
        return Instant.ofEpochSecond(
            Math.floorDiv(t, NANOS_PER_SECOND) - offsetSeconds, Math.floorMod(t, NANOS_PER_SECOND));
      }
      left -= available;
      t = day * NANOS_PER_DAY + sessionEnd;
    }
    throw new IllegalArgumentException("work of " + work + " is too long to schedule");
  }

  /** {@link #plus} in the zone's own calendar, for zones whose offset changes. */
  Instant plusZoned(Instant from, Duration work) {
    ZonedDateTime t = from.atZone(zone);
    Duration left = work;
    for (int guard = 0; guard < 100_000; guard++) {
      if (!calendar.isWorkingDay(t.toLocalDate())) {
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
