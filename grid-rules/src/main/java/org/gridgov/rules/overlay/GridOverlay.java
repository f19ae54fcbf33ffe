package org.gridgov.rules.overlay;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Maps a department's layer onto the unified grids (多网合一). The grids mapped are the finest of the
 * territorial layer — micro grids, and general or community grids that have no territorial children
 * yet — and the exclusive grids; each with a polygon. For every cell and grid that share more than
 * the tolerance, the shared area and its share of each; for every territorial grid divided between
 * two or more cells, a cut; and the area of each grid outside every cell, and of each cell outside
 * every territorial grid.
 *
 * <p>Cells are looked up in an STR-tree of the grids' envelopes, intersections tested on prepared
 * cell polygons and computed with OverlayNG. Areas are in m² ({@link Wgs84#areaSquareMetres}).
 * Cells are taken not to overlap each other, as a department's partition does not; where they do, a
 * grid's uncovered area is understated.
 */
public final class GridOverlay {

  private GridOverlay() {}

  /**
   * Overlays a layer on a tree.
   *
   * @param toleranceSquareMetres shared or left-out areas up to this are digitising noise
   * @throws IllegalArgumentException for a negative tolerance
   */
  public static OverlayResult compute(
      GridTree tree, DepartmentLayer layer, double toleranceSquareMetres) {
    requireNonNull(tree, "tree");
    requireNonNull(layer, "layer");
    checkArgument(
        toleranceSquareMetres >= 0, "tolerance must be >= 0 but was %s", toleranceSquareMetres);
    List<Grid> grids = new ArrayList<>();
    for (Grid g : tree.grids()) {
      if (g.boundary().isPresent() && (g.level() == GridLevel.EXCLUSIVE || isLeaf(tree, g))) {
        grids.add(g);
      }
    }
    STRtree index = new STRtree();
    Map<GridCode, Double> gridArea = new HashMap<>();
    for (Grid g : grids) {
      index.insert(g.boundary().get().getEnvelopeInternal(), g);
      gridArea.put(g.code(), Wgs84.areaSquareMetres(g.boundary().get()));
    }
    List<OverlayResult.Mapping> mapping = new ArrayList<>();
    // Per grid, per department ("" when a cell names none), the parts of the grid in each cell:
    // departments are compared separately, since a police beat and a health area may overlap.
    Map<GridCode, TreeMap<String, TreeMap<String, Double>>> partsOfGrid = new TreeMap<>();
    TreeMap<String, Boolean> departments = new TreeMap<>();
    layer.cells().forEach(c -> departments.put(c.department().orElse(""), true));
    List<OverlayResult.Uncovered> uncovered = new ArrayList<>();
    List<DepartmentCell> cells = new ArrayList<>(layer.cells());
    cells.sort(Comparator.comparing(DepartmentCell::id));
    for (DepartmentCell cell : cells) {
      Geometry c = cell.boundary();
      double cellArea = Wgs84.areaSquareMetres(c);
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(c);
      @SuppressWarnings("unchecked")
      List<Grid> candidates = index.query(c.getEnvelopeInternal());
      candidates.sort(Comparator.comparing(Grid::code));
      double inTerritory = 0;
      for (Grid g : candidates) {
        Geometry b = g.boundary().get();
        if (!prepared.intersects(b)) {
          continue;
        }
        double shared =
            prepared.covers(b)
                ? requireNonNull(gridArea.get(g.code()))
                : Wgs84.areaSquareMetres(OverlayNGRobust.overlay(c, b, OverlayNG.INTERSECTION));
        if (shared <= toleranceSquareMetres) {
          continue;
        }
        mapping.add(
            new OverlayResult.Mapping(
                cell.id(),
                cell.department(),
                g.code(),
                g.level(),
                shared,
                Math.min(1, shared / cellArea),
                Math.min(1, shared / requireNonNull(gridArea.get(g.code())))));
        if (g.level() != GridLevel.EXCLUSIVE) {
          inTerritory += shared;
          partsOfGrid
              .computeIfAbsent(g.code(), k -> new TreeMap<>())
              .computeIfAbsent(cell.department().orElse(""), k -> new TreeMap<>())
              .put(cell.id(), shared);
        }
      }
      double outside = cellArea - inTerritory;
      if (outside > toleranceSquareMetres) {
        uncovered.add(
            new OverlayResult.Uncovered(
                cell.department().orElse(""), "cell", cell.id(), outside, outside / cellArea));
      }
    }
    List<OverlayResult.Cut> cuts = new ArrayList<>();
    for (Grid g : grids) {
      if (g.level() == GridLevel.EXCLUSIVE) {
        continue;
      }
      double area = requireNonNull(gridArea.get(g.code()));
      for (String department : departments.keySet()) {
        TreeMap<String, Double> parts =
            partsOfGrid
                .getOrDefault(g.code(), new TreeMap<>())
                .getOrDefault(department, new TreeMap<>());
        double covered = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (area - covered > toleranceSquareMetres) {
          uncovered.add(
              new OverlayResult.Uncovered(
                  department, "grid", g.code().value(), area - covered, (area - covered) / area));
        }
        if (parts.size() >= 2) {
          double largest = parts.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
          double smallest =
              parts.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
          cuts.add(
              new OverlayResult.Cut(
                  department,
                  g.code(),
                  ImmutableList.copyOf(parts.keySet()),
                  Math.min(1, largest / area),
                  smallest));
        }
      }
    }
    cuts.sort(
        Comparator.comparing(OverlayResult.Cut::department).thenComparing(OverlayResult.Cut::grid));
    uncovered.sort(
        Comparator.comparing(OverlayResult.Uncovered::department)
            .thenComparing(OverlayResult.Uncovered::kind)
            .thenComparing(OverlayResult.Uncovered::id));
    return new OverlayResult(
        ImmutableList.copyOf(mapping), ImmutableList.copyOf(cuts), ImmutableList.copyOf(uncovered));
  }

  /** Whether a grid is the finest of the territorial layer: it has no territorial child. */
  private static boolean isLeaf(GridTree tree, Grid g) {
    if (g.level() == GridLevel.EXCLUSIVE) {
      return false;
    }
    return tree.children(g.code()).stream().allMatch(c -> c.level() == GridLevel.EXCLUSIVE);
  }
}
