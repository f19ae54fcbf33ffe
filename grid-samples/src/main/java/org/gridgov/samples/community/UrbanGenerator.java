package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.samples.internal.Draw;
import org.locationtech.jts.geom.Point;

/**
 * Generates the urban sample: 锦官社区, a fictional community of a street (街道) in Wuhou district,
 * Chengdu, laid out as blocks of residential estates on a slightly irregular street mesh.
 */
final class UrbanGenerator {

  /** Wuhou district (510107), street 011 (001–099 are streets), residents' committee 005. */
  static final String COMMUNITY_CODE = "510107011005";

  static final String COMMUNITY_NAME = "锦官社区";

  private static final double CENTRE_LON = 104.040;
  private static final double CENTRE_LAT = 30.640;

  /** Mesh cells of 25 m: a building stands in one cell; a block is some dozens of cells. */
  private static final double CELL_METRES = 25;

  /** Each pair of general grids takes a strip 12 cells (300 m) wide and 36 cells (900 m) long. */
  private static final int CELLS_PER_STRIP = 12;

  private static final int ROWS = 36;

  private static final List<String> ROADS =
      List.of(
          "锦官路", "芙蓉街", "银杏路", "桂溪巷", "雁栖路", "翠柳街", "红枫巷", "玉带路", "青莲街", "浣纱路", "桐梓巷", "蜀锦路", "蓉华街",
          "云锦路", "望江巷", "石羊路");
  private static final List<String> ESTATE_HEADS =
      List.of(
          "锦", "桂", "兰", "芙蓉", "银杏", "翠", "玉", "蜀", "青", "华", "紫荆", "金", "雅", "和", "康", "瑞", "祥",
          "梧桐", "丹桂", "锦城");
  private static final List<String> ESTATE_TAILS =
      List.of("苑", "园", "庭", "居", "府", "家园", "花园", "小区", "新村", "公寓");

  /** Building types: walk-ups of the 1980s–90s, mid-rise (小高层) and high-rise towers. */
  private enum Style {
    WALK_UP(6, 7, 2, 4, 0.80, 0.95),
    MID_RISE(11, 18, 2, 3, 0.75, 0.92),
    HIGH_RISE(24, 33, 2, 2, 0.60, 0.85);

    final int minFloors;
    final int maxFloors;
    final int minUnits;
    final int maxUnits;

    /**
     * Share of flats with a registered household (the rest empty, sold as investments, or let
     * unregistered).
     */
    final double minOccupied;

    final double maxOccupied;

    Style(int minFloors, int maxFloors, int minUnits, int maxUnits, double minOcc, double maxOcc) {
      this.minFloors = minFloors;
      this.maxFloors = maxFloors;
      this.minUnits = minUnits;
      this.maxUnits = maxUnits;
      this.minOccupied = minOcc;
      this.maxOccupied = maxOcc;
    }
  }

  /** Mix of building styles in a block: old estates, mixed, or new. */
  private static final double[][] CHARACTERS = {
    {0.70, 0.25, 0.05},
    {0.35, 0.40, 0.25},
    {0.05, 0.35, 0.60}
  };

  /** A micro grid being planned. */
  private record Micro(
      GridCode code,
      CellRect rect,
      int households,
      String estate,
      String road,
      int number,
      int general) {}

  private final UrbanCommunitySpec spec;
  private final SplittableRandom geo;
  private final SplittableRandom people;
  private final SplittableRandom staff;
  private final Names names;
  private final GridTree.Builder tree = GridTree.builder();
  private final List<Demography.Pending> households = new ArrayList<>();
  private final List<String> estates;
  private int estateSeq;
  private int buildingSeq;
  private boolean[][] taken = new boolean[0][0];
  private Optional<Dormitory> dormitory = Optional.empty();

  private UrbanGenerator(UrbanCommunitySpec spec, long seed) {
    this.spec = spec;
    SplittableRandom root = new SplittableRandom(seed);
    // One stream per concern, so that a change in how people are drawn does not move the streets.
    this.geo = root.split();
    this.people = root.split();
    this.staff = root.split();
    this.names = new Names(root.split());
    List<String> combos = new ArrayList<>();
    for (String head : ESTATE_HEADS) {
      for (String tail : ESTATE_TAILS) {
        combos.add(head + tail);
      }
    }
    this.estates = Draw.shuffled(people, combos);
  }

  static GridTree generate(UrbanCommunitySpec spec, long seed) {
    return new UrbanGenerator(spec, seed).run();
  }

  private GridTree run() {
    GridCode communityCode = GridCode.parse(COMMUNITY_CODE);
    int n = spec.generalGrids();
    int nx = CELLS_PER_STRIP * ((n + 1) / 2);
    Mesh mesh =
        Mesh.create(
            CENTRE_LON,
            CENTRE_LAT,
            nx,
            ROWS,
            CELL_METRES,
            0.12,
            0.004,
            Draw.between(geo, 4, 14),
            geo);
    taken = new boolean[nx][ROWS];
    Grid community =
        Grid.builder(communityCode, COMMUNITY_NAME)
            .boundary(mesh.polygon(mesh.all()))
            .settlement(Settlement.URBAN)
            .build();
    tree.addGrid(community);

    List<CellRect> generalRects = Tiling.split(mesh.all(), n, 6, geo);
    int mean = spec.householdsPerGeneralGrid();
    int[] perGeneral =
        Draw.partition(
            people, n * mean, n, mean - spec.householdSpread(), mean + spec.householdSpread());
    List<Grid> generals = new ArrayList<>();
    List<Micro> micros = new ArrayList<>();
    List<List<GridCode>> microsByGeneral = new ArrayList<>();
    List<String> roads = Draw.shuffled(people, ROADS);
    for (int g = 0; g < n; g++) {
      GridCode code = communityCode.child(g + 1);
      Grid general =
          Grid.builder(code, COMMUNITY_NAME + "第" + Names.chinese(g + 1) + "网格")
              .boundary(mesh.polygon(generalRects.get(g)))
              .settlement(Settlement.URBAN)
              .build();
      generals.add(general);
      tree.addGrid(general);
      List<GridCode> codes = new ArrayList<>();
      planMicros(
          g, code, generalRects.get(g), perGeneral[g], roads.get(g % roads.size()), micros, codes);
      microsByGeneral.add(codes);
    }

    List<Grid> microGrids = new ArrayList<>();
    for (Micro m : micros) {
      Grid grid =
          Grid.builder(m.code(), "第" + Names.chinese(m.general() + 1) + "网格" + m.estate() + "微网格")
              .boundary(mesh.polygon(m.rect()))
              .settlement(Settlement.URBAN)
              .build();
      microGrids.add(grid);
      tree.addGrid(grid);
    }

    List<Grid> exclusives = placeExclusives(mesh, communityCode, generals, micros);

    double[] character = CHARACTERS[0];
    int lastGeneral = -1;
    for (Micro m : micros) {
      if (m.general() != lastGeneral) {
        character = CHARACTERS[people.nextInt(CHARACTERS.length)];
        lastGeneral = m.general();
      }
      fillMicro(mesh, m, character);
    }
    dormitory.ifPresent(d -> dormitory(mesh, d.compound(), d.school(), d.grid()));
    Demography.assignSpecialGroups(households, Demography.URBAN_RATES, people);
    for (Demography.Pending p : households) {
      Household h = p.builder().build();
      tree.addHousehold(h);
      tree.assign(h.id(), p.grid());
    }

    Staffing staffing =
        new Staffing(
            staff,
            names,
            Staffing.URBAN,
            SampleCommunities.REFERENCE_DATE,
            tree,
            spec.plantStaffingFaults());
    staffing.totalGridChief(communityCode);
    for (Grid g : generals) {
      staffing.fullTime(g.code(), Draw.chance(staff, 0.5) ? 2 : 1);
    }
    staffing.microTeams(microsByGeneral, householdsOf());
    for (Grid e : exclusives) {
      staffing.exclusiveContact(e.code());
    }
    staffing.partyOrganisations(community, COMMUNITY_NAME + "党委", generals, microGrids, "楼栋");
    return tree.build();
  }

  /**
   * Splits a general grid into micro grids of 60–95 % of the cap (never above it), four to seven
   * where the numbers allow.
   */
  private void planMicros(
      int g,
      GridCode general,
      CellRect rect,
      int total,
      String road,
      List<Micro> out,
      List<GridCode> codes) {
    int hi = UrbanCommunitySpec.microTypicalMax(spec.microGridCap());
    int lo = UrbanCommunitySpec.microTypicalMin(spec.microGridCap());
    int kMin = (total + hi - 1) / hi;
    int kMax = Math.max(kMin, total / lo);
    if (Math.max(kMin, 4) <= Math.min(kMax, 7)) {
      kMin = Math.max(kMin, 4);
      kMax = Math.min(kMax, 7);
    }
    kMax =
        Math.min(
            kMax,
            Math.min(UrbanCommunitySpec.MAX_MICRO_GRIDS_PER_GENERAL, Tiling.capacity(rect, 2)));
    if (kMin > kMax) {
      throw new IllegalStateException(
          "general grid "
              + general
              + " of "
              + rect.width()
              + "x"
              + rect.height()
              + " cells cannot hold "
              + kMin
              + " micro grids");
    }
    // Aim at 62-80 % of the cap per micro grid, leaving headroom for new households as street
    // offices do; rounding the count up keeps the mean at or below 80 % of the cap.
    double target = spec.microGridCap() * Draw.between(people, 0.62, 0.80);
    int k = Math.max(kMin, Math.min(kMax, (int) Math.ceil(total / target)));
    int[] sizes = Draw.partition(people, total, k, Math.min(lo, total / k), hi);
    List<CellRect> rects = Tiling.split(rect, k, 2, geo);
    int number = Draw.intBetween(people, 1, 20);
    for (int m = 0; m < k; m++) {
      GridCode code = general.child(m + 1);
      codes.add(code);
      out.add(new Micro(code, rects.get(m), sizes[m], nextEstate(), road, number, g));
      number += Draw.intBetween(people, 2, 16);
    }
  }

  private String nextEstate() {
    String base = estates.get(estateSeq % estates.size());
    int round = estateSeq / estates.size();
    estateSeq++;
    return round == 0 ? base : base + Names.chinese(round + 1) + "期";
  }

  /** A compound with a managing body of its own, and its size in mesh cells. */
  private record Compound(String name, String body, int width, int height) {}

  /**
   * What each kind of exclusive grid is in this community, its managing body and its size in cells.
   */
  private static Compound compound(ExclusiveKind kind) {
    return switch (kind) {
      case OFFICE_BUILDING -> new Compound("锦官国际大厦", "成都锦官置业有限公司", 2, 2);
      case MARKET -> new Compound("锦官农贸市场", "成都市武侯区锦官农贸市场管理有限公司", 3, 2);
      case SCHOOL -> new Compound("锦官小学", "成都市武侯区锦官小学校", 4, 3);
      case HOSPITAL -> new Compound("锦官社区卫生服务中心", "成都市武侯区锦官社区卫生服务中心", 3, 3);
      case INDUSTRIAL_PARK -> new Compound("锦官文创产业园", "成都锦官文创产业园运营管理有限公司", 4, 4);
      case GOVERNMENT_AGENCY -> new Compound("锦官街道办事处", "成都市武侯区人民政府锦官街道办事处", 2, 2);
      case ENTERPRISE -> new Compound("蜀锦食品有限公司", "成都蜀锦食品有限公司", 3, 2);
      case INSTITUTION -> new Compound("武侯区图书馆锦官分馆", "成都市武侯区图书馆", 2, 2);
      case OTHER -> new Compound("锦官颐养中心", "成都锦官颐养服务有限公司", 2, 2);
    };
  }

  /**
   * Places the exclusive grids on top of the territorial ones, each on free cells inside one micro
   * grid (leaving room there for homes), its outline set in from the cells so that it does not
   * follow the micro grid's edges. A market sits under its general grid, whose staff patrol it; the
   * others sit under the community. A school's staff dormitory is the exclusive grid's own
   * households.
   */
  private List<Grid> placeExclusives(
      Mesh mesh, GridCode community, List<Grid> generals, List<Micro> micros) {
    List<Grid> out = new ArrayList<>();
    List<ExclusiveKind> kinds = spec.exclusiveKinds();
    for (int e = 0; e < kinds.size(); e++) {
      ExclusiveKind kind = kinds.get(e);
      Compound c = compound(kind);
      int repeat = 0;
      for (int earlier = 0; earlier < e; earlier++) {
        if (kinds.get(earlier) == kind) {
          repeat++;
        }
      }
      String name = repeat == 0 ? c.name() : c.name() + "（" + Names.chinese(repeat + 1) + "）";
      Optional<Placement> placed = place(micros, c.width(), c.height());
      if (placed.isEmpty()) {
        placed = place(micros, 1, 1);
      }
      Placement p =
          placed.orElseThrow(
              () -> new IllegalStateException("no room left for exclusive grid " + name));
      GridCode code = community.exclusive(e + 1);
      Grid.Builder grid =
          Grid.builder(code, name + "专属网格")
              .boundary(mesh.insetQuad(p.cells, 0.15))
              .settlement(Settlement.URBAN)
              .exclusiveKind(kind)
              .managingBody(
                  repeat == 0 ? c.body() : c.body() + "（" + Names.chinese(repeat + 1) + "）");
      if (kind == ExclusiveKind.MARKET) {
        grid.parent(generals.get(p.micro.general()).code());
      }
      Grid built = grid.build();
      tree.addGrid(built);
      out.add(built);
      if (kind == ExclusiveKind.SCHOOL && dormitory.isEmpty()) {
        dormitory = Optional.of(new Dormitory(p.cells, name, code));
      }
    }
    return out;
  }

  private record Placement(Micro micro, CellRect cells) {}

  /**
   * A school's staff dormitory, housed after the residential estates so that ids follow the grids.
   */
  private record Dormitory(CellRect compound, String school, GridCode grid) {}

  /** Free cells of {@code width × height} (either way round) inside one micro grid, if any. */
  private Optional<Placement> place(List<Micro> micros, int width, int height) {
    for (Micro m : Draw.shuffled(geo, micros)) {
      for (int attempt = 0; attempt < 30; attempt++) {
        boolean turn = geo.nextBoolean();
        int w = turn ? height : width;
        int h = turn ? width : height;
        if (w > m.rect().width() || h > m.rect().height()) {
          continue;
        }
        int i0 = m.rect().i0() + geo.nextInt(m.rect().width() - w + 1);
        int j0 = m.rect().j0() + geo.nextInt(m.rect().height() - h + 1);
        CellRect cells = new CellRect(i0, j0, i0 + w, j0 + h);
        // Keep at least two free cells in the micro grid for its homes.
        if (isFree(cells) && freeCells(m.rect()).size() - cells.cells() >= 2) {
          mark(cells);
          return Optional.of(new Placement(m, cells));
        }
      }
    }
    return Optional.empty();
  }

  private boolean isFree(CellRect r) {
    for (int i = r.i0(); i < r.i1(); i++) {
      for (int j = r.j0(); j < r.j1(); j++) {
        if (taken[i][j]) {
          return false;
        }
      }
    }
    return true;
  }

  private void mark(CellRect r) {
    for (int i = r.i0(); i < r.i1(); i++) {
      for (int j = r.j0(); j < r.j1(); j++) {
        taken[i][j] = true;
      }
    }
  }

  private List<int[]> freeCells(CellRect r) {
    List<int[]> out = new ArrayList<>();
    for (int i = r.i0(); i < r.i1(); i++) {
      for (int j = r.j0(); j < r.j1(); j++) {
        if (!taken[i][j]) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }

  /**
   * Fills a micro grid with residential buildings, one per free cell, until its households are
   * housed.
   */
  private void fillMicro(Mesh mesh, Micro m, double[] character) {
    List<int[]> cells = Draw.shuffled(people, freeCells(m.rect()));
    int remaining = m.households();
    int buildingNo = 0;
    for (int c = 0; remaining > 0; c++) {
      if (c >= cells.size()) {
        throw new IllegalStateException(
            "micro grid " + m.code() + " ran out of room for buildings");
      }
      Style style = Style.values()[Draw.weighted(people, character)];
      int floors = Draw.intBetween(people, style.minFloors, style.maxFloors);
      int units = Draw.intBetween(people, style.minUnits, style.maxUnits);
      int perFloor = 2;
      if (c == cells.size() - 1) {
        // The last free cell must take everyone left: build taller and wider as needed.
        while (floors * units * perFloor < remaining) {
          if (floors < 33) {
            floors = Math.min(33, floors + 6);
          } else if (units < 4) {
            units++;
          } else {
            perFloor++;
          }
        }
      }
      int flats = floors * units * perFloor;
      int occupied =
          (int)
              Math.min(
                  remaining,
                  Math.max(
                      1,
                      Math.round(
                          flats * Draw.between(people, style.minOccupied, style.maxOccupied))));
      if (remaining - occupied < 8 && remaining <= flats) {
        occupied = remaining; // no building of a handful of households
      } else if (c == cells.size() - 1) {
        occupied = remaining;
      }
      buildingNo++;
      building(mesh, m, cells.get(c), buildingNo, floors, units, perFloor, occupied);
      remaining -= occupied;
    }
  }

  private void building(
      Mesh mesh,
      Micro m,
      int[] cell,
      int buildingNo,
      int floors,
      int units,
      int perFloor,
      int occupied) {
    buildingSeq++;
    String id = String.format("B%04d", buildingSeq);
    double cu = Draw.between(people, 0.35, 0.65);
    double cv = Draw.between(people, 0.35, 0.65);
    String street = m.road() + m.number() + "号";
    tree.addBuilding(
        new Building(
            id,
            street + m.estate() + buildingNo + "栋",
            Optional.of(mesh.point(cell[0], cell[1], cu, cv)),
            OptionalInt.of(floors)));
    for (int flat : flats(floors * units * perFloor, occupied)) {
      int unit = flat / (floors * perFloor) + 1;
      int floor = flat % (floors * perFloor) / perFloor + 1;
      int door = flat % perFloor + 1;
      // Units stand side by side along the building; doors of a unit a few metres apart.
      double u = cu + (unit - (units + 1) / 2.0) * 0.1;
      double v = cv + (door - (perFloor + 1) / 2.0) * 0.03;
      Point at = mesh.point(cell[0], cell[1], u, v);
      household(street, m.estate(), buildingNo, unit, floor, door, id, at, m.code());
    }
  }

  /** The school's staff dormitory: a six-storey walk-up inside the school compound. */
  private void dormitory(Mesh mesh, CellRect compound, String school, GridCode grid) {
    int[] cell = {compound.i0() + compound.width() / 2, compound.j0() + compound.height() / 2};
    if (compound.width() == 1) {
      cell[0] = compound.i0();
    }
    if (compound.height() == 1) {
      cell[1] = compound.j0();
    }
    buildingSeq++;
    String id = String.format("B%04d", buildingSeq);
    double cu = Draw.between(people, 0.4, 0.6);
    double cv = Draw.between(people, 0.4, 0.6);
    String name = school + "教职工宿舍";
    tree.addBuilding(
        new Building(
            id, name + "1栋", Optional.of(mesh.point(cell[0], cell[1], cu, cv)), OptionalInt.of(6)));
    int floors = 6;
    int units = 2;
    for (int flat : flats(floors * units * 2, Draw.intBetween(people, 12, 22))) {
      int unit = flat / (floors * 2) + 1;
      int floor = flat % (floors * 2) / 2 + 1;
      int door = flat % 2 + 1;
      Point at = mesh.point(cell[0], cell[1], cu + (unit - 1.5) * 0.1, cv + (door - 1.5) * 0.03);
      household(name, "", 1, unit, floor, door, id, at, grid);
    }
  }

  /** {@code count} distinct flat numbers below {@code flats}, in order. */
  private int[] flats(int flats, int count) {
    int[] all = new int[flats];
    for (int k = 0; k < flats; k++) {
      all[k] = k;
    }
    for (int k = 0; k < count; k++) {
      int pick = k + people.nextInt(flats - k);
      int t = all[k];
      all[k] = all[pick];
      all[pick] = t;
    }
    int[] out = Arrays.copyOf(all, count);
    Arrays.sort(out);
    return out;
  }

  private void household(
      String street,
      String estate,
      int buildingNo,
      int unit,
      int floor,
      int door,
      String buildingId,
      Point at,
      GridCode grid) {
    String id = String.format("H%06d", households.size() + 1);
    int size = Demography.size(people, Demography.URBAN_SIZES);
    Household.Builder b =
        Household.builder(id)
            .address(address(street, estate, buildingNo, unit, floor, door))
            .buildingId(buildingId)
            .location(at)
            .size(size);
    households.add(new Demography.Pending(b, size, grid));
  }

  /**
   * An address in one of the spellings residents and departments actually use, so that the sample
   * also exercises address matching: 3栋2单元1402, 3幢2单元1402室, 3号楼2单元14楼2号, 3-2-1402, with or without
   * the estate's name.
   */
  private String address(String street, String estate, int b, int unit, int floor, int door) {
    String room = floor + String.format("%02d", door);
    String place = Draw.chance(people, 0.3) ? street + estate : street;
    return switch (Draw.weighted(people, new double[] {0.55, 0.20, 0.15, 0.10})) {
      case 0 -> place + b + "栋" + unit + "单元" + room;
      case 1 -> place + b + "幢" + unit + "单元" + room + "室";
      case 2 -> place + b + "号楼" + unit + "单元" + floor + "楼" + door + "号";
      default -> street + b + "-" + unit + "-" + room;
    };
  }

  /** How many households each grid has been given. */
  private Map<GridCode, Integer> householdsOf() {
    Map<GridCode, Integer> counts = new HashMap<>();
    for (Demography.Pending p : households) {
      counts.merge(p.grid(), 1, Integer::sum);
    }
    return counts;
  }
}
