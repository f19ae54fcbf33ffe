package org.gridgov.samples.district;

import com.google.common.base.Preconditions;
import java.util.SplittableRandom;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A synthetic urban district on a regular lattice, for measuring the validators at district scale:
 * {@code microGrids} micro grids of {@code householdsPerMicroGrid} households each, five micro
 * grids to a general grid and eight general grids to a community, communities grouped into streets
 * of at most 99. Every grid has a boundary (a lattice cell of about 100 m × 100 m, the parents
 * exactly tiled by their children), every household a point inside its micro grid and a building,
 * every micro grid three active members with smartphones, every general grid a full-time member and
 * a party branch. With the defaults (100 households per micro grid, so 500 per general grid) it
 * satisfies the default policy, so a validator finds nothing to report but must still look at
 * everything.
 *
 * <p>Deterministic: the same arguments give the same district.
 */
public final class SyntheticDistrict {

  /** Micro grids per general grid, stacked north to south. */
  public static final int MICROS_PER_GENERAL = 5;

  /** General grids per community, side by side west to east. */
  public static final int GENERALS_PER_COMMUNITY = 8;

  private static final int COMMUNITIES_PER_STREET = 99;
  private static final int COMMUNITIES_PER_ROW = 25;
  private static final int BUILDINGS_PER_MICRO = 4;

  /** A lattice cell: about 100 m east-west and 100 m north-south at 30.6° N. */
  private static final double CELL_LON = 0.00104;

  private static final double CELL_LAT = 0.0009;
  private static final double ORIGIN_LON = 103.9;
  private static final double ORIGIN_LAT = 30.5;

  private SyntheticDistrict() {}

  /**
   * Builds a district.
   *
   * @param microGrids number of micro grids, a multiple of 40 (one community), at least 40
   * @param householdsPerMicroGrid households in each micro grid, 4–100 (a multiple of 4 keeps
   *     buildings even)
   * @param seed seeds household sizes, special groups and positions inside the cells
   * @throws IllegalArgumentException for other sizes
   */
  public static GridTree build(int microGrids, int householdsPerMicroGrid, long seed) {
    int perCommunity = MICROS_PER_GENERAL * GENERALS_PER_COMMUNITY;
    Preconditions.checkArgument(
        microGrids >= perCommunity && microGrids % perCommunity == 0,
        "microGrids must be a positive multiple of %s but was %s",
        perCommunity,
        microGrids);
    Preconditions.checkArgument(
        householdsPerMicroGrid >= BUILDINGS_PER_MICRO && householdsPerMicroGrid <= 100,
        "householdsPerMicroGrid must be %s-100 but was %s",
        BUILDINGS_PER_MICRO,
        householdsPerMicroGrid);
    int communities = microGrids / perCommunity;
    Preconditions.checkArgument(
        communities <= 99 * COMMUNITIES_PER_STREET,
        "at most %s micro grids fit in one district's 99 streets",
        99 * COMMUNITIES_PER_STREET * perCommunity);
    SplittableRandom random = new SplittableRandom(seed);
    GridTree.Builder tree = GridTree.builder();
    int member = 0;
    int household = 0;
    for (int c = 0; c < communities; c++) {
      int street = 1 + c / COMMUNITIES_PER_STREET;
      int committee = 1 + c % COMMUNITIES_PER_STREET;
      GridCode community =
          GridCode.ofCommunity(
              DivisionCode.parse(String.format("510107%03d%03d", street, committee)));
      double west = ORIGIN_LON + (c % COMMUNITIES_PER_ROW) * GENERALS_PER_COMMUNITY * CELL_LON;
      double south = ORIGIN_LAT + (c / COMMUNITIES_PER_ROW) * MICROS_PER_GENERAL * CELL_LAT;
      tree.addGrid(
          Grid.builder(community, "社区" + community)
              .settlement(Settlement.URBAN)
              .boundary(
                  rect(
                      west,
                      south,
                      GENERALS_PER_COMMUNITY * CELL_LON,
                      MICROS_PER_GENERAL * CELL_LAT))
              .build());
      tree.addMember(staff("M" + member++, community, Employment.FULL_TIME));
      tree.addPartyOrganization(
          new PartyOrganization(
              "P" + community, "社区党委", PartyOrganizationKind.COMMUNITY_COMMITTEE, community));
      for (int g = 0; g < GENERALS_PER_COMMUNITY; g++) {
        GridCode general = community.child(g + 1);
        double gw = west + g * CELL_LON;
        tree.addGrid(
            Grid.builder(general, "第" + (g + 1) + "网格")
                .boundary(rect(gw, south, CELL_LON, MICROS_PER_GENERAL * CELL_LAT))
                .build());
        tree.addMember(staff("M" + member++, general, Employment.FULL_TIME));
        tree.addPartyOrganization(
            new PartyOrganization(
                "P" + general, "网格党支部", PartyOrganizationKind.GRID_BRANCH, general));
        for (int m = 0; m < MICROS_PER_GENERAL; m++) {
          GridCode micro = general.child(m + 1);
          double ms = south + m * CELL_LAT;
          tree.addGrid(
              Grid.builder(micro, "第" + (m + 1) + "微网格")
                  .boundary(rect(gw, ms, CELL_LON, CELL_LAT))
                  .build());
          for (int k = 0; k < 3; k++) {
            tree.addMember(staff("M" + member++, micro, Employment.PART_TIME));
          }
          household = households(tree, random, micro, gw, ms, householdsPerMicroGrid, household);
        }
      }
    }
    return tree.build();
  }

  /** Adds a micro grid's buildings and households; returns the next household number. */
  private static int households(
      GridTree.Builder tree,
      SplittableRandom random,
      GridCode micro,
      double west,
      double south,
      int count,
      int next) {
    for (int b = 0; b < BUILDINGS_PER_MICRO; b++) {
      // Buildings on a 2 × 2 pattern inside the cell, well away from its edges.
      double lon = west + CELL_LON * (0.25 + 0.5 * (b % 2));
      double lat = south + CELL_LAT * (0.25 + 0.5 * (b / 2));
      String building = micro + "-B" + (b + 1);
      tree.addBuilding(
          new Building(
              building,
              "",
              java.util.Optional.of(Wgs84.point(lon, lat)),
              java.util.OptionalInt.of(6 + random.nextInt(12))));
      int inBuilding = count / BUILDINGS_PER_MICRO + (b < count % BUILDINGS_PER_MICRO ? 1 : 0);
      for (int h = 0; h < inBuilding; h++) {
        String id = "H" + next++;
        Household.Builder hh =
            Household.builder(id)
                .buildingId(building)
                .location(
                    lon + (random.nextDouble() - 0.5) * CELL_LON * 0.2,
                    lat + (random.nextDouble() - 0.5) * CELL_LAT * 0.2)
                .size(1 + random.nextInt(5));
        if (random.nextDouble() < 0.06) {
          hh.specialGroups(SpecialGroup.ELDERLY_ALONE);
        }
        tree.addHousehold(hh.build());
        tree.assign(id, micro);
      }
    }
    return next;
  }

  private static GridMember staff(String id, GridCode grid, Employment employment) {
    return GridMember.builder(id, "网格员" + id)
        .employment(employment)
        .duties(Duty.values())
        .grid(grid)
        .hasSmartphone(true)
        .build();
  }

  private static Polygon rect(double west, double south, double width, double height) {
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(west, south),
          new Coordinate(west + width, south),
          new Coordinate(west + width, south + height),
          new Coordinate(west, south + height),
          new Coordinate(west, south)
        });
  }
}
