package org.gridgov.core.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.testing.RandomTrees;

/**
 * Adds what {@link RandomTrees#tree} leaves out: building records and residents (with full,
 * 15-digit and masked identity numbers), so that the JSON tests cover every part of a tree.
 */
final class TreeFixtures {

  private TreeFixtures() {}

  static GridTree withResidentsAndBuildings(Random r, GridTree tree) {
    GridTree.Builder b = GridTree.builder();
    tree.grids().forEach(b::addGrid);
    for (Household h : tree.households()) {
      b.addHousehold(h);
      tree.gridsOf(h.id()).forEach(g -> b.assign(h.id(), g));
    }
    // Explicit records for some building ids; the others are derived by the tree.
    tree.households().stream()
        .flatMap(h -> h.buildingId().stream())
        .distinct()
        .filter(id -> r.nextBoolean())
        .forEach(id -> b.addBuilding(building(r, id)));
    if (r.nextInt(4) == 0) {
      b.addBuilding(building(r, "B-lonely"));
    }
    int n = 0;
    for (Household h : tree.households()) {
      for (int k = r.nextInt(3); k > 0; k--) {
        b.addResident(resident(r, "R" + n++, Optional.of(h.id())));
      }
    }
    if (r.nextBoolean()) {
      b.addResident(resident(r, "R" + n, Optional.empty()));
    }
    tree.members().forEach(b::addMember);
    tree.partyOrganizations().forEach(b::addPartyOrganization);
    return b.build();
  }

  static Building building(Random r, String id) {
    return new Building(
        id,
        r.nextBoolean() ? "锦官路" + r.nextInt(100) + "号" : "",
        r.nextBoolean()
            ? Optional.of(
                Wgs84.point(seven(104 + r.nextDouble() * 0.1), seven(30.6 + r.nextDouble() * 0.1)))
            : Optional.empty(),
        r.nextBoolean() ? OptionalInt.of(1 + r.nextInt(40)) : OptionalInt.empty());
  }

  static Resident resident(Random r, String id, Optional<String> household) {
    Resident.Builder b = Resident.builder(id, RandomTrees.name(r));
    household.ifPresent(b::householdId);
    String number = RandomTrees.idNumber(r);
    switch (r.nextInt(5)) {
      case 0 -> b.idNumber(ResidentIdNumber.parse(number));
      case 1 ->
          b.idNumber(ResidentIdNumber.parse(number.substring(0, 6) + number.substring(8, 17)));
      case 2 ->
          b.idNumber(
              ResidentIdNumber.parse(number.substring(0, 6) + "********" + number.substring(14)));
      case 3 -> {
        b.gender(r.nextBoolean() ? Gender.MALE : Gender.FEMALE);
        b.birthDate(LocalDate.of(1940, 1, 1).plusDays(r.nextInt(30000)));
      }
      default -> {}
    }
    if (r.nextBoolean()) {
      b.phone("+86 138-" + (1000 + r.nextInt(9000)) + "-" + (1000 + r.nextInt(9000)));
    }
    if (r.nextInt(4) == 0) {
      b.specialGroups(List.of(SpecialGroup.values()[r.nextInt(SpecialGroup.values().length)]));
    }
    return b.build();
  }

  /**
   * Seven decimals, as JSON is written (a centimetre), so that a written model reads back equal.
   */
  private static double seven(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  /**
   * The building as written: a location the tree derived from its households (their centre) has
   * more decimals than the 7 written.
   */
  static Building asWritten(Building b) {
    return new Building(
        b.id(),
        b.address(),
        b.location()
            .map(
                p ->
                    (org.locationtech.jts.geom.Point)
                        org.gridgov.core.geo.GeoJsonGeometry.rounded(p)),
        b.floors());
  }
}
