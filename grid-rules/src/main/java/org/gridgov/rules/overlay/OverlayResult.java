package org.gridgov.rules.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.internal.AtomicFiles;

/**
 * What {@link GridOverlay} found: the mapping of departmental cells onto grids, the grids that cell
 * boundaries cut through, and the areas one layer covers and the other does not.
 *
 * @param mapping one row per cell and grid that overlap by more than the tolerance, by cell then
 *     grid code
 * @param cuts the finest territorial grids divided between two or more cells, by grid code
 * @param uncovered grids not wholly covered by cells, and cells not wholly inside grids
 */
public record OverlayResult(
    ImmutableList<Mapping> mapping, ImmutableList<Cut> cuts, ImmutableList<Uncovered> uncovered) {

  /** The header of {@code mapping.csv}, a public contract. */
  public static final String MAPPING_HEADER =
      "cell_id,department,grid_code,grid_level,intersection_m2,share_of_cell,share_of_grid";

  /** The header of {@code cuts.csv}, a public contract. */
  public static final String CUTS_HEADER =
      "department,grid_code,cells,largest_share,smallest_part_m2";

  /** The header of {@code uncovered.csv}, a public contract. */
  public static final String UNCOVERED_HEADER = "department,kind,id,uncovered_m2,share";

  /** Validates the parts. */
  public OverlayResult {
    requireNonNull(mapping, "mapping");
    requireNonNull(cuts, "cuts");
    requireNonNull(uncovered, "uncovered");
  }

  /**
   * A cell and a grid that overlap.
   *
   * @param cellId the cell
   * @param department the cell's department, if given
   * @param grid the grid
   * @param level the grid's level
   * @param squareMetres the area they share
   * @param shareOfCell that area as a share of the cell's, 0–1
   * @param shareOfGrid that area as a share of the grid's, 0–1
   */
  public record Mapping(
      String cellId,
      Optional<String> department,
      GridCode grid,
      GridLevel level,
      double squareMetres,
      double shareOfCell,
      double shareOfGrid) {}

  /**
   * A grid divided between cells of one department: the boundary a street office should align.
   *
   * @param department the cells' department; empty string when they name none
   * @param grid the grid cut
   * @param cells the cells it is divided between, by id
   * @param largestShare the largest cell's share of the grid, 0–1
   * @param smallestPartSquareMetres the smallest part, in m²
   */
  public record Cut(
      String department,
      GridCode grid,
      ImmutableList<String> cells,
      double largestShare,
      double smallestPartSquareMetres) {}

  /**
   * Area one layer covers and the other does not.
   *
   * @param department the department whose layer it is; empty string when cells name none
   * @param kind {@code grid} (part of a grid in no cell) or {@code cell} (part of a cell in no
   *     grid)
   * @param id the grid code or cell id
   * @param squareMetres the area left out
   * @param share that area as a share of the grid's or cell's, 0–1
   */
  public record Uncovered(
      String department, String kind, String id, double squareMetres, double share) {}

  /**
   * Writes {@code mapping.csv}, {@code cuts.csv} and {@code uncovered.csv} into {@code dir}: each
   * in full to a temporary file first, then moved into place, so no file is ever half-written.
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public void write(Path dir) {
    List<String> m = new ArrayList<>();
    m.add(MAPPING_HEADER);
    for (Mapping r : mapping) {
      m.add(
          String.join(
              ",",
              csv(r.cellId()),
              csv(r.department().orElse("")),
              r.grid().value(),
              r.level().code(),
              area(r.squareMetres()),
              share(r.shareOfCell()),
              share(r.shareOfGrid())));
    }
    List<String> c = new ArrayList<>();
    c.add(CUTS_HEADER);
    for (Cut r : cuts) {
      c.add(
          String.join(
              ",",
              csv(r.department()),
              r.grid().value(),
              csv(String.join(";", r.cells())),
              share(r.largestShare()),
              area(r.smallestPartSquareMetres())));
    }
    List<String> u = new ArrayList<>();
    u.add(UNCOVERED_HEADER);
    for (Uncovered r : uncovered) {
      u.add(
          String.join(
              ",",
              csv(r.department()),
              r.kind(),
              csv(r.id()),
              area(r.squareMetres()),
              share(r.share())));
    }
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put("mapping.csv", AtomicFiles.lines(m));
    files.put("cuts.csv", AtomicFiles.lines(c));
    files.put("uncovered.csv", AtomicFiles.lines(u));
    AtomicFiles.write(dir, files);
  }

  private static String area(double m2) {
    return String.format(Locale.ROOT, "%.1f", m2);
  }

  private static String share(double s) {
    return String.format(Locale.ROOT, "%.6f", s);
  }

  /** Quotes a field when CSV needs it (RFC 4180). */
  private static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
