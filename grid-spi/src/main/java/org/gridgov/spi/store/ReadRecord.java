package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;

/**
 * An audit record of a read of sensitive fields (ID and phone numbers, special-group data): who
 * read what, when and why. A store writes one for every resident or source record a scoped read
 * returns with such a field ({@link ReadLog}).
 *
 * @param at when it was read
 * @param caller who read it ({@link Scope#caller()})
 * @param reason why the caller may see it ({@link Scope#reason()})
 * @param subject what was read: {@code resident <id>} or {@code record <id>}
 * @param grid the grid of the resident read, if placed in one
 * @param fields the sensitive fields it held, by name
 */
public record ReadRecord(
    Instant at,
    String caller,
    String reason,
    String subject,
    Optional<GridCode> grid,
    ImmutableSortedSet<String> fields) {

  /**
   * The fields whose reading is audited: protected and special-group fields (and every further
   * protected field, {@link GoldenResident#isProtectedField}).
   */
  public static final ImmutableList<String> AUDITED =
      ImmutableList.<String>builder()
          .addAll(GoldenResident.PROTECTED_FIELDS)
          .addAll(GoldenResident.SPECIAL_GROUP_FIELDS)
          .build();

  /** Validates the parts. */
  public ReadRecord {
    requireNonNull(at, "at");
    requireNonNull(caller, "caller");
    requireNonNull(reason, "reason");
    requireNonNull(subject, "subject");
    requireNonNull(grid, "grid");
    requireNonNull(fields, "fields");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a read record names the sensitive fields read");
    }
  }

  /** The record of {@code scope} reading a golden resident, if it showed a sensitive field. */
  public static Optional<ReadRecord> of(Scope scope, GoldenResident shown, Instant at) {
    return of(scope, "resident " + shown.residentId(), shown.grid(), shown.fields().keySet(), at);
  }

  /** The record of {@code scope} reading a source record, if it showed a sensitive field. */
  public static Optional<ReadRecord> of(
      Scope scope, SourceRecord shown, Optional<GridCode> grid, Instant at) {
    return of(scope, "record " + shown.recordId(), grid, shown.fields().keySet(), at);
  }

  private static Optional<ReadRecord> of(
      Scope scope,
      String subject,
      Optional<GridCode> grid,
      java.util.Set<String> names,
      Instant at) {
    ImmutableSortedSet<String> sensitive =
        names.stream()
            .filter(f -> AUDITED.contains(f) || GoldenResident.isProtectedField(f))
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    if (sensitive.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReadRecord(at, scope.caller(), scope.reason(), subject, grid, sensitive));
  }

  /**
   * Whether a record is within a scope: everything sees every record, a grid scope the reads of
   * residents in its grids, other scopes none.
   */
  public boolean within(Scope scope) {
    return switch (scope.kind()) {
      case EVERYTHING -> true;
      case GRIDS -> grid.map(scope::covers).orElse(false);
      case DEPARTMENTS, NOTHING -> false;
    };
  }
}
