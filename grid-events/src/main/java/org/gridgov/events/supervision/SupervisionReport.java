package org.gridgov.events.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.events.routing.AuditRecord;

/**
 * Statistics per grid, member and department from an audit log: how many cases each had, the median
 * minutes to accept and to close them, and the share that was escalated or overdue.
 *
 * <p>A case counts for the grid that leads it, the member assigned at intake (the one expected to
 * accept it) and each department that joined it, plus once in the {@code all} row. It is
 * <em>accepted</em> at its first move to {@code accepted} (or to {@code dispatched}, when a level
 * above takes an escalated case), <em>handled</em> at its first move to {@code resolved}, {@code
 * closed}, {@code merged} or {@code rejected}, and <em>closed</em> at its first move to {@code
 * closed}. It is <em>escalated</em> when any move went to {@code escalated}, and <em>overdue</em>
 * when it was accepted after its accept-by time or handled after its due time — a case still
 * waiting counts as overdue once the log's last entry is past the deadline. Records of cases the
 * log never opened (an older log rotated away) are counted and left out.
 */
public final class SupervisionReport {

  /** The header of the CSV, exactly. */
  public static final String HEADER =
      "scope,id,cases,median_minutes_to_accept,median_minutes_to_close,share_escalated,"
          + "share_overdue";

  /** What a row is about. */
  public enum Scope {
    /** Every case of the log. */
    ALL,
    /** The grid that leads the cases. */
    GRID,
    /** The member assigned at intake. */
    MEMBER,
    /** A department that joined. */
    DEPARTMENT;

    /** The lower-case code used in the CSV. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row.
   *
   * @param scope what the row is about
   * @param id the grid code, member id or department name; {@code all} for the whole log
   * @param cases how many cases
   * @param medianMinutesToAccept the median minutes from report to acceptance, over accepted cases
   * @param medianMinutesToClose the median minutes from report to closing, over closed cases
   * @param shareEscalated the share of cases escalated, 0–1
   * @param shareOverdue the share of cases overdue, 0–1
   */
  public record Row(
      Scope scope,
      String id,
      int cases,
      OptionalDouble medianMinutesToAccept,
      OptionalDouble medianMinutesToClose,
      double shareEscalated,
      double shareOverdue) {}

  private static final Set<CaseState> HANDLED =
      EnumSet.of(CaseState.RESOLVED, CaseState.CLOSED, CaseState.MERGED, CaseState.REJECTED);

  /** What the log says about one case. */
  private static final class Case {
    final AuditRecord.Opened opened;
    Optional<Instant> accepted = Optional.empty();
    Optional<Instant> handled = Optional.empty();
    Optional<Instant> closed = Optional.empty();
    boolean escalated;

    Case(AuditRecord.Opened opened) {
      this.opened = opened;
    }

    boolean overdue(Instant asOf) {
      Instant acceptBy = opened.acceptBy().toInstant();
      Instant dueAt = opened.dueAt().toInstant();
      Instant acceptedOrNow = accepted.or(() -> handled).orElse(asOf);
      return acceptedOrNow.isAfter(acceptBy) || handled.orElse(asOf).isAfter(dueAt);
    }
  }

  private final ImmutableList<Row> rows;
  private final long orphans;

  private SupervisionReport(ImmutableList<Row> rows, long orphans) {
    this.rows = rows;
    this.orphans = orphans;
  }

  /** Computes the statistics of an audit log, given oldest first. */
  public static SupervisionReport of(List<AuditRecord> log) {
    requireNonNull(log, "log");
    Map<String, Case> cases = new LinkedHashMap<>();
    long orphans = 0;
    Instant asOf = Instant.MIN;
    for (AuditRecord r : log) {
      if (r.at().toInstant().isAfter(asOf)) {
        asOf = r.at().toInstant();
      }
      if (r instanceof AuditRecord.Opened o) {
        cases.putIfAbsent(o.caseId(), new Case(o));
        continue;
      }
      Case c = cases.get(r.caseId());
      if (c == null) {
        orphans++;
        continue;
      }
      if (r instanceof AuditRecord.Moved m) {
        Instant at = m.at().toInstant();
        CaseState to = m.to();
        if (c.accepted.isEmpty()
            && (to == CaseState.ACCEPTED
                || (to == CaseState.DISPATCHED && m.from() == CaseState.ESCALATED))) {
          c.accepted = Optional.of(at);
        }
        if (c.handled.isEmpty() && HANDLED.contains(to)) {
          c.handled = Optional.of(at);
        }
        if (c.closed.isEmpty() && to == CaseState.CLOSED) {
          c.closed = Optional.of(at);
        }
        c.escalated |= to == CaseState.ESCALATED;
      }
    }
    Map<Key, List<Case>> groups = new TreeMap<>(Key.ORDER);
    for (Case c : cases.values()) {
      groups.computeIfAbsent(new Key(Scope.ALL, "all"), k -> new ArrayList<>()).add(c);
      groups
          .computeIfAbsent(new Key(Scope.GRID, c.opened.grid().value()), k -> new ArrayList<>())
          .add(c);
      c.opened
          .assignee()
          .ifPresent(
              m -> groups.computeIfAbsent(new Key(Scope.MEMBER, m), k -> new ArrayList<>()).add(c));
      for (String d : c.opened.departments()) {
        groups.computeIfAbsent(new Key(Scope.DEPARTMENT, d), k -> new ArrayList<>()).add(c);
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Instant end = asOf;
    groups.forEach(
        (key, list) -> {
          Scope scope = key.scope();
          String id = key.id();
          List<Double> accept = new ArrayList<>();
          List<Double> close = new ArrayList<>();
          int escalated = 0;
          int overdue = 0;
          for (Case c : list) {
            Instant opened = c.opened.at().toInstant();
            c.accepted.ifPresent(a -> accept.add(minutes(opened, a)));
            c.closed.ifPresent(a -> close.add(minutes(opened, a)));
            escalated += c.escalated ? 1 : 0;
            overdue += c.overdue(end) ? 1 : 0;
          }
          rows.add(
              new Row(
                  scope,
                  id,
                  list.size(),
                  median(accept),
                  median(close),
                  (double) escalated / list.size(),
                  (double) overdue / list.size()));
        });
    return new SupervisionReport(rows.build(), orphans);
  }

  /** What a row is about, sorted by scope (all, grid, member, department), then id. */
  private record Key(Scope scope, String id) {
    static final java.util.Comparator<Key> ORDER =
        java.util.Comparator.comparing(Key::scope).thenComparing(Key::id);
  }

  private static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 60_000.0;
  }

  private static OptionalDouble median(List<Double> values) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    values.sort(null);
    int n = values.size();
    return OptionalDouble.of(
        n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
  }

  /** The rows: {@code all} first, then grids, members and departments, each by id. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** How many records named a case the log never opened; they are left out. */
  public long orphanRecords() {
    return orphans;
  }

  /**
   * Writes the rows as CSV ({@link #HEADER}), all or nothing.
   *
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    CsvWriter.writeFile(
        file,
        HEADER,
        rows,
        r ->
            new String[] {
              r.scope().code(),
              r.id(),
              Integer.toString(r.cases()),
              format(r.medianMinutesToAccept()),
              format(r.medianMinutesToClose()),
              String.format(Locale.ROOT, "%.3f", r.shareEscalated()),
              String.format(Locale.ROOT, "%.3f", r.shareOverdue())
            });
  }

  private static String format(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : "";
  }
}
