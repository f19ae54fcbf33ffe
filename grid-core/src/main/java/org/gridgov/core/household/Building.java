package org.gridgov.core.household;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.Point;

/**
 * A building (楼栋): households of the same building are visited on one stop of a door-to-door round,
 * and a building is kept whole when grids are divided.
 *
 * @param id identifier, unique in a dataset
 * @param address the building's address as written; empty string when unknown
 * @param location where the building stands (WGS 84), if known
 * @param floors number of floors above ground, if known
 */
public record Building(String id, String address, Optional<Point> location, OptionalInt floors) {

  /** Validates the parts. */
  public Building {
    id = Checks.id(id, "building id");
    address = requireNonNull(address, "address").strip();
    requireNonNull(location, "location");
    requireNonNull(floors, "floors");
    location.ifPresent(p -> Wgs84.checkLonLat(p.getX(), p.getY()));
    // A copy, so that the caller changing its point later does not move the building.
    location = location.map(p -> (Point) p.copy());
    if (floors.isPresent() && (floors.getAsInt() < 1 || floors.getAsInt() > 300)) {
      throw new IllegalArgumentException(
          "building " + id + ": floors must be 1-300 but was " + floors.getAsInt());
    }
  }

  /**
   * Where the building stands (WGS 84), if known. JTS points can be changed in place, so each call
   * returns a copy: changing it leaves this building as it was.
   */
  @Override
  public Optional<Point> location() {
    return location.map(p -> (Point) p.copy());
  }

  /** A building known only by its identifier. */
  public static Building of(String id) {
    return new Building(id, "", Optional.empty(), OptionalInt.empty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Building b
        && id.equals(b.id)
        && address.equals(b.address)
        && floors.equals(b.floors)
        && location.map(Point::getCoordinate).equals(b.location.map(Point::getCoordinate));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
