package org.gridgov.rules.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * {@code coverage.gap} and {@code coverage.overlap}: the polygons of a grid's children must tile
 * the grid's polygon — full coverage with no gaps (全域覆盖) and nothing counted twice.
 *
 * <ul>
 *   <li>{@code coverage.gap}: the part of the parent's polygon that no child covers is larger than
 *       the policy's {@code coverageToleranceSquareMetres}; one ERROR per parent, the uncovered
 *       area in m² as value, the tolerance as limit.
 *   <li>{@code coverage.overlap}: two children overlap by more than the tolerance (one ERROR per
 *       pair, the grid being the first of the two by code), or a child reaches out of its parent by
 *       more than the tolerance (one ERROR per child); the area in m² as value.
 * </ul>
 *
 * <p>The territorial layer (community → general → micro) is checked parent by parent. Exclusive
 * grids lie on top of it: they are left out of that check, and checked only against each other, per
 * community. A parent is checked for gaps only when it and all its territorial children have
 * polygons (a child without one would show as a false gap); overlaps are checked between the
 * children that have polygons. Areas are computed with {@link Wgs84#areaSquareMetres}; the overlay
 * is JTS's OverlayNG with its robust fallback.
 */
public final class CoverageGapOverlapRule implements GridRule {

  /** The id of uncovered parts of a parent. */
  public static final String GAP_ID = "coverage.gap";

  /** The id of children overlapping each other or reaching out of their parent. */
  public static final String OVERLAP_ID = "coverage.overlap";

  /** Makes the rule. */
  public CoverageGapOverlapRule() {}

  @Override
  public String id() {
    return GAP_ID;
  }

  @Override
  public Set<String> ids() {
    return Set.of(GAP_ID, OVERLAP_ID);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    for (Grid parent : context.tree().grids()) {
      if (parent.level() == GridLevel.COMMUNITY) {
        checkExclusives(context, parent, findings);
      }
      List<Grid> children = Territory.children(context.tree(), parent.code());
      if (children.isEmpty()) {
        continue;
      }
      double tolerance = context.values(parent).coverageToleranceSquareMetres();
      List<Grid> drawn = new ArrayList<>();
      for (Grid c : children) {
        if (c.boundary().isPresent()) {
          drawn.add(c);
        }
      }
      if (drawn.isEmpty()) {
        continue; // no child has a polygon: nothing to union, no gap that could be told
      }
      List<Geometry> parts = new ArrayList<>(drawn.size());
      double childArea = 0;
      for (Grid c : drawn) {
        parts.add(c.boundary().get());
        childArea += area(c.boundary().get());
      }
      Geometry union = UnaryUnionOp.union(parts);
      // Children that tile without overlap have areas summing to their union's; only when they
      // do not is it worth an overlay per pair to find which ones overlap.
      if (childArea - area(union) > tolerance) {
        checkOverlaps(context, drawn, tolerance, findings);
      }
      if (parent.boundary().isEmpty()) {
        continue;
      }
      Geometry outer = parent.boundary().get();
      PreparedGeometry preparedOuter = PreparedGeometryFactory.prepare(outer);
      boolean allInside = true;
      for (Grid c : drawn) {
        Geometry inner = c.boundary().get();
        if (preparedOuter.covers(inner)) {
          continue; // the common case, and far cheaper than an overlay
        }
        allInside = false;
        double out = area(OverlayNGRobust.overlay(inner, outer, OverlayNG.DIFFERENCE));
        if (out > tolerance) {
          findings.accept(
              context
                  .finding(OVERLAP_ID, Severity.ERROR)
                  .grid(c.code())
                  .value(round(out))
                  .limit(tolerance)
                  .message(
                      Levels.en(c.level())
                          + " reaches "
                          + round(out)
                          + " m² beyond its parent "
                          + parent.code(),
                      Levels.zh(c.level()) + "超出上级网格" + parent.code() + "范围" + round(out) + "平方米"));
        }
      }
      if (drawn.size() < children.size()) {
        continue; // a child without a polygon would show as a false gap
      }
      // With every child inside the parent, the gap is the parent's area less the union's.
      double gap =
          allInside
              ? area(outer) - area(union)
              : area(OverlayNGRobust.overlay(outer, union, OverlayNG.DIFFERENCE));
      if (gap > tolerance) {
        findings.accept(
            context
                .finding(GAP_ID, Severity.ERROR)
                .grid(parent.code())
                .value(round(gap))
                .limit(tolerance)
                .message(
                    round(gap)
                        + " m² of "
                        + Levels.en(parent.level())
                        + " "
                        + parent.code()
                        + " lie in none of its "
                        + children.size()
                        + " child grids",
                    Levels.zh(parent.level())
                        + parent.code()
                        + "有"
                        + round(gap)
                        + "平方米不在其"
                        + children.size()
                        + "个下级网格内"));
      }
    }
  }

  /** Exclusive grids are checked only against each other, per community. */
  private static void checkExclusives(RuleContext context, Grid community, Consumer<Finding> out) {
    List<Grid> exclusives = new ArrayList<>();
    for (Grid g : context.tree().grids(GridLevel.EXCLUSIVE)) {
      if (g.boundary().isPresent() && g.code().community().equals(community.code().community())) {
        exclusives.add(g);
      }
    }
    checkOverlaps(
        context, exclusives, context.values(community).coverageToleranceSquareMetres(), out);
  }

  private static void checkOverlaps(
      RuleContext context, List<Grid> grids, double tolerance, Consumer<Finding> findings) {
    for (int i = 0; i < grids.size(); i++) {
      Geometry a = grids.get(i).boundary().get();
      for (int j = i + 1; j < grids.size(); j++) {
        Geometry b = grids.get(j).boundary().get();
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
          continue;
        }
        double overlap = area(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
        if (overlap > tolerance) {
          Grid g = grids.get(i);
          Grid h = grids.get(j);
          findings.accept(
              context
                  .finding(OVERLAP_ID, Severity.ERROR)
                  .grid(g.code())
                  .value(round(overlap))
                  .limit(tolerance)
                  .message(
                      Levels.en(g.level())
                          + " "
                          + g.code()
                          + " and "
                          + h.code()
                          + " overlap by "
                          + round(overlap)
                          + " m²",
                      Levels.zh(g.level())
                          + g.code()
                          + "与"
                          + h.code()
                          + "重叠"
                          + round(overlap)
                          + "平方米"));
        }
      }
    }
  }

  private static double area(Geometry g) {
    return Wgs84.areaSquareMetres(g);
  }

  private static double round(double squareMetres) {
    return Math.round(squareMetres * 10) / 10.0;
  }
}
