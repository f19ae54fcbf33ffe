package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.SourceLocation;

/**
 * The events file: one report per row, with the header {@code
 * event_id,reported_at,lon,lat,building_id,household_id,grid_code,category,severity,source,text}.
 *
 * <p>{@code reported_at} is an ISO-8601 date and time with its offset ({@code
 * 2026-03-01T09:15:00+08:00}); the place is any of a point ({@code lon} and {@code lat} together),
 * a building, a household or a grid, at least one; {@code category}, {@code severity} and {@code
 * source} are the lower-case codes of {@code docs/events.md}, where an empty {@code severity} means
 * {@code routine}. An unknown code, a missing place or a repeated event id is an error naming the
 * line and column — never a silent default. Reading is all or nothing.
 */
public final class EventCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "event_id",
          "reported_at",
          "lon",
          "lat",
          "building_id",
          "household_id",
          "grid_code",
          "category",
          "severity",
          "source",
          "text");

  private static final int ID = 0;
  private static final int AT = 1;
  private static final int LON = 2;
  private static final int LAT = 3;
  private static final int BUILDING = 4;
  private static final int HOUSEHOLD = 5;
  private static final int GRID = 6;
  private static final int CATEGORY = 7;
  private static final int SEVERITY = 8;
  private static final int SOURCE = 9;
  private static final int TEXT = 10;

  private EventCsv() {}

  /**
   * Reads an events file.
   *
   * @return the events in file order
   * @throws InvalidInputException listing every bad row with its line and column (a missing file is
   *     one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<GridEvent> read(Path file) {
    return TextFiles.readCsv(file, "the events", EventCsv::readText);
  }

  /**
   * Reads events from CSV text.
   *
   * @param in the text; read to its end and closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static ImmutableList<GridEvent> read(Reader in, String source) {
    return TextFiles.read(in, source, EventCsv::readText);
  }

  private static ImmutableList<GridEvent> readText(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<GridEvent> events = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    CsvReader.forEachRecord(
        source, in, HEADER, problems, r -> readRow(r, lines).ifPresent(events::add));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the events " + source, problems.problems());
    }
    return ImmutableList.copyOf(events);
  }

  private static Optional<GridEvent> readRow(CsvRecord r, Map<String, Long> lines) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "event id"));
    id.ifPresent(i -> r.subject("event " + i));
    Optional<OffsetDateTime> at = r.required(AT).flatMap(s -> time(r, s));
    Optional<double[]> point = r.lonLat(LON, LAT);
    Optional<String> building =
        r.optional(BUILDING).flatMap(s -> r.identifier(s, BUILDING, "building id"));
    Optional<String> household =
        r.optional(HOUSEHOLD).flatMap(s -> r.identifier(s, HOUSEHOLD, "household id"));
    Optional<GridCode> grid = r.optional(GRID).flatMap(s -> r.gridCode(s, GRID));
    Optional<EventCategory> category =
        r.required(CATEGORY).flatMap(s -> parse(r, CATEGORY, () -> EventCategory.fromCode(s)));
    Optional<EventSeverity> severity =
        r.optional(SEVERITY)
            .map(s -> parse(r, SEVERITY, () -> EventSeverity.fromCode(s)))
            .orElse(Optional.of(EventSeverity.ROUTINE));
    Optional<EventSource> source =
        r.required(SOURCE).flatMap(s -> parse(r, SOURCE, () -> EventSource.fromCode(s)));
    if (!r.hasProblems()
        && point.isEmpty()
        && building.isEmpty()
        && household.isEmpty()
        && grid.isEmpty()) {
      r.problem(
          LON, "gives no place; give lon and lat, a building_id, a household_id or a grid_code");
    }
    if (id.isPresent()) {
      Long first = lines.putIfAbsent(id.get(), r.line());
      if (first != null) {
        r.problem(
            ID,
            "repeats the event id first used at "
                + SourceLocation.of(r.location().source(), first));
      }
    }
    if (r.hasProblems()
        || id.isEmpty()
        || at.isEmpty()
        || category.isEmpty()
        || severity.isEmpty()
        || source.isEmpty()) {
      return Optional.empty();
    }
    GridEvent.Builder e =
        GridEvent.builder(id.get(), at.get(), category.get())
            .severity(severity.get())
            .source(source.get())
            .text(r.text(TEXT));
    point.ifPresent(p -> e.location(p[0], p[1]));
    building.ifPresent(e::buildingId);
    household.ifPresent(e::householdId);
    grid.ifPresent(e::grid);
    return Optional.of(e.build());
  }

  private static Optional<OffsetDateTime> time(CsvRecord r, String s) {
    try {
      return Optional.of(Checks.offsetDateTime(s));
    } catch (DateTimeParseException e) {
      r.problem(AT, Times.refusal(s, e));
      return Optional.empty();
    }
  }

  private static <T> Optional<T> parse(
      CsvRecord r, int column, java.util.function.Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (IllegalArgumentException e) {
      r.problem(column, Checks.messageOf(e));
      return Optional.empty();
    }
  }

  /**
   * Writes events in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<GridEvent> events, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (GridEvent e : events) {
      csv.row(
          e.id(),
          Times.format(e.reportedAt()),
          e.location().map(p -> CsvWriter.decimal(p.getX())).orElse(""),
          e.location().map(p -> CsvWriter.decimal(p.getY())).orElse(""),
          e.buildingId().orElse(""),
          e.householdId().orElse(""),
          e.grid().map(GridCode::value).orElse(""),
          e.category().code(),
          e.severity().code(),
          e.source().code(),
          e.text());
    }
    out.flush();
  }
}
