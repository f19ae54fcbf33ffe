package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;

/**
 * The members file ({@value GridFiles#MEMBERS}): one row per member and grid served, with the
 * header {@code member_id,name,grid_code,employment,duties,birth_year,has_smartphone,active_until}.
 *
 * <p>The rows of a member who serves several grids must agree in every column but {@code
 * grid_code}. The format has no column for {@link GridMember#activeFrom()}: a member's first day of
 * service is not written and reads back as unknown. See {@code docs/formats.md} for every column.
 * Read it with {@link GridFiles#loader()}.
 */
public final class MemberCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "member_id",
          "name",
          "grid_code",
          "employment",
          "duties",
          "birth_year",
          "has_smartphone",
          "active_until");

  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int GRID = 2;
  private static final int EMPLOYMENT = 3;
  private static final int DUTIES = 4;
  private static final int BIRTH_YEAR = 5;
  private static final int SMARTPHONE = 6;
  private static final int ACTIVE_UNTIL = 7;

  private MemberCsv() {}

  /**
   * Writes members, in the order given: one row per member and grid served, grids in code order.
   * {@link GridMember#activeFrom()} has no column and is not written.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<GridMember> members, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (GridMember m : members) {
      String duties = m.duties().stream().map(Duty::code).collect(Collectors.joining(";"));
      for (GridCode grid : m.grids()) {
        csv.row(
            List.of(
                m.id(),
                m.name(),
                grid.value(),
                m.employment().code(),
                duties,
                m.birthYear().isPresent() ? Integer.toString(m.birthYear().getAsInt()) : "",
                Boolean.toString(m.hasSmartphone()),
                m.activeUntil().map(LocalDate::toString).orElse("")));
      }
    }
    out.flush();
  }

  /**
   * Reads the rows of a members file into {@code tree}, reporting every bad row; returns whether it
   * was read to its end.
   */
  static boolean read(String source, Reader in, GridTree.Builder tree, ProblemLog problems)
      throws IOException {
    // Line of each member-and-grid row, to report a repeated row, which merging would hide.
    Map<String, Long> rows = new HashMap<>();
    return CsvReader.forEachRecord(source, in, HEADER, problems, r -> readRow(r, tree, rows));
  }

  private static void readRow(CsvRecord r, GridTree.Builder tree, Map<String, Long> rows) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "member id"));
    id.ifPresent(i -> r.subject("member " + i));
    Optional<String> name = r.required(NAME);
    Optional<GridCode> grid = r.required(GRID).flatMap(s -> r.gridCode(s, GRID));
    Optional<Employment> employment =
        r.required(EMPLOYMENT).flatMap(s -> r.code(s, EMPLOYMENT, Employment.class));
    List<Duty> duties = r.codes(r.text(DUTIES), DUTIES, Duty.class);
    OptionalInt birthYear =
        r.optional(BIRTH_YEAR)
            .map(s -> r.wholeNumber(s, BIRTH_YEAR, 1900, Year.now().getValue()))
            .orElse(OptionalInt.empty());
    Optional<Boolean> smartphone = r.required(SMARTPHONE).flatMap(s -> r.bool(s, SMARTPHONE));
    Optional<LocalDate> until = r.optional(ACTIVE_UNTIL).flatMap(s -> r.date(s, ACTIVE_UNTIL));
    if (r.hasProblems()
        || id.isEmpty()
        || name.isEmpty()
        || grid.isEmpty()
        || employment.isEmpty()
        || smartphone.isEmpty()) {
      return;
    }
    Long first = rows.putIfAbsent(id.get() + '\u0000' + grid.get(), r.line());
    if (first != null) {
      r.problem(
          GRID,
          "listed again for grid "
              + grid.get()
              + " (first at "
              + SourceLocation.of(r.location().source(), first)
              + ")");
      return;
    }
    GridMember.Builder m =
        GridMember.builder(id.get(), name.get())
            .grid(grid.get())
            .employment(employment.get())
            .duties(duties)
            .hasSmartphone(smartphone.get());
    birthYear.ifPresent(m::birthYear);
    until.ifPresent(m::activeUntil);
    tree.addMember(m.build(), r.location());
  }
}
