package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The tasks file ({@code tasks.csv}): one task a department pushed to a grid per row, with the
 * header {@code task_id,department,kind,grid_code,member_id,assigned_at,due_at}. {@code department}
 * and {@code kind} are codes as in the duty catalogue; {@code member_id} and {@code due_at} may be
 * empty; times are ISO-8601 with their offset. See {@code docs/formats.md}. Reading is all or
 * nothing: every bad row is reported with its line and column.
 */
public final class TaskCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "task_id", "department", "kind", "grid_code", "member_id", "assigned_at", "due_at");

  private static final int ID = 0;
  private static final int DEPARTMENT = 1;
  private static final int KIND = 2;
  private static final int GRID = 3;
  private static final int MEMBER = 4;
  private static final int ASSIGNED = 5;
  private static final int DUE = 6;

  private TaskCsv() {}

  /**
   * Reads a tasks file.
   *
   * @return the tasks in file order
   * @throws InvalidInputException listing every bad row with its line and column (a missing file is
   *     one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<GridTask> read(Path file) {
    return TextFiles.readCsv(file, "the tasks", TaskCsv::readText);
  }

  /**
   * Reads tasks from CSV text.
   *
   * @param in the text; read to its end
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row
   * @throws UncheckedIOException if reading fails
   */
  public static ImmutableList<GridTask> read(Reader in, String source) {
    return TextFiles.read(in, source, TaskCsv::readText);
  }

  private static ImmutableList<GridTask> readText(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<GridTask> out = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    CsvReader.forEachRecord(
        source, in, HEADER, problems, r -> readRow(r, lines).ifPresent(out::add));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the tasks " + source, problems.problems());
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<GridTask> readRow(CsvRecord r, Map<String, Long> lines) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "task id"));
    id.ifPresent(i -> r.subject("task " + i));
    id.ifPresent(i -> GovernanceFields.unique(r, ID, i, "task id", lines));
    Optional<String> department =
        r.required(DEPARTMENT)
            .flatMap(
                s ->
                    GovernanceFields.checked(
                        r, DEPARTMENT, () -> DutyKind.checkCode(s, "department")));
    Optional<String> kind =
        r.required(KIND)
            .flatMap(s -> GovernanceFields.checked(r, KIND, () -> DutyKind.checkCode(s, "kind")));
    Optional<GridCode> grid = r.required(GRID).flatMap(s -> r.gridCode(s, GRID));
    Optional<String> member = r.optional(MEMBER).flatMap(s -> r.identifier(s, MEMBER, "member id"));
    Optional<OffsetDateTime> assigned =
        r.required(ASSIGNED).flatMap(s -> GovernanceFields.time(r, s, ASSIGNED));
    Optional<OffsetDateTime> due = r.optional(DUE).flatMap(s -> GovernanceFields.time(r, s, DUE));
    if (assigned.isPresent() && due.isPresent() && due.get().isBefore(assigned.get())) {
      r.problem(DUE, "is before assigned_at " + GovernanceFields.format(assigned.get()));
    }
    if (r.hasProblems()
        || id.isEmpty()
        || department.isEmpty()
        || kind.isEmpty()
        || grid.isEmpty()
        || assigned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new GridTask(
            id.get(), department.get(), kind.get(), grid.get(), member, assigned.get(), due));
  }

  /**
   * Writes tasks in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<GridTask> tasks, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (GridTask t : tasks) {
      csv.row(
          t.id(),
          t.department(),
          t.kind(),
          t.grid().value(),
          t.memberId().orElse(""),
          GovernanceFields.format(t.assignedAt()),
          t.dueAt().map(GovernanceFields::format).orElse(""));
    }
    out.flush();
  }
}
