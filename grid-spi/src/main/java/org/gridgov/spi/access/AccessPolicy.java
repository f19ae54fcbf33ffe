package org.gridgov.spi.access;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.Scope;

/**
 * Who may see what: turns a {@link Caller} into the {@link Scope} that every read of the store
 * takes, so that a service built on the store shows each person only what their duty needs (最小必要,
 * PIPL art. 6). The rules:
 *
 * <ul>
 *   <li>a micro-grid member sees their micro grids; general-grid staff their general grid with the
 *       micro grids inside it (the grids the member serves, each with the grids inside it);
 *   <li>a community office sees its whole community, a street office every community of the street;
 *   <li>a department sees only the cases routed to it, and no resident;
 *   <li>a member outside their days of service (whose {@code active_until} has passed, or not yet
 *       started) sees nothing;
 *   <li>special-group data (特殊群体: vulnerable people, health and disability) only for the roles the
 *       policy grants it ({@link #defaults()}: the community and street offices).
 * </ul>
 *
 * <p>Changing follows seeing: a caller may append to a case only within its scope ({@link
 * #mayChange}). Immutable and thread-safe.
 */
public final class AccessPolicy {

  /** The roles a caller plays, to which special-group data is granted. */
  public enum Role {
    /** A member serving micro (or exclusive) grids only. */
    MICRO_GRID_MEMBER,
    /** A member serving a general grid or the community grid (full-time grid staff). */
    GRID_STAFF,
    /** A community office. */
    COMMUNITY_OFFICE,
    /** A street office. */
    STREET_OFFICE,
    /** A functional department. */
    DEPARTMENT;

    /** The lower-case code, {@code micro_grid_member}, … */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Set<Role> specialGroups;

  private AccessPolicy(Set<Role> specialGroups) {
    this.specialGroups = Sets.immutableEnumSet(specialGroups);
  }

  /** The default policy: special-group data for the community and street offices only. */
  public static AccessPolicy defaults() {
    return grantingSpecialGroups(List.of(Role.COMMUNITY_OFFICE, Role.STREET_OFFICE));
  }

  /**
   * A policy granting special-group data to exactly these roles (for instance adding {@link
   * Role#MICRO_GRID_MEMBER} where members visit the elderly living alone of their grid).
   */
  public static AccessPolicy grantingSpecialGroups(Collection<Role> roles) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    roles.forEach(r -> set.add(requireNonNull(r, "role")));
    return new AccessPolicy(set);
  }

  /** The roles granted special-group data. */
  public Set<Role> specialGroupRoles() {
    return specialGroups;
  }

  /** The role a caller plays. */
  public static Role role(Caller caller) {
    requireNonNull(caller, "caller");
    if (caller instanceof Caller.Member m) {
      return m.grids().stream()
              .allMatch(g -> g.level() == GridLevel.MICRO || g.level() == GridLevel.EXCLUSIVE)
          ? Role.MICRO_GRID_MEMBER
          : Role.GRID_STAFF;
    }
    return switch (((Caller.Office) caller).kind()) {
      case STREET -> Role.STREET_OFFICE;
      case COMMUNITY -> Role.COMMUNITY_OFFICE;
      case DEPARTMENT -> Role.DEPARTMENT;
    };
  }

  /**
   * What {@code caller} may see on {@code today}: the scope to pass to every read, naming the
   * caller for the audit of reads.
   */
  public Scope scope(Caller caller, LocalDate today) {
    requireNonNull(today, "today");
    Role role = role(caller);
    Scope scope;
    if (caller instanceof Caller.Member m) {
      if (!m.servesOn(today)) {
        // Not even their old grid: a member who has left holds no duty that needs the data.
        return Scope.nothing(
            caller.id(),
            m.activeUntil().filter(today::isAfter).isPresent()
                ? "member " + m.memberId() + " served until " + m.activeUntil().get()
                : "member " + m.memberId() + " serves from " + m.activeFrom().orElseThrow());
      }
      scope = Scope.grids(m.grids()).because(role.code() + " of " + codes(m.grids()));
    } else {
      Caller.Office o = (Caller.Office) caller;
      scope =
          o.kind() == Caller.OfficeKind.DEPARTMENT
              ? Scope.departments(List.of(o.code())).because("cases routed to " + o.code())
              : Scope.grids(o.grids()).because(role.code() + " of " + codes(o.grids()));
    }
    return scope.by(caller.id()).withSpecialGroups(specialGroups.contains(role));
  }

  /** Whether {@code caller} may append to a case standing so: only within its scope. */
  public boolean mayChange(Caller caller, LocalDate today, CaseSummary c) {
    return scope(caller, today).permits(c);
  }

  private static String codes(Collection<GridCode> grids) {
    return grids.stream().map(GridCode::value).collect(Collectors.joining(" "));
  }

  @Override
  public String toString() {
    return "AccessPolicy[special groups for " + specialGroups + "]";
  }
}
