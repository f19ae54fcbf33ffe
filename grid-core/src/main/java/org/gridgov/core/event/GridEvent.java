package org.gridgov.core.event;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.Point;

/**
 * One report of a hazard, incident or need (网格事件). Immutable; make one with {@link #builder(String,
 * OffsetDateTime, EventCategory)}.
 *
 * <p>Where it happened is given by at least one of a WGS 84 point, a building, a household or a
 * grid code; a router uses the most precise one given (point, then household, then building, then
 * grid).
 */
public final class GridEvent {

  private final String id;
  private final OffsetDateTime reportedAt;
  private final Optional<Point> location;
  private final Optional<String> buildingId;
  private final Optional<String> householdId;
  private final Optional<GridCode> grid;
  private final EventCategory category;
  private final EventSeverity severity;
  private final EventSource source;
  private final Optional<String> reporter;
  private final String text;

  private GridEvent(GridEvent e, String id) {
    this.id = id;
    this.reportedAt = e.reportedAt;
    this.location = e.location;
    this.buildingId = e.buildingId;
    this.householdId = e.householdId;
    this.grid = e.grid;
    this.category = e.category;
    this.severity = e.severity;
    this.source = e.source;
    this.reporter = e.reporter;
    this.text = e.text;
  }

  /**
   * The same report under another id: for ids that must stay unique beyond the file they came in
   * (reports of several communities, or of several sources, in one store).
   */
  public GridEvent withId(String id) {
    return new GridEvent(this, Checks.id(id, "event id"));
  }

  private GridEvent(Builder b) {
    this.id = b.id;
    this.reportedAt = b.reportedAt;
    this.location = b.location;
    this.buildingId = b.buildingId;
    this.householdId = b.householdId;
    this.grid = b.grid;
    this.category = b.category;
    this.severity = b.severity;
    this.source = b.source;
    this.reporter = b.reporter;
    this.text = b.text;
  }

  /**
   * Starts an event.
   *
   * @param id the event's id, unique among reports
   * @param reportedAt when it was reported, with the reporter's offset
   * @param category what it is about
   */
  public static Builder builder(String id, OffsetDateTime reportedAt, EventCategory category) {
    return new Builder(id, reportedAt, category);
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** When it was reported. */
  public OffsetDateTime reportedAt() {
    return reportedAt;
  }

  /**
   * Where it happened, as a WGS 84 point, if given. JTS points can be changed in place, so each
   * call returns a copy: changing it leaves this event as it was.
   */
  public Optional<Point> location() {
    return location.map(p -> (Point) p.copy());
  }

  /** Whether the event gives a point: {@code location().isPresent()} without copying the point. */
  public boolean hasLocation() {
    return location.isPresent();
  }

  /** The building it happened in, if given. */
  public Optional<String> buildingId() {
    return buildingId;
  }

  /** The household it concerns, if given. */
  public Optional<String> householdId() {
    return householdId;
  }

  /** The grid it was reported in, if given. */
  public Optional<GridCode> grid() {
    return grid;
  }

  /** What it is about. */
  public EventCategory category() {
    return category;
  }

  /** How severe it is. */
  public EventSeverity severity() {
    return severity;
  }

  /** Where the report came from. */
  public EventSource source() {
    return source;
  }

  /** Who reported it (a member id, a device id, a phone), if known. */
  public Optional<String> reporter() {
    return reporter;
  }

  /** The reporter's words; empty string when none. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridEvent e
        && id.equals(e.id)
        && reportedAt.equals(e.reportedAt)
        && location.map(Point::getCoordinate).equals(e.location.map(Point::getCoordinate))
        && buildingId.equals(e.buildingId)
        && householdId.equals(e.householdId)
        && grid.equals(e.grid)
        && category == e.category
        && severity == e.severity
        && source == e.source
        && reporter.equals(e.reporter)
        && text.equals(e.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, reportedAt, category, severity, source);
  }

  @Override
  public String toString() {
    return "event " + id + " (" + category.code() + ", " + severity.code() + ")";
  }

  /** Builds a {@link GridEvent}; each setter checks its argument at once. */
  public static final class Builder {
    private final String id;
    private final OffsetDateTime reportedAt;
    private final EventCategory category;
    private Optional<Point> location = Optional.empty();
    private Optional<String> buildingId = Optional.empty();
    private Optional<String> householdId = Optional.empty();
    private Optional<GridCode> grid = Optional.empty();
    private EventSeverity severity = EventSeverity.ROUTINE;
    private EventSource source = EventSource.MEMBER_PATROL;
    private Optional<String> reporter = Optional.empty();
    private String text = "";

    private Builder(String id, OffsetDateTime reportedAt, EventCategory category) {
      this.id = Checks.id(id, "event id");
      this.reportedAt = requireNonNull(reportedAt, "reportedAt");
      this.category = requireNonNull(category, "category");
    }

    /**
     * Sets the point.
     *
     * @throws IllegalArgumentException if out of WGS 84 ranges
     */
    public Builder location(double lon, double lat) {
      this.location = Optional.of(Wgs84.point(lon, lat));
      return this;
    }

    /** Sets the building. */
    public Builder buildingId(String buildingId) {
      this.buildingId = Optional.of(Checks.id(buildingId, "building id"));
      return this;
    }

    /** Sets the household. */
    public Builder householdId(String householdId) {
      this.householdId = Optional.of(Checks.id(householdId, "household id"));
      return this;
    }

    /** Sets the grid. */
    public Builder grid(GridCode grid) {
      this.grid = Optional.of(requireNonNull(grid, "grid"));
      return this;
    }

    /** Sets the severity; routine by default. */
    public Builder severity(EventSeverity severity) {
      this.severity = requireNonNull(severity, "severity");
      return this;
    }

    /** Sets the source; a member's patrol by default. */
    public Builder source(EventSource source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /** Sets the reporter. */
    public Builder reporter(String reporter) {
      this.reporter = Optional.of(Checks.nonBlank(reporter, "reporter"));
      return this;
    }

    /** Sets the reporter's words. */
    public Builder text(String text) {
      this.text = requireNonNull(text, "text").strip();
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException if no place is given: a point, building, household or grid
     */
    public GridEvent build() {
      if (location.isEmpty() && buildingId.isEmpty() && householdId.isEmpty() && grid.isEmpty()) {
        throw new IllegalStateException(
            "event " + id + " has no place: give a point, a building, a household or a grid");
      }
      return new GridEvent(this);
    }
  }
}
