package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;

/**
 * The party organisations file ({@value GridFiles#PARTY}): one row per organisation, with the
 * header {@code org_id,name,kind,grid_code}. See {@code docs/formats.md}. Read it with {@link
 * GridFiles#loader()}.
 */
public final class PartyCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("org_id", "name", "kind", "grid_code");

  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int KIND = 2;
  private static final int GRID = 3;

  private PartyCsv() {}

  /**
   * Writes party organisations, in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<PartyOrganization> organizations, Writer out)
      throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (PartyOrganization o : organizations) {
      csv.row(List.of(o.id(), o.name(), o.kind().code(), o.grid().value()));
    }
    out.flush();
  }

  /**
   * Reads the rows of a party organisations file into {@code tree}, reporting every bad row;
   * returns whether it was read to its end.
   */
  static boolean read(String source, Reader in, GridTree.Builder tree, ProblemLog problems)
      throws IOException {
    return CsvReader.forEachRecord(source, in, HEADER, problems, r -> readRow(r, tree));
  }

  private static void readRow(CsvRecord r, GridTree.Builder tree) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "party organisation id"));
    id.ifPresent(i -> r.subject("party organisation " + i));
    Optional<String> name = r.required(NAME);
    Optional<PartyOrganizationKind> kind =
        r.required(KIND).flatMap(s -> r.code(s, KIND, PartyOrganizationKind.class));
    Optional<GridCode> grid = r.required(GRID).flatMap(s -> r.gridCode(s, GRID));
    if (r.hasProblems() || id.isEmpty() || name.isEmpty() || kind.isEmpty() || grid.isEmpty()) {
      return;
    }
    tree.addPartyOrganization(
        new PartyOrganization(id.get(), name.get(), kind.get(), grid.get()), r.location());
  }
}
