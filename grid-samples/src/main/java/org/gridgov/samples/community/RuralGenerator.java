package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.gridgov.samples.internal.Draw;
import org.locationtech.jts.geom.Point;

/**
 * Generates the rural sample: 青杠村, a fictional village of a town in Jintang county, Chengdu. Each
 * villager group (村民小组) is a general grid, as the paper's rural rule has it, and is split into
 * micro grids around its hamlets: the farmhouse clusters of the Chengdu plain (林盘, 院子, 湾).
 */
final class RuralGenerator {

  /** Jintang county (510121), town 104 (100–199 are towns), villagers' committee 203. */
  static final String VILLAGE_CODE = "510121104203";

  static final String VILLAGE_NAME = "青杠村";

  private static final String COUNTY = "金堂县";
  private static final double CENTRE_LON = 104.472;
  private static final double CENTRE_LAT = 30.826;

  /** Mesh cells of 80 m: fields, lanes and ditches rather than streets. */
  private static final double CELL_METRES = 80;

  /** Each pair of villager groups takes a strip 8 cells (640 m) wide and 20 cells (1.6 km) long. */
  private static final int CELLS_PER_STRIP = 8;

  private static final int ROWS = 20;

  private static final List<String> HAMLET_TAILS = List.of("家湾", "家院子", "家林盘", "家坝", "家沟", "家大院");
  private static final List<String> HAMLET_PLACES =
      List.of("竹林盘", "大石包", "堰塘湾", "黄桷树", "柏树坡", "松林坡", "老龙井", "石板滩", "桤木林", "高坎子", "水碾房", "油坊沟");

  private final SplittableRandom geo;
  private final SplittableRandom people;
  private final SplittableRandom staff;
  private final Names names;
  private final GridTree.Builder tree = GridTree.builder();
  private final List<Demography.Pending> households = new ArrayList<>();

  /** Hamlet names already given; only looked up. */
  private final Set<String> hamlets = new HashSet<>();

  private final boolean plantFaults;

  private RuralGenerator(long seed, boolean plantFaults) {
    this.plantFaults = plantFaults;
    SplittableRandom root = new SplittableRandom(seed);
    this.geo = root.split();
    this.people = root.split();
    this.staff = root.split();
    this.names = new Names(root.split());
  }

  static GridTree generate(long seed, boolean plantFaults) {
    return new RuralGenerator(seed, plantFaults).run();
  }

  private GridTree run() {
    GridCode villageCode = GridCode.parse(VILLAGE_CODE);
    int groups = Draw.intBetween(people, 6, 9);
    int total = Draw.intBetween(people, 450, 650);
    int[] perGroup = Draw.partition(people, total, groups, 35, 110);
    int nx = CELLS_PER_STRIP * ((groups + 1) / 2);
    // Field boundaries lean more than town streets do.
    Mesh mesh =
        Mesh.create(
            CENTRE_LON,
            CENTRE_LAT,
            nx,
            ROWS,
            CELL_METRES,
            0.2,
            0.012,
            Draw.between(geo, -20, 20),
            geo);
    Grid village =
        Grid.builder(villageCode, VILLAGE_NAME)
            .boundary(mesh.polygon(mesh.all()))
            .settlement(Settlement.RURAL)
            .build();
    tree.addGrid(village);

    List<CellRect> groupRects = Tiling.split(mesh.all(), groups, 4, geo);
    List<Grid> generals = new ArrayList<>();
    List<Grid> micros = new ArrayList<>();
    List<List<GridCode>> microsByGeneral = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      GridCode code = villageCode.child(g + 1);
      Grid general =
          Grid.builder(code, VILLAGE_NAME + "第" + (g + 1) + "组网格")
              .boundary(mesh.polygon(groupRects.get(g)))
              .settlement(Settlement.RURAL)
              .build();
      tree.addGrid(general);
      generals.add(general);
      // A few micro grids per group, one per hamlet cluster, of some 15-55 households.
      int k = Math.max(2, Math.min(4, Math.round(perGroup[g] / 30f)));
      k = Math.min(k, Tiling.capacity(groupRects.get(g), 2));
      int avg = perGroup[g] / k;
      int[] sizes =
          Draw.partition(
              people,
              perGroup[g],
              k,
              Math.max(1, (int) (avg * 0.6)),
              Math.min(100, (int) Math.ceil(perGroup[g] / (double) k * 1.4)));
      List<CellRect> rects = Tiling.split(groupRects.get(g), k, 2, geo);
      List<GridCode> codes = new ArrayList<>();
      int houseNo = 0;
      for (int m = 0; m < k; m++) {
        GridCode microCode = code.child(m + 1);
        String hamlet = hamlet();
        Grid micro =
            Grid.builder(microCode, "第" + (g + 1) + "组" + hamlet + "微网格")
                .boundary(mesh.polygon(rects.get(m)))
                .settlement(Settlement.RURAL)
                .build();
        tree.addGrid(micro);
        micros.add(micro);
        codes.add(microCode);
        houseNo = settle(mesh, rects.get(m), sizes[m], g + 1, houseNo, microCode);
      }
      microsByGeneral.add(codes);
    }

    Demography.assignSpecialGroups(households, Demography.RURAL_RATES, people);
    for (Demography.Pending p : households) {
      Household h = p.builder().build();
      tree.addHousehold(h);
      tree.assign(h.id(), p.grid());
    }

    Staffing staffing =
        new Staffing(
            staff, names, Staffing.RURAL, SampleCommunities.REFERENCE_DATE, tree, plantFaults);
    staffing.totalGridChief(villageCode);
    for (Grid g : generals) {
      staffing.fullTime(g.code(), 1);
    }
    staffing.microTeams(microsByGeneral, householdsOf());
    staffing.partyOrganisations(village, VILLAGE_NAME + "党委", generals, micros, "院落");
    return tree.build();
  }

  private String hamlet() {
    for (int attempt = 0; attempt < 40; attempt++) {
      String name =
          Draw.chance(people, 0.7)
              ? names.surname() + Draw.pick(people, HAMLET_TAILS)
              : Draw.pick(people, HAMLET_PLACES);
      if (hamlets.add(name)) {
        return name;
      }
    }
    String fallback = "新村聚居点" + (hamlets.size() + 1);
    hamlets.add(fallback);
    return fallback;
  }

  /**
   * Scatters a micro grid's households around one or two hamlet centres: most houses near the
   * centre, a few out among the fields. Returns the last house number used in the group.
   */
  private int settle(Mesh mesh, CellRect rect, int count, int group, int houseNo, GridCode grid) {
    int centres = Draw.chance(people, 0.5) ? 2 : 1;
    int[][] centre = new int[centres][];
    for (int c = 0; c < centres; c++) {
      centre[c] =
          new int[] {
            rect.i0() + people.nextInt(rect.width()), rect.j0() + people.nextInt(rect.height())
          };
    }
    int no = houseNo;
    for (int k = 0; k < count; k++) {
      int[] at = centre[people.nextInt(centres)];
      int i = clamp(at[0] + (int) Math.round(gaussian() * 0.9), rect.i0(), rect.i1() - 1);
      int j = clamp(at[1] + (int) Math.round(gaussian() * 0.9), rect.j0(), rect.j1() - 1);
      Point p = mesh.point(i, j, Draw.between(people, 0.1, 0.9), Draw.between(people, 0.1, 0.9));
      no += Draw.chance(people, 0.15) ? 2 : 1; // numbers of demolished or merged houses are skipped
      household(group, no, p, grid);
    }
    return no;
  }

  private double gaussian() {
    // Box–Muller on the seeded stream: SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - people.nextDouble();
    double v = people.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static int clamp(int x, int lo, int hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  private void household(int group, int houseNo, Point at, GridCode grid) {
    String id = String.format("H%06d", households.size() + 1);
    int size = Demography.size(people, Demography.RURAL_SIZES);
    // Spellings seen in village registers: 3组, 三组, with or without county and village.
    String address =
        switch (Draw.weighted(people, new double[] {0.6, 0.2, 0.1, 0.1})) {
          case 0 -> VILLAGE_NAME + group + "组" + houseNo + "号";
          case 1 -> VILLAGE_NAME + Names.chinese(group) + "组" + houseNo + "号";
          case 2 -> group + "组" + houseNo + "号";
          default -> COUNTY + VILLAGE_NAME + group + "组" + houseNo + "号";
        };
    Household.Builder b =
        Household.builder(id)
            .address(address)
            .location(at)
            .size(size)
            .villagerGroup("第" + group + "组");
    households.add(new Demography.Pending(b, size, grid));
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
