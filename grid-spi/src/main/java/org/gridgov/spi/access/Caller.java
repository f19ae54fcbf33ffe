package org.gridgov.spi.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.staff.GridMember;

/**
 * Who reads or changes the store: a grid member (网格员) or an office (a street office 街道办事处, a
 * community office 社区居委会, a functional department 职能部门). {@link AccessPolicy#scope} says what it
 * may see.
 */
public sealed interface Caller permits Caller.Member, Caller.Office {

  /**
   * The caller as audit records and scopes name it: {@code member:M0012}, {@code
   * community:510107011005}, {@code street:510107011000}, {@code department:fire}.
   */
  String id();

  /** A member as the grid tree has them: the grids served and the days of service. */
  static Member member(GridMember member) {
    return new Member(member.id(), member.grids(), member.activeFrom(), member.activeUntil());
  }

  /** The office of a community (12-digit village-level code). */
  static Office community(DivisionCode community) {
    if (community.level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          community.digits() + " is not a community's code (12 digits, village level)");
    }
    return new Office(
        OfficeKind.COMMUNITY,
        community.digits(),
        ImmutableSortedSet.of(GridCode.ofCommunity(community)));
  }

  /**
   * The office of a street (town-level code) over the communities given, each of which must lie in
   * it (the tree of the district knows them: {@code tree.communities()}).
   */
  static Office street(DivisionCode street, Collection<DivisionCode> communities) {
    if (street.level() != DivisionLevel.TOWN) {
      throw new IllegalArgumentException(
          street.digits() + " is not a street's code (town level, PPCCDDTTT000)");
    }
    ImmutableSortedSet.Builder<GridCode> grids = ImmutableSortedSet.naturalOrder();
    for (DivisionCode c : communities) {
      if (c.level() != DivisionLevel.VILLAGE || !c.isWithin(street)) {
        throw new IllegalArgumentException(
            c.digits() + " is not a community of street " + street.digits());
      }
      grids.add(GridCode.ofCommunity(c));
    }
    return new Office(OfficeKind.STREET, street.digits(), grids.build());
  }

  /** A functional department (fire, water, police…), by the id the routing table gives it. */
  static Office department(String department) {
    return new Office(
        OfficeKind.DEPARTMENT, Checks.id(department, "department"), ImmutableSortedSet.of());
  }

  /**
   * A grid member.
   *
   * @param memberId the member's id
   * @param grids the grids the member serves, at least one
   * @param activeFrom first day of service, if recorded
   * @param activeUntil last day of service; empty while the member serves on
   */
  record Member(
      String memberId,
      ImmutableSortedSet<GridCode> grids,
      Optional<LocalDate> activeFrom,
      Optional<LocalDate> activeUntil)
      implements Caller {

    /** Validates the parts. */
    public Member {
      Checks.id(memberId, "member id");
      requireNonNull(grids, "grids");
      requireNonNull(activeFrom, "activeFrom");
      requireNonNull(activeUntil, "activeUntil");
      if (grids.isEmpty()) {
        throw new IllegalArgumentException("member " + memberId + " serves no grid");
      }
    }

    @Override
    public String id() {
      return "member:" + memberId;
    }

    /** Whether the member serves on {@code date}. */
    public boolean servesOn(LocalDate date) {
      return activeFrom.map(f -> !date.isBefore(f)).orElse(true)
          && activeUntil.map(u -> !date.isAfter(u)).orElse(true);
    }
  }

  /** The kinds of office. */
  enum OfficeKind {
    /** A street office (街道): the communities of the street. */
    STREET,
    /** A community office (社区): the whole community. */
    COMMUNITY,
    /** A functional department (职能部门): the cases routed to it. */
    DEPARTMENT
  }

  /**
   * An office.
   *
   * @param kind which kind
   * @param code the street's or community's 12-digit code, or the department's id
   * @param grids for a street or a community: the community grids it oversees; empty for a
   *     department
   */
  record Office(OfficeKind kind, String code, ImmutableSortedSet<GridCode> grids)
      implements Caller {

    /** Validates the parts; make offices with {@link Caller#community} and its siblings. */
    public Office {
      requireNonNull(kind, "kind");
      requireNonNull(code, "code");
      requireNonNull(grids, "grids");
      if ((kind == OfficeKind.DEPARTMENT) != grids.isEmpty()) {
        throw new IllegalArgumentException(
            kind == OfficeKind.DEPARTMENT
                ? "a department oversees no grid: it sees the cases routed to it"
                : "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " office oversees grids");
      }
    }

    @Override
    public String id() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }
  }
}
