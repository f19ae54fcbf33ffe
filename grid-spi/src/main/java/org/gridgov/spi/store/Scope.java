package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.Collection;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;

/**
 * What a caller may see: every read of cases and residents takes one, so that no read is unscoped
 * by accident. A grid member sees the cases and residents of their grids (and the grids inside
 * them), a department the cases routed to it and no resident; {@link #everything(String)} is for
 * the community office and for batch jobs, and says why; {@link #nothing(String, String)} is what a
 * caller who may see nothing gets (a member who has left). {@code org.gridgov.spi.access
 * .AccessPolicy} makes the scope of a caller.
 *
 * <p>A scope also carries who asks ({@link #caller()}, for the audit of reads) and whether the
 * special-group data of residents (特殊群体: vulnerable people, health and disability) is shown to them
 * ({@link #specialGroups()}); a read without that grant gets residents without those fields.
 *
 * @param kind which kind of scope
 * @param grids for {@link Kind#GRIDS}: the grids, each with the grids inside it
 * @param departments for {@link Kind#DEPARTMENTS}: the departments
 * @param reason why the caller sees what it sees: required for {@link Kind#EVERYTHING} and {@link
 *     Kind#NOTHING}, may be empty otherwise
 * @param caller who asks, such as {@code member:M0012}, {@code department:fire}, {@code cli};
 *     {@value #UNNAMED} when the scope was made without one
 * @param specialGroups whether the caller sees residents' special-group fields ({@link
 *     GoldenResident#SPECIAL_GROUP_FIELDS})
 */
public record Scope(
    Kind kind,
    ImmutableSortedSet<GridCode> grids,
    ImmutableSortedSet<String> departments,
    String reason,
    String caller,
    boolean specialGroups) {

  /** The caller of a scope made without naming one. */
  public static final String UNNAMED = "unnamed";

  /** The kinds of scope. */
  public enum Kind {
    /** Everything in the store. */
    EVERYTHING,
    /** Cases and residents of some grids or the grids inside them. */
    GRIDS,
    /** Cases some departments joined; no resident. */
    DEPARTMENTS,
    /** Nothing at all: every read answers empty. */
    NOTHING
  }

  /** Validates the parts. */
  public Scope {
    requireNonNull(kind, "kind");
    requireNonNull(grids, "grids");
    requireNonNull(departments, "departments");
    requireNonNull(reason, "reason");
    requireNonNull(caller, "caller");
    if (caller.isBlank()) {
      throw new IllegalArgumentException("a scope names its caller (or " + UNNAMED + ")");
    }
    switch (kind) {
      case EVERYTHING -> {
        if (reason.isBlank()) {
          throw new IllegalArgumentException("a scope over everything says why");
        }
      }
      case GRIDS -> {
        if (grids.isEmpty()) {
          throw new IllegalArgumentException("a scope over grids names at least one grid");
        }
      }
      case DEPARTMENTS -> {
        if (departments.isEmpty()) {
          throw new IllegalArgumentException("a scope over departments names at least one");
        }
      }
      case NOTHING -> {
        if (reason.isBlank()) {
          throw new IllegalArgumentException("a scope over nothing says why");
        }
      }
    }
    if (kind != Kind.GRIDS && !grids.isEmpty()
        || kind != Kind.DEPARTMENTS && !departments.isEmpty()) {
      throw new IllegalArgumentException(
          "a scope of kind " + kind + " names no grid or department");
    }
  }

  /**
   * Everything, for the reason given (such as {@code "community office"}, {@code "CLI"}), special
   * groups included.
   */
  public static Scope everything(String reason) {
    return new Scope(
        Kind.EVERYTHING, ImmutableSortedSet.of(), ImmutableSortedSet.of(), reason, UNNAMED, true);
  }

  /** The cases and residents of these grids or grids inside them, without special groups. */
  public static Scope grids(Collection<GridCode> grids) {
    return new Scope(
        Kind.GRIDS, ImmutableSortedSet.copyOf(grids), ImmutableSortedSet.of(), "", UNNAMED, false);
  }

  /** The cases these departments joined. */
  public static Scope departments(Collection<String> departments) {
    return new Scope(
        Kind.DEPARTMENTS,
        ImmutableSortedSet.of(),
        ImmutableSortedSet.copyOf(departments),
        "",
        UNNAMED,
        false);
  }

  /** Nothing, for {@code caller}, for the reason given (such as "member M0012 left on …"). */
  public static Scope nothing(String caller, String reason) {
    return new Scope(
        Kind.NOTHING, ImmutableSortedSet.of(), ImmutableSortedSet.of(), reason, caller, false);
  }

  /** This scope, asked for by {@code caller}. */
  public Scope by(String caller) {
    return new Scope(kind, grids, departments, reason, caller, specialGroups);
  }

  /** This scope, with the reason given. */
  public Scope because(String reason) {
    return new Scope(kind, grids, departments, reason, caller, specialGroups);
  }

  /** This scope, with or without the residents' special-group fields. */
  public Scope withSpecialGroups(boolean granted) {
    return new Scope(kind, grids, departments, reason, caller, granted);
  }

  /** Whether a case standing so is within the scope. */
  public boolean permits(CaseSummary c) {
    return switch (kind) {
      case EVERYTHING -> true;
      case GRIDS -> covers(c.grid());
      case DEPARTMENTS -> c.departments().stream().anyMatch(departments::contains);
      case NOTHING -> false;
    };
  }

  /**
   * Whether a resident is within the scope: everything sees every resident, a grid scope those
   * placed in its grids ({@link GoldenResident#grid()}), a department or nothing none. A resident
   * placed in no grid is seen only by a scope over everything.
   */
  public boolean permits(GoldenResident resident) {
    return switch (kind) {
      case EVERYTHING -> true;
      case GRIDS -> resident.grid().map(this::covers).orElse(false);
      case DEPARTMENTS, NOTHING -> false;
    };
  }

  /**
   * A resident as this scope shows it: empty when not {@link #permits(GoldenResident) permitted},
   * without the special-group fields unless {@link #specialGroups() granted}.
   */
  public Optional<GoldenResident> show(GoldenResident resident) {
    if (!permits(resident)) {
      return Optional.empty();
    }
    return Optional.of(specialGroups ? resident : resident.withoutSpecialGroups());
  }

  /**
   * A source record as this scope shows it: empty unless the golden record it was merged into is
   * permitted (a record merged into none: unless the scope is over everything), without the
   * special-group fields unless granted.
   */
  public Optional<SourceRecord> show(SourceRecord record, Optional<GoldenResident> mergedInto) {
    boolean permitted = mergedInto.map(this::permits).orElse(kind == Kind.EVERYTHING);
    if (!permitted) {
      return Optional.empty();
    }
    if (specialGroups
        || GoldenResident.SPECIAL_GROUP_FIELDS.stream().noneMatch(record.fields()::containsKey)) {
      return Optional.of(record);
    }
    return Optional.of(
        new SourceRecord(
            record.recordId(),
            record.source(),
            ImmutableMap.copyOf(
                Maps.filterKeys(
                    record.fields(), k -> !GoldenResident.SPECIAL_GROUP_FIELDS.contains(k)))));
  }

  /** Whether a grid is one of the scope's grids or inside one (false for department scopes). */
  public boolean covers(GridCode grid) {
    return switch (kind) {
      case EVERYTHING -> true;
      case GRIDS -> grids.stream().anyMatch(g -> g.equals(grid) || grid.extendsCode(g));
      case DEPARTMENTS, NOTHING -> false;
    };
  }
}
