package org.gridgov.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Random but valid models for property tests: grid trees with boundaries (or none), households
 * (some unassigned, some in two grids), members (some serving two grids, some departed) and party
 * organisations, and random valid identity numbers. Everything comes from the given {@link Random},
 * so a seed replays a case.
 */
public final class RandomTrees {

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"};

  private RandomTrees() {}

  /** A random valid grid tree of one or two communities. */
  public static GridTree tree(Random r) {
    GridTree.Builder b = GridTree.builder();
    List<GridCode> leaves = new ArrayList<>();
    List<GridCode> all = new ArrayList<>();
    int communities = 1 + r.nextInt(2);
    for (int c = 0; c < communities; c++) {
      DivisionCode division =
          DivisionCode.parse(
              String.format("510107%03d%03d", 1 + r.nextInt(98), 1 + r.nextInt(399)));
      if (c == 1 && all.get(0).community().equals(division)) {
        continue;
      }
      Settlement settlement = r.nextBoolean() ? Settlement.URBAN : Settlement.RURAL;
      double lon0 = 104.0 + c * 0.1 + r.nextDouble() * 0.01;
      double lat0 = 30.6 + r.nextDouble() * 0.01;
      int generals = 1 + r.nextInt(3);
      double w = 0.002;
      GridCode community = GridCode.ofCommunity(division);
      b.addGrid(grid(r, community, "社区" + c, rect(lon0, lat0, w * generals, w), settlement));
      all.add(community);
      for (int g = 1; g <= generals; g++) {
        GridCode general = community.child(g);
        double gx = lon0 + (g - 1) * w;
        b.addGrid(grid(r, general, "第" + g + "网格", rect(gx, lat0, w, w), settlement));
        all.add(general);
        int micros = r.nextInt(4);
        for (int m = 1; m <= micros; m++) {
          GridCode micro = general.child(m);
          double mh = w / micros;
          b.addGrid(
              grid(
                  r,
                  micro,
                  "第" + g + "-" + m + "微网格",
                  rect(gx, lat0 + (m - 1) * mh, w, mh),
                  settlement));
          leaves.add(micro);
          all.add(micro);
        }
        if (micros == 0) {
          leaves.add(general);
        }
      }
      int exclusives = r.nextInt(3);
      for (int e = 1; e <= exclusives; e++) {
        GridCode code = community.exclusive(e);
        Grid.Builder eg =
            Grid.builder(code, "专属网格" + e)
                .settlement(settlement)
                .exclusiveKind(ExclusiveKind.values()[r.nextInt(ExclusiveKind.values().length)]);
        if (r.nextBoolean()) {
          eg.managingBody("某某有限公司" + e);
        }
        if (r.nextBoolean()) {
          eg.parent(community.child(1));
        }
        if (r.nextInt(4) > 0) {
          eg.boundary(rect(lon0 + 0.0002 * e, lat0 + 0.0002, 0.0001, 0.0001));
        }
        b.addGrid(eg.build());
        leaves.add(code);
        all.add(code);
      }
    }
    int households = r.nextInt(40);
    for (int i = 0; i < households; i++) {
      Household h = household(r, "H" + i);
      b.addHousehold(h);
      int roll = r.nextInt(10);
      GridCode first = leaves.get(r.nextInt(leaves.size()));
      if (roll > 0) {
        b.assign(h.id(), first);
      }
      GridCode second = leaves.get(r.nextInt(leaves.size()));
      if (roll == 9 && !second.equals(first)) {
        b.assign(h.id(), second); // a double assignment, which the tree must keep
      }
    }
    int members = r.nextInt(15);
    for (int i = 0; i < members; i++) {
      GridMember.Builder m =
          GridMember.builder("M" + i, name(r))
              .employment(Employment.values()[r.nextInt(3)])
              .hasSmartphone(r.nextInt(5) > 0)
              .grid(all.get(r.nextInt(all.size())));
      for (Duty d : Duty.values()) {
        if (r.nextBoolean()) {
          m.duties(d);
        }
      }
      if (r.nextInt(3) == 0) {
        m.grid(all.get(r.nextInt(all.size())));
      }
      if (r.nextBoolean()) {
        m.birthYear(1950 + r.nextInt(50));
      }
      if (r.nextInt(5) == 0) {
        m.activeUntil(LocalDate.of(2025, 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
      b.addMember(m.build());
    }
    int party = r.nextInt(5);
    for (int i = 0; i < party; i++) {
      b.addPartyOrganization(
          new PartyOrganization(
              "P" + i,
              "党支部" + i,
              PartyOrganizationKind.values()[r.nextInt(3)],
              all.get(r.nextInt(all.size()))));
    }
    return b.build();
  }

  private static Grid grid(Random r, GridCode code, String name, Geometry boundary, Settlement s) {
    Grid.Builder g = Grid.builder(code, name).settlement(s);
    if (r.nextInt(5) > 0) {
      g.boundary(
          r.nextInt(4) == 0
              ? Wgs84.FACTORY.createMultiPolygon(new Polygon[] {(Polygon) boundary})
              : boundary);
    }
    return g.build();
  }

  /** A random household; about half have every optional field. */
  public static Household household(Random r, String id) {
    Household.Builder h = Household.builder(id).size(r.nextInt(7));
    if (r.nextBoolean()) {
      h.address(
          "锦官路"
              + (1 + r.nextInt(99))
              + "号"
              + (1 + r.nextInt(9))
              + "栋, \""
              + (101 + r.nextInt(3000))
              + "\"");
    }
    if (r.nextBoolean()) {
      h.buildingId("B" + r.nextInt(20));
    }
    if (r.nextBoolean()) {
      // Files carry at most 7 decimals (CsvWriter.decimal), so a round trip keeps exactly these.
      h.location(seven(104.0 + r.nextDouble() * 0.2), seven(30.6 + r.nextDouble() * 0.02));
    }
    if (r.nextInt(4) == 0) {
      h.villagerGroup("第" + (1 + r.nextInt(9)) + "组");
    }
    EnumSet<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
    for (SpecialGroup g : SpecialGroup.values()) {
      if (r.nextInt(6) == 0) {
        groups.add(g);
      }
    }
    h.specialGroups(groups);
    if (r.nextInt(5) == 0) {
      h.tags(List.of("low_income"));
    }
    return h.build();
  }

  /** A random Chinese name of two or three characters. */
  public static String name(Random r) {
    String n = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    return r.nextBoolean() ? n + GIVEN[r.nextInt(GIVEN.length)] : n;
  }

  /** A random valid 18-character identity number. */
  public static String idNumber(Random r) {
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 90));
    String first17 =
        String.format(
            "%s%02d%02d%04d%02d%02d%03d",
            new String[] {"51", "11", "44", "31", "65"}[r.nextInt(5)],
            1 + r.nextInt(20),
            1 + r.nextInt(30),
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            r.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static double seven(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  private static Polygon rect(double lon, double lat, double w, double h) {
    // Seven decimals, as GeoJSON is written: so that a written tree reads back equal.
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(seven(lon), seven(lat)),
          new Coordinate(seven(lon + w), seven(lat)),
          new Coordinate(seven(lon + w), seven(lat + h)),
          new Coordinate(seven(lon), seven(lat + h)),
          new Coordinate(seven(lon), seven(lat))
        });
  }
}
