package org.gridgov.events.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.CsvWriter;

/**
 * Patrol coverage (上格制度) per grid and per member, beside the {@link SupervisionReport}: how often
 * each grid was patrolled up to a day, for how long, how many households were called on, and how
 * long ago the last patrol was. Patrols that start after the day are left out. Given the grid tree,
 * the micro grids nobody patrolled and the active members who patrolled nowhere get a row too, with
 * no patrols and no last patrol. Immutable.
 */
public final class PatrolCoverage {

  /** The CSV header of {@link #write(Path)}; a public contract. */
  public static final String HEADER =
      "scope,id,patrols,hours,households_visited,last_patrol,days_since_last_patrol";

  /** What a row is about. */
  public enum Scope {
    /** A grid, by its code. */
    GRID,
    /** A member, by their id. */
    MEMBER;

    /** The lower-case code used in the CSV. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row.
   *
   * @param scope grid or member
   * @param id the grid code or member id
   * @param patrols how many patrols
   * @param hours their total length in hours
   * @param householdsVisited distinct households called on
   * @param lastPatrol the day the latest patrol started; empty when none
   * @param daysSinceLastPatrol days from it to the report's day; empty when none
   */
  public record Row(
      Scope scope,
      String id,
      int patrols,
      double hours,
      int householdsVisited,
      Optional<LocalDate> lastPatrol,
      OptionalLong daysSinceLastPatrol) {

    /** Checks the row. */
    public Row {
      requireNonNull(scope, "scope");
      requireNonNull(id, "id");
      requireNonNull(lastPatrol, "lastPatrol");
      requireNonNull(daysSinceLastPatrol, "daysSinceLastPatrol");
    }
  }

  private final LocalDate asOf;
  private final ImmutableList<Row> rows;

  private PatrolCoverage(LocalDate asOf, ImmutableList<Row> rows) {
    this.asOf = asOf;
    this.rows = rows;
  }

  /**
   * The coverage of {@code patrols} up to and including {@code asOf}.
   *
   * @param patrols the patrols, in any order
   * @param asOf the report's day
   */
  public static PatrolCoverage of(Collection<Patrol> patrols, LocalDate asOf) {
    requireNonNull(patrols, "patrols");
    requireNonNull(asOf, "asOf");
    Map<String, Acc> grids = new TreeMap<>();
    Map<String, Acc> members = new TreeMap<>();
    for (Patrol p : patrols) {
      if (p.startedAt().toLocalDate().isAfter(asOf)) {
        continue;
      }
      grids.computeIfAbsent(p.grid().value(), k -> new Acc()).add(p);
      members.computeIfAbsent(p.memberId(), k -> new Acc()).add(p);
    }
    return build(grids, members, asOf);
  }

  /**
   * The coverage of {@code patrols} up to and including {@code asOf}, with a row for every micro
   * grid of {@code tree} and every member active on {@code asOf}, patrolled or not.
   *
   * @param tree the grids and members
   * @param patrols the patrols, in any order
   * @param asOf the report's day
   */
  public static PatrolCoverage of(GridTree tree, Collection<Patrol> patrols, LocalDate asOf) {
    requireNonNull(tree, "tree");
    requireNonNull(patrols, "patrols");
    requireNonNull(asOf, "asOf");
    Map<String, Acc> grids = new TreeMap<>();
    Map<String, Acc> members = new TreeMap<>();
    tree.grids(GridLevel.MICRO).forEach(g -> grids.put(g.code().value(), new Acc()));
    tree.members().stream()
        .filter(m -> m.isActiveOn(asOf))
        .forEach(m -> members.put(m.id(), new Acc()));
    for (Patrol p : patrols) {
      if (p.startedAt().toLocalDate().isAfter(asOf)) {
        continue;
      }
      grids.computeIfAbsent(p.grid().value(), k -> new Acc()).add(p);
      members.computeIfAbsent(p.memberId(), k -> new Acc()).add(p);
    }
    return build(grids, members, asOf);
  }

  private static PatrolCoverage build(
      Map<String, Acc> grids, Map<String, Acc> members, LocalDate asOf) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    grids.forEach((id, a) -> rows.add(a.row(Scope.GRID, id, asOf)));
    members.forEach((id, a) -> rows.add(a.row(Scope.MEMBER, id, asOf)));
    return new PatrolCoverage(asOf, rows.build());
  }

  /** Sums over the patrols of one grid or member. */
  private static final class Acc {
    int patrols;
    Duration time = Duration.ZERO;
    final Set<String> households = new HashSet<>();
    Optional<LocalDate> last = Optional.empty();

    void add(Patrol p) {
      patrols++;
      time = time.plus(Duration.between(p.startedAt(), p.endedAt()));
      households.addAll(p.householdsVisited());
      LocalDate day = p.startedAt().toLocalDate();
      if (last.isEmpty() || day.isAfter(last.get())) {
        last = Optional.of(day);
      }
    }

    Row row(Scope scope, String id, LocalDate asOf) {
      return new Row(
          scope,
          id,
          patrols,
          time.toMinutes() / 60.0,
          households.size(),
          last,
          last.isPresent()
              ? OptionalLong.of(ChronoUnit.DAYS.between(last.get(), asOf))
              : OptionalLong.empty());
    }
  }

  /** The report's day. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The rows: grids by code, then members by id. Without the tree, grids and members with no patrol
   * have no row.
   */
  public ImmutableList<Row> rows() {
    return rows;
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
              Integer.toString(r.patrols()),
              String.format(Locale.ROOT, "%.1f", r.hours()),
              Integer.toString(r.householdsVisited()),
              r.lastPatrol().map(LocalDate::toString).orElse(""),
              r.daysSinceLastPatrol().isPresent()
                  ? Long.toString(r.daysSinceLastPatrol().getAsLong())
                  : ""
            });
  }
}
