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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The patrols file ({@code patrols.csv}): one patrol (上格) per row, with the header {@code
 * patrol_id,member_id,grid_code,started_at,ended_at,households_visited}. Times are ISO-8601 with
 * their offset; {@code households_visited} is a {@code ;}-separated list of household ids, possibly
 * empty. See {@code docs/formats.md}. Reading is all or nothing: every bad row is reported with its
 * line and column.
 */
public final class PatrolCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "patrol_id", "member_id", "grid_code", "started_at", "ended_at", "households_visited");

  private static final int ID = 0;
  private static final int MEMBER = 1;
  private static final int GRID = 2;
  private static final int STARTED = 3;
  private static final int ENDED = 4;
  private static final int HOUSEHOLDS = 5;

  private PatrolCsv() {}

  /**
   * Reads a patrols file.
   *
   * @return the patrols in file order
   * @throws InvalidInputException listing every bad row with its line and column (a missing file is
   *     one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<Patrol> read(Path file) {
    return TextFiles.readCsv(file, "the patrols", PatrolCsv::readText);
  }

  /**
   * Reads patrols from CSV text.
   *
   * @param in the text; read to its end
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad row
   * @throws UncheckedIOException if reading fails
   */
  public static ImmutableList<Patrol> read(Reader in, String source) {
    return TextFiles.read(in, source, PatrolCsv::readText);
  }

  private static ImmutableList<Patrol> readText(Reader in, String source) throws IOException {
    ProblemLog problems = new ProblemLog();
    List<Patrol> out = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    CsvReader.forEachRecord(
        source, in, HEADER, problems, r -> readRow(r, lines).ifPresent(out::add));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the patrols " + source, problems.problems());
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<Patrol> readRow(CsvRecord r, Map<String, Long> lines) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "patrol id"));
    id.ifPresent(i -> r.subject("patrol " + i));
    id.ifPresent(i -> GovernanceFields.unique(r, ID, i, "patrol id", lines));
    Optional<String> member = r.required(MEMBER).flatMap(s -> r.identifier(s, MEMBER, "member id"));
    Optional<GridCode> grid = r.required(GRID).flatMap(s -> r.gridCode(s, GRID));
    Optional<OffsetDateTime> started =
        r.required(STARTED).flatMap(s -> GovernanceFields.time(r, s, STARTED));
    Optional<OffsetDateTime> ended =
        r.required(ENDED).flatMap(s -> GovernanceFields.time(r, s, ENDED));
    List<String> households = new ArrayList<>();
    for (String h : r.items(r.text(HOUSEHOLDS), HOUSEHOLDS)) {
      r.identifier(h, HOUSEHOLDS, "household id").ifPresent(households::add);
    }
    if (new LinkedHashSet<>(households).size() != households.size()) {
      r.problem(HOUSEHOLDS, "names a household twice");
    }
    if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
      r.problem(ENDED, "is before started_at " + GovernanceFields.format(started.get()));
    }
    if (r.hasProblems()
        || id.isEmpty()
        || member.isEmpty()
        || grid.isEmpty()
        || started.isEmpty()
        || ended.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Patrol.of(id.get(), member.get(), grid.get(), started.get(), ended.get(), households));
  }

  /**
   * Writes patrols in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<Patrol> patrols, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (Patrol p : patrols) {
      csv.row(
          p.id(),
          p.memberId(),
          p.grid().value(),
          GovernanceFields.format(p.startedAt()),
          GovernanceFields.format(p.endedAt()),
          String.join(";", p.householdsVisited()));
    }
    out.flush();
  }
}
