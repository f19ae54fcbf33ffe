package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import org.gridgov.core.grid.GridCode;

/**
 * What a caller may see: every query of the store takes one, so that no query is unscoped by
 * accident. A grid member sees the cases of their grids (and the grids inside them), a department
 * the cases routed to it; {@link #everything(String)} is for the community office and for batch
 * jobs, and says why.
 *
 * @param kind which kind of scope
 * @param grids for {@link Kind#GRIDS}: the grids, each with the grids inside it
 * @param departments for {@link Kind#DEPARTMENTS}: the departments
 * @param reason for {@link Kind#EVERYTHING}: why the caller sees everything
 */
public record Scope(
    Kind kind,
    ImmutableSortedSet<GridCode> grids,
    ImmutableSortedSet<String> departments,
    String reason) {

  /** The kinds of scope. */
  public enum Kind {
    /** Everything in the store. */
    EVERYTHING,
    /** Cases led by some grids or the grids inside them. */
    GRIDS,
    /** Cases some departments joined. */
    DEPARTMENTS
  }

  /** Validates the parts. */
  public Scope {
    requireNonNull(kind, "kind");
    requireNonNull(grids, "grids");
    requireNonNull(departments, "departments");
    requireNonNull(reason, "reason");
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
    }
  }

  /** Everything, for the reason given (such as {@code "community office"}, {@code "CLI"}). */
  public static Scope everything(String reason) {
    return new Scope(Kind.EVERYTHING, ImmutableSortedSet.of(), ImmutableSortedSet.of(), reason);
  }

  /** The cases led by these grids or grids inside them. */
  public static Scope grids(Collection<GridCode> grids) {
    return new Scope(Kind.GRIDS, ImmutableSortedSet.copyOf(grids), ImmutableSortedSet.of(), "");
  }

  /** The cases these departments joined. */
  public static Scope departments(Collection<String> departments) {
    return new Scope(
        Kind.DEPARTMENTS, ImmutableSortedSet.of(), ImmutableSortedSet.copyOf(departments), "");
  }

  /** Whether a case standing so is within the scope. */
  public boolean permits(CaseSummary c) {
    return switch (kind) {
      case EVERYTHING -> true;
      case GRIDS -> covers(c.grid());
      case DEPARTMENTS -> c.departments().stream().anyMatch(departments::contains);
    };
  }

  /** Whether a grid is one of the scope's grids or inside one (false for department scopes). */
  public boolean covers(GridCode grid) {
    return switch (kind) {
      case EVERYTHING -> true;
      case GRIDS -> grids.stream().anyMatch(g -> g.equals(grid) || grid.extendsCode(g));
      case DEPARTMENTS -> false;
    };
  }
}
