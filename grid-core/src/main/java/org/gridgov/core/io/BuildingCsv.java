package org.gridgov.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;

/**
 * The optional buildings file ({@value GridFiles#BUILDINGS}): one row per building, with the header
 * {@code building_id,address,lon,lat,floors}. It records what households alone cannot say: a
 * building's own position and its number of floors, which the door-to-door workload estimate needs.
 * Buildings that households name but this file does not list are still known (see {@link
 * GridTree#buildings()}). See {@code docs/formats.md}. Read it with {@link GridFiles#loader()}.
 */
public final class BuildingCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("building_id", "address", "lon", "lat", "floors");

  private static final int ID = 0;
  private static final int ADDRESS = 1;
  private static final int LON = 2;
  private static final int LAT = 3;
  private static final int FLOORS = 4;

  private BuildingCsv() {}

  /**
   * Writes buildings, in the order given.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Collection<Building> buildings, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (Building b : buildings) {
      csv.row(
          List.of(
              b.id(),
              b.address(),
              b.location().map(p -> CsvWriter.decimal(p.getX())).orElse(""),
              b.location().map(p -> CsvWriter.decimal(p.getY())).orElse(""),
              b.floors().isPresent() ? Integer.toString(b.floors().getAsInt()) : ""));
    }
    out.flush();
  }

  /**
   * Reads the rows of a buildings file into {@code tree}, reporting every bad row; returns whether
   * it was read to its end.
   */
  static boolean read(String source, Reader in, GridTree.Builder tree, ProblemLog problems)
      throws IOException {
    return CsvReader.forEachRecord(source, in, HEADER, problems, r -> readRow(r, tree));
  }

  private static void readRow(CsvRecord r, GridTree.Builder tree) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "building id"));
    id.ifPresent(i -> r.subject("building " + i));
    Optional<double[]> lonLat = r.lonLat(LON, LAT);
    Optional<String> floorsText = r.optional(FLOORS);
    OptionalInt floors =
        floorsText.isPresent()
            ? r.wholeNumber(floorsText.get(), FLOORS, 1, 300)
            : OptionalInt.empty();
    if (r.hasProblems() || id.isEmpty()) {
      return;
    }
    tree.addBuilding(
        new Building(id.get(), r.text(ADDRESS), lonLat.map(p -> Wgs84.point(p[0], p[1])), floors),
        r.location());
  }
}
