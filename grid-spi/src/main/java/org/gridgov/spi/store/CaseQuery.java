package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * Which cases to list: every filter given must hold. Build with {@link #builder()}; {@link #all()}
 * has no filter.
 *
 * @param grid the case is led by this grid or one inside it
 * @param state the case is in this state
 * @param assignee the case is handled by this member
 * @param department the case was routed to this department
 * @param openedFrom the case opened at or after this instant
 * @param openedBefore the case opened before this instant
 */
public record CaseQuery(
    Optional<GridCode> grid,
    Optional<CaseState> state,
    Optional<String> assignee,
    Optional<String> department,
    Optional<Instant> openedFrom,
    Optional<Instant> openedBefore) {

  /** Validates the parts. */
  public CaseQuery {
    requireNonNull(grid, "grid");
    requireNonNull(state, "state");
    requireNonNull(assignee, "assignee");
    requireNonNull(department, "department");
    requireNonNull(openedFrom, "openedFrom");
    requireNonNull(openedBefore, "openedBefore");
  }

  /** No filter. */
  public static CaseQuery all() {
    return builder().build();
  }

  /** A builder with no filter set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether a case standing so passes every filter. */
  public boolean matches(CaseSummary c) {
    Instant opened = c.openedAt().toInstant();
    return grid.map(g -> g.equals(c.grid()) || c.grid().extendsCode(g)).orElse(true)
        && state.map(s -> s == c.state()).orElse(true)
        && assignee.map(a -> c.assignee().equals(Optional.of(a))).orElse(true)
        && department.map(d -> c.departments().contains(d)).orElse(true)
        && openedFrom.map(f -> !opened.isBefore(f)).orElse(true)
        && openedBefore.map(b -> opened.isBefore(b)).orElse(true);
  }

  /** Builds a query. */
  public static final class Builder {
    private @Nullable GridCode grid;
    private @Nullable CaseState state;
    private @Nullable String assignee;
    private @Nullable String department;
    private @Nullable Instant openedFrom;
    private @Nullable Instant openedBefore;

    private Builder() {}

    /** Cases led by this grid or one inside it. */
    public Builder grid(GridCode grid) {
      this.grid = requireNonNull(grid, "grid");
      return this;
    }

    /** Cases in this state. */
    public Builder state(CaseState state) {
      this.state = requireNonNull(state, "state");
      return this;
    }

    /** Cases handled by this member. */
    public Builder assignee(String memberId) {
      this.assignee = requireNonNull(memberId, "memberId");
      return this;
    }

    /** Cases routed to this department. */
    public Builder department(String department) {
      this.department = requireNonNull(department, "department");
      return this;
    }

    /** Cases opened at or after this instant. */
    public Builder openedFrom(Instant from) {
      this.openedFrom = requireNonNull(from, "from");
      return this;
    }

    /** Cases opened before this instant. */
    public Builder openedBefore(Instant before) {
      this.openedBefore = requireNonNull(before, "before");
      return this;
    }

    /** The query. */
    public CaseQuery build() {
      return new CaseQuery(
          Optional.ofNullable(grid),
          Optional.ofNullable(state),
          Optional.ofNullable(assignee),
          Optional.ofNullable(department),
          Optional.ofNullable(openedFrom),
          Optional.ofNullable(openedBefore));
    }
  }
}
