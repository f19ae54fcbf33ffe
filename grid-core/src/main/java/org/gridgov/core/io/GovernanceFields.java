package org.gridgov.core.io;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.SourceLocation;

/** Field readers shared by the governance files' readers. */
final class GovernanceFields {

  private GovernanceFields() {}

  /** An ISO-8601 date and time with its offset; reported at {@code column} otherwise. */
  static Optional<OffsetDateTime> time(CsvRecord r, String s, int column) {
    try {
      return Optional.of(Times.parse(s));
    } catch (DateTimeParseException e) {
      r.problem(column, Times.refusal(s, e));
      return Optional.empty();
    }
  }

  /** A time as the files write it: {@code 2026-03-01T09:15:00+08:00} ({@link Times#format}). */
  static String format(OffsetDateTime t) {
    return Times.format(t);
  }

  /** A value whose constructor checks it; its message is reported at {@code column}. */
  static <T> Optional<T> checked(CsvRecord r, int column, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      r.problem(column, Checks.messageOf(e));
      return Optional.empty();
    }
  }

  /** Reports an id already used on an earlier line of the same file. */
  static void unique(CsvRecord r, int column, String id, String what, Map<String, Long> lines) {
    Long first = lines.putIfAbsent(id, r.line());
    if (first != null) {
      r.problem(
          column,
          "repeats the "
              + what
              + " first used at "
              + SourceLocation.of(r.location().source(), first));
    }
  }
}
