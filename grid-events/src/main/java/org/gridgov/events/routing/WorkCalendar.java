package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.internal.StrictJson;

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the weekend days
 * worked in their stead (调休). {@link #china()} knows China's calendar as the State Council
 * publishes it each year (2007–2027 bundled); {@link #weekdays()} knows no holidays at all.
 *
 * <p>For a year the calendar has no data for, Monday to Friday are taken as working days and a
 * warning is logged once per year: a deadline that year may fall on a holiday. The calendar is
 * never silently guessed from another year's.
 */
public final class WorkCalendar {

  private static final System.Logger LOG = System.getLogger(WorkCalendar.class.getName());

  /** The years bundled for {@link #china()}. */
  static final int CHINA_FIRST_YEAR = 2007;

  static final int CHINA_LAST_YEAR = 2027;

  private static final WorkCalendar WEEKDAYS = new WorkCalendar("weekdays", 0, 0, new BitSet());

  private final String name;
  private final int firstYear;
  private final int lastYear;
  private final long firstDay;
  private final long lastDay;
  // One bit per day from firstDay: set when the day is worked.
  private final BitSet working;
  private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

  private WorkCalendar(String name, int firstYear, int lastYear, BitSet working) {
    this.name = name;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDay = firstYear == 0 ? 1 : LocalDate.of(firstYear, 1, 1).toEpochDay();
    this.lastDay = lastYear == 0 ? 0 : LocalDate.of(lastYear, 12, 31).toEpochDay();
    this.working = working;
  }

  /** Monday to Friday, every week; no holidays. */
  public static WorkCalendar weekdays() {
    return WEEKDAYS;
  }

  /**
   * China's calendar: the State Council's public holidays and adjusted working days of 2007–2027
   * (from NateScarlet/holiday-cn, MIT License), Monday to Friday in other years with a warning.
   */
  public static WorkCalendar china() {
    return China.CALENDAR;
  }

  /** Read on first use (the JVM's lazy class initialisation), once. */
  private static final class China {
    static final WorkCalendar CALENDAR = loadChina();
  }

  /**
   * The calendar of a name in the policy file: {@code cn} or {@code weekdays}.
   *
   * @throws IllegalArgumentException for another name
   */
  public static WorkCalendar named(String name) {
    return switch (requireNonNull(name, "name")) {
      case "cn" -> china();
      case "weekdays" -> weekdays();
      default ->
          throw new IllegalArgumentException(
              "unknown calendar \""
                  + name
                  + "\"; expected cn (China's public holidays) or weekdays");
    };
  }

  /** The calendar's name in the policy file: {@code cn} or {@code weekdays}. */
  public String name() {
    return name;
  }

  /** Whether the calendar has data for {@code year} (always false for {@link #weekdays()}). */
  public boolean covers(int year) {
    return firstYear != 0 && year >= firstYear && year <= lastYear;
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(date.toEpochDay());
  }

  /** Whether the day {@code epochDay} (days since 1970-01-01) is a working day. */
  public boolean isWorkingDay(long epochDay) {
    if (epochDay >= firstDay && epochDay <= lastDay) {
      return working.get((int) (epochDay - firstDay));
    }
    if (this != WEEKDAYS) {
      warnOnce(epochDay);
    }
    return Math.floorMod(epochDay + 3, 7) < 5; // 1970-01-01 was a Thursday; Monday = 0
  }

  private void warnOnce(long epochDay) {
    int year = LocalDate.ofEpochDay(epochDay).getYear();
    if (warned.add(year)) {
      LOG.log(
          Level.WARNING,
          "the "
              + name
              + " calendar has no public holidays for "
              + year
              + " (it covers "
              + firstYear
              + "-"
              + lastYear
              + "): working-time deadlines in "
              + year
              + " count Monday to Friday and may fall on a holiday; add the year's calendar");
    }
  }

  private static WorkCalendar loadChina() {
    long first = LocalDate.of(CHINA_FIRST_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(CHINA_LAST_YEAR, 12, 31).toEpochDay();
    BitSet working = new BitSet((int) (last - first + 1));
    for (long d = first; d <= last; d++) {
      if (Math.floorMod(d + 3, 7) < 5) {
        working.set((int) (d - first));
      }
    }
    for (int year = CHINA_FIRST_YEAR; year <= CHINA_LAST_YEAR; year++) {
      String resource = "holidays/cn/" + year + ".json";
      try (InputStream in = WorkCalendar.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the bundled calendar " + resource + " is missing");
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        JsonNode doc = StrictJson.readTree(r, resource, "the holiday calendar");
        for (JsonNode day : doc.path("days")) {
          LocalDate date = LocalDate.parse(day.path("date").asText());
          boolean off = day.path("isOffDay").asBoolean();
          long d = date.toEpochDay();
          // A notice also lists the first days of the next year, or the last of the one before.
          if (d >= first && d <= last) {
            working.set((int) (d - first), !off);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled calendar " + resource, e);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("the bundled calendar " + resource + " is damaged", e);
      }
    }
    return new WorkCalendar("cn", CHINA_FIRST_YEAR, CHINA_LAST_YEAR, working);
  }

  @Override
  public String toString() {
    return "WorkCalendar[" + name + "]";
  }
}
