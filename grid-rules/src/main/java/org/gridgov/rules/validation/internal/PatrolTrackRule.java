package org.gridgov.rules.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.governance.PatrolTrack;
import org.gridgov.core.grid.Grid;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.RuleContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * {@code patrol.track}: a patrol track that stays outside the grid its patrol claims — it never
 * comes within the policy's {@code trackToleranceMetres} of the grid's boundary polygon (GPS error
 * along boundary streets is tolerated). INFO, one per track; the subject is the patrol, the value
 * the metres between the track and the grid, the limit {@code trackToleranceMetres}. A track of a
 * patrol the patrols file does not hold is reported too (no value). Grids without a boundary cannot
 * be checked and are passed over. Needs the patrols and their tracks.
 */
public final class PatrolTrackRule implements GridRule {

  /** The rule id. */
  public static final String ID = "patrol.track";

  /** Makes the rule. */
  public PatrolTrackRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<GovernanceInput> inputs() {
    return Set.of(GovernanceInput.PATROLS, GovernanceInput.TRACKS);
  }

  @Override
  public void check(RuleContext context, Consumer<Finding> findings) {
    Map<String, Patrol> patrols = new HashMap<>();
    context.records().patrols().forEach(p -> patrols.put(p.id(), p));
    for (PatrolTrack t : context.records().tracks()) {
      Patrol p = patrols.get(t.patrolId());
      if (p == null) {
        findings.accept(
            context
                .finding(ID, Severity.INFO)
                .subject(t.patrolId())
                .message(
                    "a track names patrol "
                        + t.patrolId()
                        + ", which the patrols file does not hold",
                    "轨迹所属巡查" + t.patrolId() + "不在巡查记录中"));
        continue;
      }
      Optional<Grid> grid = context.tree().grid(p.grid());
      Optional<Geometry> boundary = grid.flatMap(Grid::boundary);
      if (boundary.isEmpty() || t.path().intersects(boundary.get())) {
        continue;
      }
      Coordinate[] nearest = DistanceOp.nearestPoints(t.path(), boundary.get());
      double metres =
          Wgs84.distanceMetres(
              Wgs84.point(nearest[0].x, nearest[0].y), Wgs84.point(nearest[1].x, nearest[1].y));
      double limit = context.values(grid.get()).trackToleranceMetres();
      if (metres <= limit) {
        continue;
      }
      long shown = Math.round(metres);
      findings.accept(
          context
              .finding(ID, Severity.INFO)
              .grid(p.grid())
              .subject(p.id())
              .value(shown)
              .limit(limit)
              .message(
                  "the track of patrol "
                      + p.id()
                      + " by member "
                      + p.memberId()
                      + " stays outside the grid it claims, "
                      + shown
                      + " m from it at the nearest",
                  "巡查" + p.id() + "（网格员" + p.memberId() + "）的轨迹未进入所报网格，最近处相距" + shown + "米"));
    }
  }
}
