package org.gridgov.rules.planning;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.household.Household;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the planner keeps together: a building's households (or a part of a building too large for
 * one grid), or a household without a building. Ordered by {@link #key()} for determinism.
 */
record Unit(
    String key, List<Household> households, Optional<Coordinate> at, boolean partOfBuilding) {

  int size() {
    return households.size();
  }
}
