package org.gridgov.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;

/**
 * The cross-appointment rates of each community (双向进入、交叉任职): the share of the party committee's
 * members who also sit on another body (the residents' committee, a property company, an owners'
 * committee, the grid staff), and the other way round, the share of the people on the residents'
 * committee, property companies and owners' committees who also sit on the party committee. Grid
 * members count only in the first direction: they are the grids' staff, not a governing body whose
 * leaders the party committee takes in.
 *
 * <p>A body belongs to a community when its {@code body_id} is a grid code of the tree (the
 * community's own or a grid below it), the id of a party organisation of the tree, or (for {@code
 * grid_member}) the id of a member of the tree, whose grids place it. Any other body (a property
 * company's own id, say) belongs to the communities of the bodies above that its people also sit
 * on.
 *
 * @param community the community's grid code
 * @param partyCommittee people on the community's party committee
 * @param partyCrossAppointed of those, how many sit on at least one other body
 * @param otherBodies people on the community's residents' committee, property companies and owners'
 *     committees
 * @param otherOnPartyCommittee of those, how many also sit on the party committee
 */
public record CrossAppointmentRates(
    GridCode community,
    int partyCommittee,
    int partyCrossAppointed,
    int otherBodies,
    int otherOnPartyCommittee) {

  /** Checks the counts. */
  public CrossAppointmentRates {
    requireNonNull(community, "community");
    if (partyCrossAppointed < 0
        || partyCrossAppointed > partyCommittee
        || otherOnPartyCommittee < 0
        || otherOnPartyCommittee > otherBodies) {
      throw new IllegalArgumentException("inconsistent counts for " + community);
    }
  }

  /** The share of the party committee sitting on another body; empty when it has no one. */
  public Optional<Double> partyRate() {
    return partyCommittee == 0
        ? Optional.empty()
        : Optional.of((double) partyCrossAppointed / partyCommittee);
  }

  /** The share of the other bodies' people sitting on the party committee; empty when none. */
  public Optional<Double> otherRate() {
    return otherBodies == 0
        ? Optional.empty()
        : Optional.of((double) otherOnPartyCommittee / otherBodies);
  }

  /**
   * The rates of every community that appointments place, in community code order.
   *
   * @param tree the grids, members and party organisations that place the bodies
   * @param appointments the seats
   */
  public static ImmutableList<CrossAppointmentRates> of(
      GridTree tree, Collection<Appointment> appointments) {
    requireNonNull(tree, "tree");
    requireNonNull(appointments, "appointments");
    // Each body's communities, from the body itself where the tree knows it.
    Map<String, Set<GridCode>> bodies = new HashMap<>();
    Map<String, Set<GridCode>> personCommunities = new HashMap<>();
    for (Appointment a : appointments) {
      Set<GridCode> at = communitiesOf(tree, a);
      bodies.computeIfAbsent(body(a), b -> new TreeSet<>()).addAll(at);
      personCommunities.computeIfAbsent(a.personId(), p -> new HashSet<>()).addAll(at);
    }
    // A body the tree does not know belongs where the other seats of its people are.
    Map<String, Set<GridCode>> inherited = new HashMap<>();
    for (Appointment a : appointments) {
      if (bodies.getOrDefault(body(a), Set.of()).isEmpty()) {
        inherited
            .computeIfAbsent(body(a), b -> new TreeSet<>())
            .addAll(personCommunities.getOrDefault(a.personId(), Set.of()));
      }
    }
    inherited.forEach(bodies::put);
    Map<GridCode, Set<String>> party = new TreeMap<>();
    Map<GridCode, Set<String>> others = new TreeMap<>();
    Map<String, Set<BodyKind>> kinds = new HashMap<>();
    for (Appointment a : appointments) {
      kinds.computeIfAbsent(a.personId(), p -> new HashSet<>()).add(a.bodyKind());
      Set<GridCode> at = bodies.getOrDefault(body(a), Set.of());
      for (GridCode c : at) {
        switch (a.bodyKind()) {
          case PARTY_COMMITTEE -> party.computeIfAbsent(c, k -> new TreeSet<>()).add(a.personId());
          case RESIDENTS_COMMITTEE, PROPERTY_COMPANY, OWNERS_COMMITTEE ->
              others.computeIfAbsent(c, k -> new TreeSet<>()).add(a.personId());
          case GRID_MEMBER -> {
            // Counts only as the other body of a party committee member (see above).
          }
        }
      }
    }
    Set<GridCode> communities = new TreeSet<>(party.keySet());
    communities.addAll(others.keySet());
    ImmutableList.Builder<CrossAppointmentRates> out = ImmutableList.builder();
    for (GridCode c : communities) {
      Set<String> p = party.getOrDefault(c, Set.of());
      Set<String> o = others.getOrDefault(c, Set.of());
      int crossed = 0;
      for (String person : p) {
        if (kinds.getOrDefault(person, Set.of()).size() > 1) {
          crossed++;
        }
      }
      int onParty = 0;
      for (String person : o) {
        if (p.contains(person)) {
          onParty++;
        }
      }
      out.add(new CrossAppointmentRates(c, p.size(), crossed, o.size(), onParty));
    }
    return out.build();
  }

  private static String body(Appointment a) {
    return a.bodyKind().code() + ":" + a.bodyId();
  }

  private static Set<GridCode> communitiesOf(GridTree tree, Appointment a) {
    Set<GridCode> out = new TreeSet<>();
    Optional<GridCode> code = GridCode.tryParse(a.bodyId());
    if (code.isPresent()) {
      tree.communityOf(code.get()).map(Grid::code).ifPresent(out::add);
      return out;
    }
    for (PartyOrganization o : tree.partyOrganizations()) {
      if (o.id().equals(a.bodyId())) {
        tree.communityOf(o.grid()).map(Grid::code).ifPresent(out::add);
      }
    }
    if (out.isEmpty() && a.bodyKind() == BodyKind.GRID_MEMBER) {
      Optional<GridMember> m = tree.member(a.bodyId());
      List<GridCode> grids = m.map(x -> List.copyOf(x.grids())).orElse(List.of());
      for (GridCode g : grids) {
        tree.communityOf(g).map(Grid::code).ifPresent(out::add);
      }
    }
    return out;
  }
}
