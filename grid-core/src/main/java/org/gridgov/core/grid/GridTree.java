package org.gridgov.core.grid;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.locationtech.jts.geom.Point;

/**
 * The aggregate of one or more communities: their grids, and the households, buildings, residents,
 * members and party organisations in them. Built once by {@link #builder()} and then immutable;
 * every navigation (parent, children, grid → households, grid → members, household → grids) is a
 * lookup in an index made when it was built.
 *
 * <p>The tree holds what the data says, including what the validators of {@code grid-rules} will
 * report: households that no grid or two grids claim, grids without members, members who have left.
 * What it refuses are data that do not fit together at all; see {@link Builder#build()}.
 *
 * <p>Lists come in a stable order: grids by code, the others in the order they were added.
 */
public final class GridTree {

  private final ImmutableMap<GridCode, Grid> grids;
  private final ImmutableListMultimap<GridCode, Grid> children;
  private final ImmutableMap<String, Household> households;
  private final ImmutableSetMultimap<String, GridCode> gridsOfHousehold;
  private final ImmutableListMultimap<GridCode, Household> householdsOfGrid;
  private final ImmutableMap<String, Building> buildings;
  private final ImmutableMap<String, Resident> residents;
  private final ImmutableListMultimap<String, Resident> residentsOfHousehold;
  private final ImmutableMap<String, GridMember> members;
  private final ImmutableListMultimap<GridCode, GridMember> membersOfGrid;
  private final ImmutableMap<String, PartyOrganization> partyOrganizations;
  private final ImmutableListMultimap<GridCode, PartyOrganization> partyOfGrid;

  /** Derived once, on first use: the tree is immutable, so it never goes stale. */
  private final Supplier<AssignmentCounts> assignmentCounts =
      Suppliers.memoize(this::countAssignments);

  private GridTree(Builder b, ImmutableMap<String, Building> buildings) {
    TreeMap<GridCode, Grid> sorted = new TreeMap<>();
    b.grids.forEach((code, entry) -> sorted.put(code, entry.value));
    this.grids = ImmutableMap.copyOf(sorted);
    ImmutableListMultimap.Builder<GridCode, Grid> kids = ImmutableListMultimap.builder();
    for (Grid g : grids.values()) {
      g.parent().ifPresent(p -> kids.put(p, g));
    }
    this.children = kids.build();

    ImmutableMap.Builder<String, Household> hh = ImmutableMap.builder();
    b.households.forEach((id, entry) -> hh.put(id, entry.value));
    this.households = hh.build();
    ImmutableSetMultimap.Builder<String, GridCode> ofHousehold = ImmutableSetMultimap.builder();
    ImmutableListMultimap.Builder<GridCode, Household> byGrid = ImmutableListMultimap.builder();
    for (Builder.Assignment a : b.assignments.keySet()) {
      ofHousehold.put(a.household(), a.grid());
      byGrid.put(a.grid(), requireNonNull(households.get(a.household())));
    }
    this.gridsOfHousehold = ofHousehold.build();
    this.householdsOfGrid = byGrid.build();

    this.buildings = buildings;

    ImmutableMap.Builder<String, Resident> rs = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, Resident> rsOfHh = ImmutableListMultimap.builder();
    b.residents.forEach(
        (id, entry) -> {
          rs.put(id, entry.value);
          entry.value.householdId().ifPresent(h -> rsOfHh.put(h, entry.value));
        });
    this.residents = rs.build();
    this.residentsOfHousehold = rsOfHh.build();

    ImmutableMap.Builder<String, GridMember> ms = ImmutableMap.builder();
    ImmutableListMultimap.Builder<GridCode, GridMember> msOfGrid = ImmutableListMultimap.builder();
    b.members.forEach(
        (id, entry) -> {
          ms.put(id, entry.value);
          entry.value.grids().forEach(code -> msOfGrid.put(code, entry.value));
        });
    this.members = ms.build();
    this.membersOfGrid = msOfGrid.build();

    ImmutableMap.Builder<String, PartyOrganization> po = ImmutableMap.builder();
    ImmutableListMultimap.Builder<GridCode, PartyOrganization> poOfGrid =
        ImmutableListMultimap.builder();
    b.party.forEach(
        (id, entry) -> {
          po.put(id, entry.value);
          poOfGrid.put(entry.value.grid(), entry.value);
        });
    this.partyOrganizations = po.build();
    this.partyOfGrid = poOfGrid.build();
  }

  /** Starts an empty tree. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- grids ----

  /** Every grid, in code order. */
  public ImmutableList<Grid> grids() {
    return grids.values().asList();
  }

  /** The grid with this code, if there is one. */
  public Optional<Grid> grid(GridCode code) {
    return Optional.ofNullable(grids.get(requireNonNull(code, "code")));
  }

  /** The grids of a level, in code order. */
  public ImmutableList<Grid> grids(GridLevel level) {
    return grids.values().stream()
        .filter(g -> g.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /** The community total grids, in code order. */
  public ImmutableList<Grid> communities() {
    return grids(GridLevel.COMMUNITY);
  }

  /** The parent of a grid; empty for a community or an unknown code. */
  public Optional<Grid> parent(GridCode code) {
    return grid(code).flatMap(Grid::parent).map(grids::get);
  }

  /** The grids whose parent is {@code code}, in code order. */
  public ImmutableList<Grid> children(GridCode code) {
    return children.get(requireNonNull(code, "code"));
  }

  /** The community a grid lies in (the grid itself for a community), following parents. */
  public Optional<Grid> communityOf(GridCode code) {
    Optional<Grid> g = grid(code);
    while (g.isPresent() && g.get().level() != GridLevel.COMMUNITY) {
      g = parent(g.get().code());
    }
    return g;
  }

  /** Every grid below {@code code} (children, their children, …), in depth-first code order. */
  public ImmutableList<Grid> descendants(GridCode code) {
    ImmutableList.Builder<Grid> out = ImmutableList.builder();
    addDescendants(code, out);
    return out.build();
  }

  private void addDescendants(GridCode code, ImmutableList.Builder<Grid> out) {
    for (Grid child : children(code)) {
      out.add(child);
      addDescendants(child.code(), out);
    }
  }

  // ---- households ----

  /** Every household, in the order added. */
  public ImmutableList<Household> households() {
    return households.values().asList();
  }

  /** The household with this id, if there is one. */
  public Optional<Household> household(String id) {
    return Optional.ofNullable(households.get(requireNonNull(id, "id")));
  }

  /** The households assigned to this very grid (not to grids below it). */
  public ImmutableList<Household> households(GridCode code) {
    return householdsOfGrid.get(requireNonNull(code, "code"));
  }

  /**
   * The households of a grid and of every grid below it; a household that two grids there claim is
   * counted once.
   */
  public ImmutableList<Household> householdsWithin(GridCode code) {
    ImmutableList<Grid> below = descendants(code);
    if (below.isEmpty()) {
      return households(code);
    }
    if (assignmentCounts().multiplyAssigned().isEmpty()) {
      // No household is in two grids, so the grids' lists are disjoint: no set is needed.
      ImmutableList.Builder<Household> out = ImmutableList.builder();
      out.addAll(households(code));
      below.forEach(g -> out.addAll(households(g.code())));
      return out.build();
    }
    // Deduplicate by id: hashing a whole household is far dearer than hashing its id.
    Map<String, Household> out = new LinkedHashMap<>();
    households(code).forEach(h -> out.putIfAbsent(h.id(), h));
    for (Grid g : below) {
      households(g.code()).forEach(h -> out.putIfAbsent(h.id(), h));
    }
    return ImmutableList.copyOf(out.values());
  }

  /** Every grid a household is assigned to: none, one, or (a data error) several. */
  public ImmutableSet<GridCode> gridsOf(String householdId) {
    return gridsOfHousehold.get(requireNonNull(householdId, "householdId"));
  }

  /** The grid of a household assigned to exactly one grid; empty for none or several. */
  public Optional<Grid> gridOf(String householdId) {
    ImmutableSet<GridCode> codes = gridsOf(householdId);
    return codes.size() == 1 ? grid(codes.iterator().next()) : Optional.empty();
  }

  /** Households assigned to no grid. */
  public ImmutableList<Household> unassignedHouseholds() {
    return assignmentCounts().unassigned();
  }

  /** Households assigned to more than one grid. */
  public ImmutableList<Household> multiplyAssignedHouseholds() {
    return assignmentCounts().multiplyAssigned();
  }

  /** The households in no grid and in several, found in one pass when first asked for. */
  private record AssignmentCounts(
      ImmutableList<Household> unassigned, ImmutableList<Household> multiplyAssigned) {}

  private AssignmentCounts assignmentCounts() {
    return requireNonNull(assignmentCounts.get());
  }

  private AssignmentCounts countAssignments() {
    ImmutableList.Builder<Household> none = ImmutableList.builder();
    ImmutableList.Builder<Household> several = ImmutableList.builder();
    for (Household h : households.values()) {
      int n = gridsOfHousehold.get(h.id()).size();
      if (n == 0) {
        none.add(h);
      } else if (n > 1) {
        several.add(h);
      }
    }
    return new AssignmentCounts(none.build(), several.build());
  }

  // ---- buildings and residents ----

  /**
   * Every building: those added, and one for each building id that households name without a
   * building record (placed at the mean of its households' locations, when they have any).
   */
  public ImmutableList<Building> buildings() {
    return buildings.values().asList();
  }

  /** The building with this id, if there is one. */
  public Optional<Building> building(String id) {
    return Optional.ofNullable(buildings.get(requireNonNull(id, "id")));
  }

  /** Every resident, in the order added. */
  public ImmutableList<Resident> residents() {
    return residents.values().asList();
  }

  /** The resident with this id, if there is one. */
  public Optional<Resident> resident(String id) {
    return Optional.ofNullable(residents.get(requireNonNull(id, "id")));
  }

  /** The residents of a household. */
  public ImmutableList<Resident> residents(String householdId) {
    return residentsOfHousehold.get(requireNonNull(householdId, "householdId"));
  }

  // ---- members and party organisations ----

  /** Every member, in the order added, including those who have left. */
  public ImmutableList<GridMember> members() {
    return members.values().asList();
  }

  /** The member with this id, if there is one. */
  public Optional<GridMember> member(String id) {
    return Optional.ofNullable(members.get(requireNonNull(id, "id")));
  }

  /** The members serving a grid, including those who have left (check {@code isActiveOn}). */
  public ImmutableList<GridMember> members(GridCode code) {
    return membersOfGrid.get(requireNonNull(code, "code"));
  }

  /** Every party organisation, in the order added. */
  public ImmutableList<PartyOrganization> partyOrganizations() {
    return partyOrganizations.values().asList();
  }

  /** The party organisations attached to a grid. */
  public ImmutableList<PartyOrganization> partyOrganizations(GridCode code) {
    return partyOfGrid.get(requireNonNull(code, "code"));
  }

  /** Builds a {@link GridTree}, collecting every structural problem before it gives up. */
  public static final class Builder {

    /** A value and where it came from. */
    private record Entry<T>(T value, Optional<SourceLocation> origin) {}

    private final Map<GridCode, Entry<Grid>> grids = new LinkedHashMap<>();
    private final Map<String, Entry<Household>> households = new LinkedHashMap<>();
    private final Map<String, Entry<Building>> buildings = new LinkedHashMap<>();
    private final Map<String, Entry<Resident>> residents = new LinkedHashMap<>();
    private final Map<String, Entry<GridMember>> members = new LinkedHashMap<>();
    private final Map<String, Entry<PartyOrganization>> party = new LinkedHashMap<>();

    /** A household's assignment to a grid. */
    private record Assignment(String household, GridCode grid) {}

    /** Every assignment, in the order stated, with where it was stated. */
    private final Map<Assignment, Optional<SourceLocation>> assignments = new LinkedHashMap<>();

    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /** Adds a grid. */
    public Builder addGrid(Grid grid) {
      return addGrid(grid, Optional.empty());
    }

    /** Adds a grid read from {@code origin}. */
    public Builder addGrid(Grid grid, SourceLocation origin) {
      return addGrid(grid, Optional.of(origin));
    }

    private Builder addGrid(Grid grid, Optional<SourceLocation> origin) {
      requireNonNull(grid, "grid");
      Entry<Grid> first = grids.get(grid.code());
      if (first != null) {
        problems.add(
            new Problem(origin, "grid " + grid.code(), "duplicate code" + seenAt(first.origin)));
      } else {
        grids.put(grid.code(), new Entry<>(grid, origin));
      }
      return this;
    }

    /**
     * Adds a household. Adding the same household (equal in every field) again is allowed, so that
     * a household listed on two rows with two grids can be {@linkplain #assign assigned} twice; a
     * different household under the same id is a problem.
     */
    public Builder addHousehold(Household household) {
      return addHousehold(household, Optional.empty());
    }

    /** Adds a household read from {@code origin}; see {@link #addHousehold(Household)}. */
    public Builder addHousehold(Household household, SourceLocation origin) {
      return addHousehold(household, Optional.of(origin));
    }

    private Builder addHousehold(Household household, Optional<SourceLocation> origin) {
      requireNonNull(household, "household");
      Entry<Household> first = households.get(household.id());
      if (first == null) {
        households.put(household.id(), new Entry<>(household, origin));
      } else if (!first.value.equals(household)) {
        problems.add(
            new Problem(
                origin,
                "household " + household.id(),
                "listed again with different details"
                    + seenAt(first.origin)
                    + "; every row of a household must agree except for its grid"));
      }
      return this;
    }

    /** Assigns a household (added before or after) to a grid. */
    public Builder assign(String householdId, GridCode grid) {
      return assign(householdId, grid, Optional.empty());
    }

    /** Assigns a household to a grid, as read from {@code origin}. */
    public Builder assign(String householdId, GridCode grid, SourceLocation origin) {
      return assign(householdId, grid, Optional.of(origin));
    }

    private Builder assign(String householdId, GridCode grid, Optional<SourceLocation> origin) {
      requireNonNull(householdId, "householdId");
      requireNonNull(grid, "grid");
      Assignment key = new Assignment(householdId, grid);
      Optional<SourceLocation> first = assignments.putIfAbsent(key, origin);
      if (first != null) {
        problems.add(
            new Problem(
                origin,
                "household " + householdId,
                "assigned to grid " + grid + " twice" + seenAt(first)));
      }
      return this;
    }

    /** Adds a building record. */
    public Builder addBuilding(Building building) {
      return addBuilding(building, Optional.empty());
    }

    /** Adds a building record read from {@code origin}. */
    public Builder addBuilding(Building building, SourceLocation origin) {
      return addBuilding(building, Optional.of(origin));
    }

    private Builder addBuilding(Building building, Optional<SourceLocation> origin) {
      requireNonNull(building, "building");
      putUnique(buildings, building.id(), building, origin, "building");
      return this;
    }

    /** Adds a resident. */
    public Builder addResident(Resident resident) {
      return addResident(resident, Optional.empty());
    }

    /** Adds a resident read from {@code origin}. */
    public Builder addResident(Resident resident, SourceLocation origin) {
      return addResident(resident, Optional.of(origin));
    }

    private Builder addResident(Resident resident, Optional<SourceLocation> origin) {
      requireNonNull(resident, "resident");
      putUnique(residents, resident.id(), resident, origin, "resident");
      return this;
    }

    /**
     * Adds a member. A member added again under the same id with the same details serves the union
     * of the grids given (the members CSV has one row per grid served); different details under one
     * id are a problem.
     */
    public Builder addMember(GridMember member) {
      return addMember(member, Optional.empty());
    }

    /** Adds a member read from {@code origin}; see {@link #addMember(GridMember)}. */
    public Builder addMember(GridMember member, SourceLocation origin) {
      return addMember(member, Optional.of(origin));
    }

    private Builder addMember(GridMember member, Optional<SourceLocation> origin) {
      requireNonNull(member, "member");
      Entry<GridMember> first = members.get(member.id());
      if (first == null) {
        members.put(member.id(), new Entry<>(member, origin));
        return this;
      }
      GridMember merged = first.value.toBuilder().grids(member.grids()).build();
      GridMember again = member.toBuilder().grids(first.value.grids()).build();
      if (merged.equals(again)) {
        members.put(member.id(), new Entry<>(merged, first.origin));
      } else {
        problems.add(
            new Problem(
                origin,
                "member " + member.id(),
                "listed again with different details"
                    + seenAt(first.origin)
                    + "; every row of a member must agree except for its grid"));
      }
      return this;
    }

    /** Adds a party organisation. */
    public Builder addPartyOrganization(PartyOrganization organization) {
      return addPartyOrganization(organization, Optional.empty());
    }

    /** Adds a party organisation read from {@code origin}. */
    public Builder addPartyOrganization(PartyOrganization organization, SourceLocation origin) {
      return addPartyOrganization(organization, Optional.of(origin));
    }

    private Builder addPartyOrganization(
        PartyOrganization organization, Optional<SourceLocation> origin) {
      requireNonNull(organization, "organization");
      putUnique(party, organization.id(), organization, origin, "party organisation");
      return this;
    }

    private <T> void putUnique(
        Map<String, Entry<T>> map,
        String id,
        T value,
        Optional<SourceLocation> origin,
        String what) {
      Entry<T> first = map.get(id);
      if (first != null) {
        problems.add(new Problem(origin, what + " " + id, "duplicate id" + seenAt(first.origin)));
      } else {
        map.put(id, new Entry<>(value, origin));
      }
    }

    private static String seenAt(Optional<SourceLocation> origin) {
      return origin.map(o -> " (first at " + o + ")").orElse("");
    }

    /**
     * Builds the tree.
     *
     * @throws GridStructureException listing every problem: duplicate codes or ids, a parent that
     *     does not exist, a cycle of parents, a household, member or party organisation in a grid
     *     that does not exist, a resident in a household that does not exist, a household that is
     *     assigned but was never added
     */
    public GridTree build() {
      List<Problem> all = new ArrayList<>(problems);
      checkParents(all);
      checkCycles(all);
      assignments.forEach(
          (assignment, at) -> {
            String id = assignment.household();
            GridCode code = assignment.grid();
            if (!grids.containsKey(code)) {
              all.add(new Problem(at, "household " + id, "grid " + code + " does not exist"));
            }
            if (!households.containsKey(id)) {
              all.add(
                  new Problem(at, "household " + id, "assigned to " + code + " but never added"));
            }
          });
      members.forEach(
          (id, entry) -> {
            for (GridCode code : entry.value.grids()) {
              if (!grids.containsKey(code)) {
                all.add(
                    new Problem(entry.origin, "member " + id, "grid " + code + " does not exist"));
              }
            }
          });
      party.forEach(
          (id, entry) -> {
            if (!grids.containsKey(entry.value.grid())) {
              all.add(
                  new Problem(
                      entry.origin,
                      "party organisation " + id,
                      "grid " + entry.value.grid() + " does not exist"));
            }
          });
      residents.forEach(
          (id, entry) ->
              entry
                  .value
                  .householdId()
                  .filter(h -> !households.containsKey(h))
                  .ifPresent(
                      h ->
                          all.add(
                              new Problem(
                                  entry.origin,
                                  "resident " + id,
                                  "household " + h + " does not exist"))));
      if (!all.isEmpty()) {
        throw new GridStructureException(all);
      }
      return new GridTree(this, allBuildings());
    }

    private void checkParents(List<Problem> all) {
      grids.forEach(
          (code, entry) ->
              entry
                  .value
                  .parent()
                  .filter(p -> !grids.containsKey(p))
                  .ifPresent(
                      p ->
                          all.add(
                              new Problem(
                                  entry.origin,
                                  "grid " + code,
                                  "parent " + p + " does not exist"))));
    }

    /** Reports each cycle of parents once, naming its grids in order. */
    private void checkCycles(List<Problem> all) {
      Map<GridCode, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
      for (GridCode start : grids.keySet()) {
        List<GridCode> path = new ArrayList<>();
        GridCode at = start;
        while (at != null && state.get(at) == null) {
          state.put(at, 1);
          path.add(at);
          Entry<Grid> e = grids.get(at);
          at = e == null ? null : e.value.parent().filter(grids::containsKey).orElse(null);
        }
        if (at != null && requireNonNull(state.get(at)) == 1) {
          List<GridCode> cycle = path.subList(path.indexOf(at), path.size());
          StringBuilder names = new StringBuilder();
          for (GridCode c : cycle) {
            names.append(c).append(" -> ");
          }
          names.append(at);
          all.add(
              new Problem(
                  requireNonNull(grids.get(at)).origin,
                  "grid " + at,
                  "cycle of parents: " + names));
        }
        path.forEach(c -> state.put(c, 2));
      }
    }

    private ImmutableMap<String, Building> allBuildings() {
      Map<String, Building> out = new LinkedHashMap<>();
      buildings.forEach((id, e) -> out.put(id, e.value));
      Map<String, double[]> sums = new LinkedHashMap<>(); // lon, lat, count
      for (Entry<Household> e : households.values()) {
        Optional<String> b = e.value.buildingId();
        if (b.isEmpty() || out.containsKey(b.get())) {
          continue;
        }
        double[] s = sums.computeIfAbsent(b.get(), k -> new double[3]);
        Optional<Point> p = e.value.location();
        if (p.isPresent()) {
          s[0] += p.get().getX();
          s[1] += p.get().getY();
          s[2]++;
        }
      }
      sums.forEach(
          (id, s) ->
              out.put(
                  id,
                  new Building(
                      id,
                      "",
                      s[2] == 0
                          ? Optional.empty()
                          : Optional.of(Wgs84.point(s[0] / s[2], s[1] / s[2])),
                      OptionalInt.empty())));
      return ImmutableMap.copyOf(out);
    }
  }

  /**
   * Two trees are equal when they hold equal grids, households, assignments, buildings, residents,
   * members and party organisations. Order of addition does not matter.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof GridTree t
        && grids.equals(t.grids)
        && households.equals(t.households)
        && gridsOfHousehold.equals(t.gridsOfHousehold)
        && buildings.equals(t.buildings)
        && residents.equals(t.residents)
        && members.equals(t.members)
        && partyOrganizations.equals(t.partyOrganizations);
  }

  @Override
  public int hashCode() {
    return grids.keySet().hashCode() * 31 + households.keySet().hashCode();
  }

  @Override
  public String toString() {
    return "GridTree of "
        + grids.size()
        + " grids, "
        + households.size()
        + " households, "
        + members.size()
        + " members";
  }

  /** Orders grids by code; handy for callers sorting their own lists. */
  public static Comparator<Grid> byCode() {
    return Comparator.comparing(Grid::code);
  }
}
