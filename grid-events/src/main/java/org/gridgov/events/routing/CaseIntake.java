package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.Times;
import org.locationtech.jts.geom.Point;

/**
 * Takes in a batch of reports: locates each, groups reports of one incident ({@link
 * EventCorrelator}, with the policy's radius and window), opens one case per group and routes it
 * once ({@link EventRouter}), and writes what happened as {@link AuditRecord}s. A report that
 * cannot be located is listed with the reason, never dropped.
 *
 * <p>The result does not depend on the order of the input: reports are taken in time order, ties by
 * id, and the groups are the connected components of a symmetric relation. A case is named {@code
 * case-} and the id of its first report, leads with the grid of that report, and takes the most
 * severe grade among its reports, with deadlines counted from the first report.
 */
public final class CaseIntake {

  /**
   * One report's row: where it went and who has its case.
   *
   * @param eventId the report
   * @param caseId the case it opened or joined
   * @param grid the grid the report was located in (for a joined report, the case's lead grid may
   *     be a neighbour)
   * @param assignee the member who handles the case, if anyone
   * @param departments the departments that join the case
   * @param level the rung the case sits at after intake
   * @param dueAt when the case must be handled, at the report's offset
   */
  public record Row(
      String eventId,
      String caseId,
      GridCode grid,
      Optional<String> assignee,
      ImmutableList<String> departments,
      LadderLevel level,
      OffsetDateTime dueAt) {
    /** Validates the parts. */
    public Row {
      requireNonNull(eventId, "eventId");
      requireNonNull(caseId, "caseId");
      requireNonNull(grid, "grid");
      requireNonNull(assignee, "assignee");
      requireNonNull(departments, "departments");
      requireNonNull(level, "level");
      requireNonNull(dueAt, "dueAt");
    }
  }

  /**
   * What a batch yielded.
   *
   * @param rows one per routed report, in time order (ties by id)
   * @param cases the cases opened, in the order of their first report
   * @param audit the audit records of intake, in time order
   * @param unroutable the reports that could not be located, with the reason, in time order
   */
  public record Result(
      ImmutableList<Row> rows,
      ImmutableList<GridCase> cases,
      ImmutableList<AuditRecord> audit,
      ImmutableList<Route.Unroutable> unroutable) {

    /** The header of {@code assignments.csv}, exactly. */
    public static final String ASSIGNMENTS_HEADER =
        "event_id,case_id,grid_code,assignee,departments,level,due_at";

    /** The header of {@code unroutable.csv}, exactly. */
    public static final String UNROUTABLE_HEADER = "event_id,reason";

    /**
     * Writes {@code assignments.csv}, {@code audit.jsonl} and {@code unroutable.csv} into {@code
     * dir}, all or nothing (each in full to a temporary file first, then moved into place).
     *
     * @throws java.io.UncheckedIOException if the directory cannot be written
     */
    public void write(Path dir) {
      requireNonNull(dir, "dir");
      Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
      files.put(
          "assignments.csv",
          out -> {
            out.write(ASSIGNMENTS_HEADER);
            out.write('\n');
            CsvWriter csv = new CsvWriter(out);
            for (Row r : rows) {
              csv.row(
                  r.eventId(),
                  r.caseId(),
                  r.grid().value(),
                  r.assignee().orElse(""),
                  String.join(";", r.departments()),
                  r.level().code(),
                  Times.format(r.dueAt()));
            }
          });
      files.put("audit.jsonl", out -> AuditLog.write(audit, out));
      files.put(
          "unroutable.csv",
          out -> {
            out.write(UNROUTABLE_HEADER);
            out.write('\n');
            CsvWriter csv = new CsvWriter(out);
            for (Route.Unroutable u : unroutable) {
              csv.row(u.event().id(), u.reason());
            }
          });
      AtomicFiles.write(dir, files);
    }
  }

  /** The actor intake records under. */
  public static final String ACTOR = "system";

  private static final Comparator<GridEvent> ORDER =
      Comparator.comparing((GridEvent e) -> e.reportedAt().toInstant())
          .thenComparing(GridEvent::id);

  private final EventRouter router;
  private final GridTree tree;
  private final EventCorrelator correlator;

  /**
   * An intake.
   *
   * @param tree the grids, households and buildings (for the position of reports without a point)
   * @param router routes each case; its assigner keeps counting open cases across batches
   */
  public CaseIntake(GridTree tree, EventRouter router) {
    this.tree = requireNonNull(tree, "tree");
    this.router = requireNonNull(router, "router");
    this.correlator = router.policy().correlator();
  }

  /**
   * Takes in a batch of reports.
   *
   * @throws IllegalArgumentException if two reports share an id
   */
  public Result take(Collection<GridEvent> events) {
    requireNonNull(events, "events");
    List<GridEvent> sorted = new ArrayList<>(events);
    sorted.sort(ORDER);
    Set<String> ids = new HashSet<>();
    for (GridEvent e : sorted) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("two reports have the id " + e.id());
      }
    }
    Map<String, Location.Located> located = new HashMap<>();
    List<GridEvent> routable = new ArrayList<>();
    List<Route.Unroutable> unroutable = new ArrayList<>();
    for (GridEvent e : sorted) {
      Location where = router.locator().locate(e);
      if (where instanceof Location.Located l) {
        located.put(e.id(), l);
        routable.add(e);
      } else {
        unroutable.add(new Route.Unroutable(e, ((Location.Rejected) where).reason()));
      }
    }
    List<Row> rows = new ArrayList<>();
    List<GridCase> cases = new ArrayList<>();
    List<AuditRecord> audit = new ArrayList<>();
    for (List<GridEvent> group : correlator.correlate(routable, this::position)) {
      GridEvent lead = group.get(0);
      EventSeverity severity = lead.severity();
      for (GridEvent e : group) {
        if (e.severity().compareTo(severity) < 0) {
          severity = e.severity(); // I is the most severe and comes first
        }
      }
      Route.Routed routed =
          router.dispatch(lead, requireNonNull(located.get(lead.id())), lead.category(), severity);
      String caseId = "case-" + lead.id();
      GridCase c = GridCase.open(caseId, lead, routed.grid().code(), ACTOR);
      ZoneOffset offset = lead.reportedAt().getOffset();
      audit.add(
          new AuditRecord.Opened(
              caseId,
              lead.reportedAt(),
              ACTOR,
              lead.id(),
              routed.grid().code(),
              routed.assignee(),
              routed.departments(),
              routed.level(),
              lead.category(),
              severity,
              routed.acceptBy().atOffset(offset),
              routed.dueAt().atOffset(offset)));
      List<String> joined = new ArrayList<>(group.size() - 1);
      for (GridEvent e : group) {
        if (e != lead) {
          joined.add(e.id());
          audit.add(new AuditRecord.Joined(caseId, e.reportedAt(), ACTOR, e.id()));
        }
        rows.add(
            new Row(
                e.id(),
                caseId,
                requireNonNull(located.get(e.id())).grid().code(),
                routed.assignee(),
                routed.departments(),
                routed.level(),
                routed.dueAt().atOffset(e.reportedAt().getOffset())));
      }
      cases.add(c.withEvents(joined));
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      rank.put(sorted.get(i).id(), i);
    }
    rows.sort(Comparator.comparingInt(r -> rank.get(r.eventId())));
    // Stable sort: an open record stays before the joins of the same instant.
    audit.sort(Comparator.comparing(r -> r.at().toInstant()));
    return new Result(
        ImmutableList.copyOf(rows),
        ImmutableList.copyOf(cases),
        ImmutableList.copyOf(audit),
        ImmutableList.copyOf(unroutable));
  }

  private Optional<Point> position(GridEvent e) {
    return position(tree, e);
  }

  /**
   * Where a report without a point is, for correlation: its household's point, else its building's;
   * empty when neither is known.
   */
  public static Optional<Point> position(GridTree tree, GridEvent e) {
    if (e.householdId().isPresent()) {
      Optional<Point> p = tree.household(e.householdId().get()).flatMap(h -> h.location());
      if (p.isPresent()) {
        return p;
      }
    }
    return e.buildingId().flatMap(tree::building).flatMap(b -> b.location());
  }
}
