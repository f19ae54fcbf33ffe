package org.gridgov.rules.workload;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.locationtech.jts.geom.Point;

/**
 * Estimates how long a grid's members need to visit every household once: the round that the
 * founding paper asks to finish within 3 hours (“3小时内完成入户排查和动员”).
 *
 * <p>The total work is the sum of
 *
 * <ul>
 *   <li>a visit of {@code visitMinutes} at each household, plus {@code specialGroupExtraMinutes} at
 *       each household with a special group;
 *   <li>the walk between the stops — the buildings, and households without a building at their own
 *       point — along a nearest-neighbour tour from the first stop (by id), straight-line distance
 *       times {@code tourDetourFactor}, at {@code walkingMetresPerMinute};
 *   <li>the stairs: at every building, up to its top floor and down again, {@code 2 × (floors − 1)}
 *       floors at {@code stairMinutesPerFloor} ({@code defaultFloors} when a building's floors are
 *       not known).
 * </ul>
 *
 * <p>The round is the total divided by the number of members sharing it (at least one). Stops
 * without a known position add no walking. Deterministic: the same households give the same
 * estimate whatever their order.
 */
public final class WorkloadModel {

  private final WorkloadParameters parameters;

  /** A model with the given parameters. */
  public WorkloadModel(WorkloadParameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /** The model's parameters. */
  public WorkloadParameters parameters() {
    return parameters;
  }

  /**
   * Estimates the round of a set of households.
   *
   * @param households the households visited (each once, whatever their order)
   * @param buildings looks up a building record by id; empty when there is none
   * @param members how many members share the round; fewer than 1 counts as 1
   */
  public WorkloadEstimate estimate(
      Collection<Household> households,
      Function<String, Optional<Building>> buildings,
      int members) {
    requireNonNull(households, "households");
    requireNonNull(buildings, "buildings");
    WorkloadParameters p = parameters;
    double visit = households.size() * p.visitMinutes();
    double care =
        households.stream().filter(Household::hasSpecialGroup).count()
            * p.specialGroupExtraMinutes();

    // One stop per building, and one per household without a building; sorted by id so that the
    // tour does not depend on the order the households came in.
    Map<String, Stop> stops = new TreeMap<>();
    for (Household h : households) {
      if (h.buildingId().isPresent()) {
        String id = h.buildingId().get();
        Stop stop = stops.get("b:" + id);
        if (stop == null) {
          Optional<Building> b = buildings.apply(id);
          Optional<Point> at = b.flatMap(Building::location).or(h::location);
          int floors = b.map(x -> x.floors().orElse(p.defaultFloors())).orElse(p.defaultFloors());
          stops.put("b:" + id, new Stop(at, floors));
        }
      } else {
        stops.put("h:" + h.id(), new Stop(h.location(), 1));
      }
    }
    double stairs = 0;
    List<Point> points = new ArrayList<>();
    for (Stop s : stops.values()) {
      stairs += 2.0 * (s.floors - 1) * p.stairMinutesPerFloor();
      s.at.ifPresent(points::add);
    }
    double walking = tourMetres(points) * p.tourDetourFactor() / p.walkingMetresPerMinute();
    int sharing = Math.max(1, members);
    double total = visit + care + walking + stairs;
    return new WorkloadEstimate(
        households.size(), visit, care, walking, stairs, sharing, total / sharing);
  }

  /** A place the round stops at: a building or a lone household. */
  private record Stop(Optional<Point> at, int floors) {}

  /**
   * Length in metres of the nearest-neighbour tour through {@code points}, starting at the first
   * and not returning. Quadratic in the number of stops, which for one grid is a few dozen.
   */
  static double tourMetres(List<Point> points) {
    int n = points.size();
    if (n < 2) {
      return 0;
    }
    boolean[] visited = new boolean[n];
    int at = 0;
    visited[0] = true;
    double metres = 0;
    for (int step = 1; step < n; step++) {
      int best = -1;
      double bestDistance = Double.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        if (!visited[j]) {
          double d = Wgs84.distanceMetres(points.get(at), points.get(j));
          if (d < bestDistance) {
            bestDistance = d;
            best = j;
          }
        }
      }
      visited[best] = true;
      metres += bestDistance;
      at = best;
    }
    return metres;
  }
}
