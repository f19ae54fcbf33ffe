package org.gridgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.household.Tags;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.CsvReader;
import org.gridgov.core.internal.CsvRecord;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.problem.SourceLocation;

/**
 * The households file ({@value GridFiles#HOUSEHOLDS}): one row per household and grid it is
 * assigned to, with the header {@code
 * household_id,grid_code,address,building_id,lon,lat,size,villager_group,tags}.
 *
 * <p>A household with an empty {@code grid_code} is unassigned and must have no other row; a
 * household on two rows with two grid codes is assigned to both (a double assignment, which the
 * model keeps for the validators to report), and its rows must agree in every other column. See
 * {@code docs/formats.md} for every column. Read it with {@link GridFiles#loader()}.
 */
public final class HouseholdCsv {

  /** The header, exactly. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "household_id",
          "grid_code",
          "address",
          "building_id",
          "lon",
          "lat",
          "size",
          "villager_group",
          "tags");

  private static final int ID = 0;
  private static final int GRID = 1;
  private static final int ADDRESS = 2;
  private static final int BUILDING = 3;
  private static final int LON = 4;
  private static final int LAT = 5;
  private static final int SIZE = 6;
  private static final int VILLAGER_GROUP = 7;
  private static final int TAGS = 8;

  /** The upper bound of the model's household size. */
  private static final int MAX_SIZE = 1000;

  private HouseholdCsv() {}

  /**
   * Writes every household of a tree: one row per grid it is assigned to, one row with an empty
   * {@code grid_code} when it has none. Households come in the tree's order. Buildings and
   * residents are not part of this format and are not written.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(GridTree tree, Writer out) throws IOException {
    requireNonNull(tree, "tree");
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (Household h : tree.households()) {
      ImmutableSet<GridCode> grids = tree.gridsOf(h.id());
      if (grids.isEmpty()) {
        csv.row(fields(h, ""));
      }
      for (GridCode g : grids) {
        csv.row(fields(h, g.value()));
      }
    }
    out.flush();
  }

  private static List<String> fields(Household h, String grid) {
    List<String> tags = new ArrayList<>();
    h.specialGroups().forEach(g -> tags.add(g.code()));
    tags.addAll(h.tags());
    return List.of(
        h.id(),
        grid,
        h.address(),
        h.buildingId().orElse(""),
        h.location().map(p -> CsvWriter.decimal(p.getX())).orElse(""),
        h.location().map(p -> CsvWriter.decimal(p.getY())).orElse(""),
        Integer.toString(h.size()),
        h.villagerGroup().orElse(""),
        String.join(";", tags));
  }

  /**
   * Reads the rows of a households file into {@code tree}, reporting every bad row to {@code
   * problems}; returns whether it was read to its end.
   */
  static boolean read(String source, Reader in, GridTree.Builder tree, ProblemLog problems)
      throws IOException {
    // Line of each household's first row; negative when that row had no grid. Needed to report a
    // household listed both with and without a grid, which would otherwise pass as one household.
    Map<String, Long> firstRows = new HashMap<>();
    return CsvReader.forEachRecord(source, in, HEADER, problems, r -> readRow(r, tree, firstRows));
  }

  private static void readRow(CsvRecord r, GridTree.Builder tree, Map<String, Long> firstRows) {
    Optional<String> id = r.required(ID).flatMap(s -> r.identifier(s, ID, "household id"));
    id.ifPresent(i -> r.subject("household " + i));
    Optional<GridCode> grid = r.optional(GRID).flatMap(s -> r.gridCode(s, GRID));
    Optional<String> building =
        r.optional(BUILDING).flatMap(s -> r.identifier(s, BUILDING, "building id"));
    Optional<double[]> location = r.lonLat(LON, LAT);
    OptionalInt size =
        r.required(SIZE).map(s -> r.wholeNumber(s, SIZE, 0, MAX_SIZE)).orElse(OptionalInt.empty());
    Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
    List<String> freeTags = new ArrayList<>();
    for (String tag : r.items(r.text(TAGS), TAGS)) {
      try {
        Tags.Split split = Tags.split(List.of(tag));
        groups.addAll(split.specialGroups());
        freeTags.addAll(split.freeTags());
      } catch (IllegalArgumentException e) {
        r.problem(TAGS, Checks.messageOf(e));
      }
    }
    if (r.hasProblems() || id.isEmpty() || size.isEmpty()) {
      return;
    }
    Household.Builder h =
        Household.builder(id.get())
            .address(r.text(ADDRESS))
            .size(size.getAsInt())
            .specialGroups(groups)
            .tags(freeTags);
    building.ifPresent(h::buildingId);
    location.ifPresent(p -> h.location(p[0], p[1]));
    r.optional(VILLAGER_GROUP).ifPresent(h::villagerGroup);
    Household household = h.build();

    long line = r.line();
    Long first = firstRows.putIfAbsent(household.id(), grid.isPresent() ? line : -line);
    if (first != null && (grid.isEmpty() || first < 0)) {
      String firstAt = SourceLocation.of(r.location().source(), Math.abs(first)).toString();
      r.problem(
          GRID,
          (grid.isEmpty() ? "listed again without a grid" : "listed with grid " + grid.get())
              + " but already listed "
              + (first < 0 ? "without a grid" : "with a grid")
              + " at "
              + firstAt
              + "; list a household once per grid it is assigned to, or once"
              + " with an empty grid_code");
      return;
    }
    tree.addHousehold(household, r.location());
    grid.ifPresent(g -> tree.assign(household.id(), g, r.location(GRID)));
  }
}
