package org.gridgov.samples.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.core.staff.PartyOrganizationKind;
import org.gridgov.samples.internal.Draw;

/**
 * Puts members and party organisations on a sample's grids. The samples are staffed the way the
 * founding paper asks, so that they validate clean: every grid has an active member, every micro
 * grid an active chief with a smartphone, teams large enough for the 3-hour round, no member
 * serving more households than the default policy allows, and a party branch on every general grid.
 * Life still happens: some members have left (each replaced by a successor), many older members
 * have no smartphone, and only some micro grids have a building party group.
 *
 * <p>On request ({@code plantFaults}) two of the failures the paper names are planted, so that
 * validators have something real to find: one micro grid whose members have all left (人走格空) and one
 * whose active members have no smartphone (格在人在事不传).
 */
final class Staffing {

  /**
   * Who serves on micro grids. Micro grid members are mostly retired residents with time for door
   * calls; a rural village is older still, as the young work away. The bands and weights are
   * assumptions, as is the chance of having no smartphone, which rises steeply with age.
   *
   * @param bandFrom first birth year of each band
   * @param bandTo last birth year of each band
   * @param bandWeights relative weight of each band
   * @param noPhoneBefore1955 chance of no smartphone for those born before 1955
   * @param noPhone1955to1959 … born 1955–1959
   * @param noPhone1960to1969 … born 1960–1969
   * @param teamMin fewest members on a micro grid
   * @param teamMax most members on a micro grid
   */
  record Profile(
      int[] bandFrom,
      int[] bandTo,
      double[] bandWeights,
      double noPhoneBefore1955,
      double noPhone1955to1959,
      double noPhone1960to1969,
      int teamMin,
      int teamMax) {}

  static final Profile URBAN =
      new Profile(
          new int[] {1950, 1960, 1966, 1980},
          new int[] {1959, 1965, 1979, 1998},
          new double[] {0.35, 0.35, 0.18, 0.12},
          0.35,
          0.15,
          0.03,
          2,
          4);

  static final Profile RURAL =
      new Profile(
          new int[] {1948, 1960, 1970, 1986},
          new int[] {1959, 1969, 1985, 1998},
          new double[] {0.45, 0.35, 0.15, 0.05},
          0.30,
          0.12,
          0.04,
          2,
          3);

  /** Share of micro grid members who have left before the reference date (assumption). */
  private static final double DEPARTURE_RATE = 0.05;

  /** Chance that two neighbouring micro grids share one member (assumption). */
  private static final double SHARED_MEMBER_RATE = 0.15;

  /**
   * Households per member that a micro grid's team is sized for, at least: at about 3.6 minutes of
   * work per household (docs/workload.md), 40 households take some 145 minutes, which leaves room
   * within the 3-hour round for walking and for households with special groups.
   */
  private static final int HOUSEHOLDS_PER_MEMBER = 40;

  /**
   * Most households a member shared by two micro grids serves: the default policy's limit for
   * part-time members and volunteers, so that sharing never overloads anyone.
   */
  private static final int SHARED_MEMBER_MAX_HOUSEHOLDS = 200;

  /** Share of micro grids with a building party group: the paper finds coverage too low. */
  private static final double BUILDING_GROUP_RATE = 0.35;

  private static final LocalDate MICRO_GRIDS_START = LocalDate.of(2022, 3, 1);

  private final SplittableRandom rnd;
  private final Names names;
  private final Profile profile;
  private final LocalDate referenceDate;
  private final GridTree.Builder tree;
  private final boolean plantFaults;
  private int memberSeq;
  private int partySeq;

  Staffing(
      SplittableRandom rnd,
      Names names,
      Profile profile,
      LocalDate referenceDate,
      GridTree.Builder tree,
      boolean plantFaults) {
    this.rnd = rnd;
    this.names = names;
    this.profile = profile;
    this.referenceDate = referenceDate;
    this.tree = tree;
    this.plantFaults = plantFaults;
  }

  /** The total grid chief (总网格长), usually the community's party secretary. */
  void totalGridChief(GridCode community) {
    int born = Draw.intBetween(rnd, 1968, 1982);
    tree.addMember(
        start(born, Draw.chance(rnd, 0.4))
            .employment(Employment.FULL_TIME)
            .duties(Duty.SUPERVISION)
            .grid(community)
            .build());
  }

  /** Full-time grid staff (专职网格员) on a general grid, who take all four duties. */
  void fullTime(GridCode general, int count) {
    for (int k = 0; k < count; k++) {
      int born = Draw.intBetween(rnd, 1978, 1999);
      tree.addMember(
          start(born, Draw.chance(rnd, 0.55))
              .employment(Employment.FULL_TIME)
              .duties(EnumSet.allOf(Duty.class))
              .grid(general)
              .build());
    }
  }

  /**
   * Teams for the micro grids, listed general grid by general grid so that shared members serve
   * neighbours. With {@code plantFaults}, one micro grid is left empty by departures and another is
   * served only by members without a smartphone; neither shares a member with another grid, so each
   * stays what it is.
   *
   * @param households the households of each micro grid
   */
  void microTeams(List<List<GridCode>> microsByGeneral, Map<GridCode, Integer> households) {
    List<GridCode> all = new ArrayList<>();
    microsByGeneral.forEach(all::addAll);
    Set<GridCode> special = new HashSet<>();
    Optional<GridCode> vacant = Optional.empty();
    Optional<GridCode> unreachable = Optional.empty();
    if (plantFaults && !all.isEmpty()) {
      List<GridCode> order = Draw.shuffled(rnd, all);
      vacant = Optional.of(order.get(0));
      unreachable = Optional.of(order.get(1 % order.size()));
      special.add(vacant.get());
      special.add(unreachable.get());
    }
    for (List<GridCode> micros : microsByGeneral) {
      for (int k = 0; k < micros.size(); k++) {
        GridCode micro = micros.get(k);
        int size = teamSize(households.getOrDefault(micro, 0));
        if (vacant.isPresent() && micro.equals(vacant.get())) {
          vacantTeam(micro, size);
        } else if (unreachable.isPresent() && micro.equals(unreachable.get())) {
          unreachableTeam(micro, size);
        } else {
          ordinaryTeam(micro, size);
        }
        if (k + 1 < micros.size()) {
          GridCode next = micros.get(k + 1);
          boolean fits =
              households.getOrDefault(micro, 0) + households.getOrDefault(next, 0)
                  <= SHARED_MEMBER_MAX_HOUSEHOLDS;
          if (!special.contains(micro)
              && !special.contains(next)
              && fits
              && Draw.chance(rnd, SHARED_MEMBER_RATE)) {
            sharedMember(micro, next);
          }
        }
      }
    }
  }

  /** A team of the profile's size, but never too small for the round within 3 hours. */
  private int teamSize(int households) {
    int needed = (households + HOUSEHOLDS_PER_MEMBER - 1) / HOUSEHOLDS_PER_MEMBER;
    return Math.max(Draw.intBetween(rnd, profile.teamMin(), profile.teamMax()), needed);
  }

  private void ordinaryTeam(GridCode micro, int size) {
    for (int k = 0; k < size; k++) {
      boolean chief = k == 0;
      int born = birthYear();
      GridMember.Builder b = microMember(born, chief).grid(micro).hasSmartphone(phone(born, chief));
      // The start of service only places the departure; it is not recorded, because the members
      // file carries active_until but no start date, and the bundled files must equal the model.
      LocalDate from = date(MICRO_GRIDS_START, LocalDate.of(2024, 12, 31));
      if (Draw.chance(rnd, DEPARTURE_RATE)) {
        LocalDate until = date(from.plusDays(180), referenceDate.minusDays(2));
        b.activeUntil(until);
        tree.addMember(b.build());
        // The street office fills the place (assumption: at once, in these samples), so a
        // departure leaves a record but no gap.
        int successor = birthYear();
        tree.addMember(
            microMember(successor, chief)
                .grid(micro)
                .hasSmartphone(phone(successor, chief))
                .build());
      } else {
        tree.addMember(b.build());
      }
    }
  }

  /** Everyone has left and no one has come: 人走格空. */
  private void vacantTeam(GridCode micro, int size) {
    for (int k = 0; k < size; k++) {
      int born = birthYear();
      tree.addMember(
          microMember(born, k == 0)
              .grid(micro)
              .hasSmartphone(hasPhone(born))
              .activeUntil(date(LocalDate.of(2025, 3, 1), referenceDate.minusDays(14)))
              .build());
    }
  }

  /** Members are there but none can send a report from a phone: 格在人在事不传. */
  private void unreachableTeam(GridCode micro, int size) {
    for (int k = 0; k < size; k++) {
      int born = Draw.intBetween(rnd, 1944, 1954);
      tree.addMember(microMember(born, k == 0).grid(micro).hasSmartphone(false).build());
    }
  }

  private void sharedMember(GridCode a, GridCode b) {
    int born = birthYear();
    tree.addMember(microMember(born, false).grid(a).grid(b).hasSmartphone(hasPhone(born)).build());
  }

  /** The contact an exclusive grid's managing body appoints (专属网格联络员). */
  void exclusiveContact(GridCode exclusive) {
    int born = Draw.intBetween(rnd, 1972, 1996);
    tree.addMember(
        start(born, Draw.chance(rnd, 0.5))
            .employment(Employment.PART_TIME)
            .duties(Duty.INSPECTION, Duty.PUBLICITY)
            .grid(exclusive)
            .build());
  }

  /**
   * The party overlay: a committee on the community, a branch on every general grid (the default
   * policy asks for full coverage of general grids), and a building (or courtyard) group on about a
   * third of the micro grids, since the paper finds coverage below the general grids too low.
   *
   * @param groupWord what a micro grid's group is called, 楼栋 or 院落
   */
  void partyOrganisations(
      Grid community,
      String committeeName,
      List<Grid> generals,
      List<Grid> micros,
      String groupWord) {
    addParty(committeeName, PartyOrganizationKind.COMMUNITY_COMMITTEE, community.code());
    for (Grid g : generals) {
      addParty(g.name() + "党支部", PartyOrganizationKind.GRID_BRANCH, g.code());
    }
    int groups =
        Math.max(
            1, Math.min(micros.size() - 1, (int) Math.round(micros.size() * BUILDING_GROUP_RATE)));
    Set<GridCode> chosen = new HashSet<>();
    for (Grid m : Draw.shuffled(rnd, micros).subList(0, Math.max(0, groups))) {
      chosen.add(m.code());
    }
    for (Grid m : micros) {
      if (chosen.contains(m.code())) {
        addParty(
            m.name().replace("微网格", "") + groupWord + "党小组",
            PartyOrganizationKind.BUILDING_GROUP,
            m.code());
      }
    }
  }

  private void addParty(String name, PartyOrganizationKind kind, GridCode grid) {
    partySeq++;
    tree.addPartyOrganization(
        new PartyOrganization(String.format("P%03d", partySeq), name, kind, grid));
  }

  private GridMember.Builder microMember(int born, boolean chief) {
    // Residents volunteering for door calls are more often women (assumption: 60 %).
    GridMember.Builder b = start(born, Draw.chance(rnd, 0.6));
    if (chief) {
      // The micro grid chief (微网格长) takes all four duties.
      return b.employment(Employment.PART_TIME).duties(EnumSet.allOf(Duty.class));
    }
    b.employment(Draw.chance(rnd, 0.6) ? Employment.VOLUNTEER : Employment.PART_TIME);
    List<Duty> duties = Draw.shuffled(rnd, List.of(Duty.values()));
    return b.duties(duties.subList(0, Draw.intBetween(rnd, 1, 3)));
  }

  private GridMember.Builder start(int born, boolean woman) {
    memberSeq++;
    return GridMember.builder(String.format("M%04d", memberSeq), names.person(born, woman))
        .birthYear(born);
  }

  private int birthYear() {
    int band = Draw.weighted(rnd, profile.bandWeights());
    return Draw.intBetween(rnd, profile.bandFrom()[band], profile.bandTo()[band]);
  }

  /**
   * Whether a micro grid member has a smartphone. The chief (微网格长) always has one: the street
   * office appoints as chief someone who can report (assumption), so that no grid is cut off.
   */
  private boolean phone(int born, boolean chief) {
    return chief || hasPhone(born);
  }

  private boolean hasPhone(int born) {
    double none =
        born < 1955
            ? profile.noPhoneBefore1955()
            : born < 1960
                ? profile.noPhone1955to1959()
                : born < 1970 ? profile.noPhone1960to1969() : 0;
    return !Draw.chance(rnd, none);
  }

  /** A day in [{@code from}, {@code to}]; {@code from} when the range is empty. */
  private LocalDate date(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = Math.max(a, to.toEpochDay());
    return LocalDate.ofEpochDay(a + rnd.nextLong(b - a + 1));
  }
}
