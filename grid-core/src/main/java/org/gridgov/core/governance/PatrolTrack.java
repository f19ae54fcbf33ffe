package org.gridgov.core.governance;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.LineString;

/**
 * The path a patrol walked, as a GPS track from the member's phone: a WGS 84 line string.
 *
 * @param patrolId the patrol the track belongs to
 * @param path the track, longitude/latitude, at least two positions
 */
public record PatrolTrack(String patrolId, LineString path) {

  /** Checks the track. */
  public PatrolTrack {
    patrolId = Checks.id(patrolId, "patrol id");
    requireNonNull(path, "path");
    if (path.getNumPoints() < 2) {
      throw new IllegalArgumentException("a patrol track needs at least two positions");
    }
  }
}
