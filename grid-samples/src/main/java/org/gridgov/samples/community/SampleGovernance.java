package org.gridgov.samples.community;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.governance.Appointment;
import org.gridgov.core.governance.BodyKind;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.governance.PatrolTrack;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.samples.internal.Draw;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Sample governance records for a sample community, as of {@link SampleCommunities#REFERENCE_DATE}:
 * four weeks of patrols (上格) with a GPS track for each grid's latest patrol, a duty catalogue of
 * the departments that usually push work to grids (职责清单), four weeks of tasks, and the appointments
 * of the community's bodies (双向进入、交叉任职).
 *
 * <p>Without planted faults the records give no finding of the governance rules on the reference
 * date: every micro grid is patrolled weekly by its members (by the general grid's full-time staff
 * when it has none), every special-group household is called on each week, tracks run through the
 * households visited, only admitted kinds of task are pushed, a few a week, and more than half of
 * the party committee sits on other bodies and the other way round. With faults planted, each
 * governance rule has something to find: a micro grid left unpatrolled for 12 days (and so its
 * special-group households unvisited), a special-group household elsewhere that nobody calls on, a
 * track walked 800 m away from its grid, tasks outside the catalogue or needing approval, a member
 * buried in 55 inspections in one week, and a party committee that hardly sits anywhere else.
 */
public final class SampleGovernance {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  /**
   * The catalogue: admitted kinds are the routine grid duties of the paper (visiting special
   * groups, hazard patrols, registration, notices); the others are departments' own work that the
   * 准入制度 keeps out of grids unless approved. Minutes are plausible averages, not measurements.
   */
  static final DutyCatalogue CATALOGUE =
      DutyCatalogue.of(
          List.of(
              new DutyKind("civil_affairs", "elderly_check", 20, true),
              new DutyKind("civil_affairs", "subsidy_verification", 30, true),
              new DutyKind("health", "vaccination_reminder", 10, true),
              new DutyKind("emergency_management", "hazard_inspection", 30, true),
              new DutyKind("public_security", "population_registration", 15, true),
              new DutyKind("statistics", "census_form", 40, false),
              new DutyKind("market_supervision", "shop_inspection", 45, false)));

  private static final List<DutyKind> ADMITTED =
      CATALOGUE.kinds().stream().filter(DutyKind::admitted).toList();

  private SampleGovernance() {}

  /**
   * Generates the records of a sample community.
   *
   * @param tree the community
   * @param seed any value; equal seeds give equal records
   * @param plantFaults whether to plant one fault for each governance rule
   */
  public static GovernanceRecords generate(GridTree tree, long seed, boolean plantFaults) {
    requireNonNull(tree, "tree");
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDate day = SampleCommunities.REFERENCE_DATE;
    List<Grid> micros = tree.grids(GridLevel.MICRO);
    // Patrols go to the micro grids, and to any other grid below the community that households
    // are assigned to directly (an exclusive grid, a general grid not yet divided).
    List<Grid> patrolled = new ArrayList<>(micros);
    for (Grid g : tree.grids()) {
      if (g.level() != GridLevel.MICRO
          && g.level() != GridLevel.COMMUNITY
          && !tree.households(g.code()).isEmpty()) {
        patrolled.add(g);
      }
    }
    // The faults' victims, chosen before drawing anything else. The unpatrolled grid's
    // special-group households go unvisited with it, as they would.
    Optional<Grid> unpatrolled =
        plantFaults ? micros.stream().skip(micros.size() / 2).findFirst() : Optional.empty();
    Optional<String> forgotten =
        plantFaults
            ? tree.households().stream()
                .filter(Household::hasSpecialGroup)
                .filter(h -> !tree.gridsOf(h.id()).isEmpty())
                .map(Household::id)
                .findFirst()
            : Optional.empty();

    List<Patrol> patrols = new ArrayList<>();
    List<PatrolTrack> tracks = new ArrayList<>();
    int seq = 0;
    for (Grid g : patrolled) {
      List<GridMember> walkers = walkers(tree, g, day);
      if (walkers.isEmpty()) {
        continue;
      }
      List<Household> homes =
          g.level() == GridLevel.MICRO
              ? tree.householdsWithin(g.code())
              : tree.households(g.code());
      Patrol latest = null;
      for (GridMember m : walkers) {
        int offset = Draw.intBetween(rnd, 0, 6);
        for (int week = 3; week >= 0; week--) {
          LocalDate on = day.minusDays(week * 7L + offset);
          if (unpatrolled.isPresent()
              && unpatrolled.get().equals(g)
              && on.isAfter(day.minusDays(12))) {
            continue;
          }
          OffsetDateTime start =
              on.atTime(Draw.intBetween(rnd, 9, 15), Draw.intBetween(rnd, 0, 59)).atOffset(CST);
          List<String> visited = new ArrayList<>();
          for (Household h : homes) {
            boolean chosen = h.hasSpecialGroup() || Draw.chance(rnd, 0.1);
            if (chosen && !h.id().equals(forgotten.orElse(""))) {
              visited.add(h.id());
            }
          }
          Patrol p =
              Patrol.of(
                  String.format("PT%05d", ++seq),
                  m.id(),
                  g.code(),
                  start,
                  start.plusMinutes(Draw.intBetween(rnd, 60, 150)),
                  visited);
          patrols.add(p);
          if (latest == null || p.startedAt().isAfter(latest.startedAt())) {
            latest = p;
          }
        }
      }
      if (latest != null) {
        track(tree, latest, 0).ifPresent(tracks::add);
      }
    }
    if (plantFaults && !tracks.isEmpty()) {
      // A patrol reported for one grid but walked in another place, 800 m east.
      PatrolTrack t = tracks.get(0);
      Patrol p =
          patrols.stream().filter(x -> x.id().equals(t.patrolId())).findFirst().orElseThrow();
      track(tree, p, 800).ifPresent(moved -> tracks.set(0, moved));
    }

    List<GridTask> tasks = tasks(tree, micros, day, rnd, plantFaults);
    List<Appointment> appointments = appointments(tree, plantFaults);
    return GovernanceRecords.builder()
        .patrols(patrols)
        .tracks(tracks)
        .catalogue(CATALOGUE)
        .tasks(tasks)
        .appointments(appointments)
        .build();
  }

  /** Who patrols a micro grid: its active members, else the general grid's full-time staff. */
  private static List<GridMember> walkers(GridTree tree, Grid g, LocalDate day) {
    List<GridMember> own = tree.members(g.code()).stream().filter(m -> m.isActiveOn(day)).toList();
    if (!own.isEmpty() || g.parent().isEmpty()) {
      return own;
    }
    return tree.members(g.parent().get()).stream()
        .filter(m -> m.isActiveOn(day) && m.employment() == Employment.FULL_TIME)
        .limit(1)
        .toList();
  }

  /** The track of a patrol: the points of the households it visited, shifted {@code east} m. */
  private static Optional<PatrolTrack> track(GridTree tree, Patrol p, double east) {
    List<Coordinate> points = new ArrayList<>();
    for (String id : p.householdsVisited()) {
      Optional<Household> h = tree.household(id);
      Optional<Point> at =
          h.flatMap(x -> x.buildingId().flatMap(tree::building).flatMap(Building::location))
              .or(() -> h.flatMap(Household::location));
      at.ifPresent(
          pt -> {
            double dx =
                east / (Wgs84.EARTH_RADIUS_M * Math.PI / 180 * Math.cos(Math.toRadians(pt.getY())));
            Coordinate c = new Coordinate(pt.getX() + dx, pt.getY());
            if (points.isEmpty() || !points.get(points.size() - 1).equals2D(c)) {
              points.add(c);
            }
          });
    }
    if (points.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new PatrolTrack(p.id(), Wgs84.FACTORY.createLineString(points.toArray(new Coordinate[0]))));
  }

  private static List<GridTask> tasks(
      GridTree tree, List<Grid> micros, LocalDate day, SplittableRandom rnd, boolean plantFaults) {
    List<GridTask> out = new ArrayList<>();
    int seq = 0;
    Optional<GridMember> buried = Optional.empty();
    for (Grid g : micros) {
      List<GridMember> members = walkers(tree, g, day);
      if (members.isEmpty()) {
        continue;
      }
      if (buried.isEmpty() && plantFaults) {
        buried = Optional.of(members.get(0));
      }
      for (int week = 3; week >= 0; week--) {
        int n = Draw.intBetween(rnd, 0, 2);
        for (int k = 0; k < n; k++) {
          DutyKind kind = Draw.pick(rnd, ADMITTED);
          GridMember m = Draw.pick(rnd, members);
          OffsetDateTime at =
              day.minusDays(week * 7L + Draw.intBetween(rnd, 0, 6)).atTime(9, 0).atOffset(CST);
          out.add(task(++seq, kind.department(), kind.kind(), g, m, at));
        }
      }
    }
    if (plantFaults && !micros.isEmpty()) {
      Grid g = micros.get(0);
      Optional<GridMember> m = walkers(tree, g, day).stream().findFirst();
      OffsetDateTime at = day.minusDays(2).atTime(10, 0).atOffset(CST);
      if (m.isPresent()) {
        // Outside the catalogue's admitted kinds: needing approval, and not listed at all.
        out.add(task(++seq, "statistics", "census_form", g, m.get(), at));
        out.add(task(++seq, "market_supervision", "shop_inspection", g, m.get(), at));
        out.add(task(++seq, "housing", "vacant_housing_survey", g, m.get(), at));
      }
    }
    if (buried.isPresent()) {
      GridMember m = buried.get();
      Grid g = tree.grid(m.grids().first()).orElseThrow();
      // 职责泛化: 55 inspections of 30 minutes in one week, 27.5 h beside the rounds.
      for (int k = 0; k < 55; k++) {
        OffsetDateTime at = day.minusDays(k % 7).atTime(8 + k % 9, 0).atOffset(CST);
        out.add(task(++seq, "emergency_management", "hazard_inspection", g, m, at));
      }
    }
    return out;
  }

  private static GridTask task(
      int seq, String department, String kind, Grid g, GridMember m, OffsetDateTime at) {
    return new GridTask(
        String.format("TK%05d", seq),
        department,
        kind,
        g.code(),
        Optional.of(m.id()),
        at,
        Optional.of(at.plusDays(7)));
  }

  /**
   * The seats: a party committee of six, a residents' committee of six, a property company and an
   * owners' committee. Clean, five of the six party committee members sit elsewhere (the secretary
   * also chairs the residents' committee, 一肩挑) and five of the nine people on the other bodies sit
   * on the party committee; with faults, only the secretary does.
   */
  private static List<Appointment> appointments(GridTree tree, boolean plantFaults) {
    List<Appointment> out = new ArrayList<>();
    for (Grid community : tree.communities()) {
      String c = community.code().value();
      String p = "C" + c.substring(c.length() - 3) + "-";
      String[] party = {"张建国", "李秀英", "王志强", "刘芳", "陈伟", "杨丽"};
      String[] others = {"赵磊", "黄敏", "周涛", "吴静"};
      for (int i = 0; i < party.length; i++) {
        out.add(
            seat(
                p + "A" + (i + 1),
                party[i],
                BodyKind.PARTY_COMMITTEE,
                c,
                i == 0 ? "secretary" : "member"));
      }
      int crossed = plantFaults ? 1 : 4;
      for (int i = 0; i < crossed; i++) {
        out.add(
            seat(
                p + "A" + (i + 1),
                party[i],
                BodyKind.RESIDENTS_COMMITTEE,
                c,
                i == 0 ? "director" : "member"));
      }
      out.add(seat(p + "R1", others[0], BodyKind.RESIDENTS_COMMITTEE, c, "member"));
      out.add(seat(p + "R2", others[1], BodyKind.RESIDENTS_COMMITTEE, c, "member"));
      if (!plantFaults) {
        out.add(
            seat(p + "A5", party[4], BodyKind.PROPERTY_COMPANY, p + "property", "deputy manager"));
      }
      out.add(seat(p + "W1", others[2], BodyKind.PROPERTY_COMPANY, p + "property", "manager"));
      out.add(seat(p + "O1", others[3], BodyKind.OWNERS_COMMITTEE, p + "owners", "chair"));
      out.add(seat(p + "R1", others[0], BodyKind.OWNERS_COMMITTEE, p + "owners", "member"));
      // The secretary is also the community's total grid chief, where the tree has one.
      tree.members(community.code()).stream()
          .findFirst()
          .ifPresent(
              m -> out.add(seat(p + "A1", party[0], BodyKind.GRID_MEMBER, m.id(), "grid chief")));
    }
    return ImmutableList.copyOf(out);
  }

  private static Appointment seat(
      String person, String name, BodyKind kind, String body, String role) {
    return new Appointment(person, name, kind, body, role);
  }
}
