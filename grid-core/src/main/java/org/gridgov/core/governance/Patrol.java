package org.gridgov.core.governance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * One patrol (上格): a member going into a grid on their schedule, from {@code startedAt} to {@code
 * endedAt}, and the households they called on, possibly none.
 *
 * @param id the patrol id, unique within a patrols file
 * @param memberId the member who patrolled
 * @param grid the grid patrolled
 * @param startedAt when the patrol started
 * @param endedAt when it ended, not before {@code startedAt}
 * @param householdsVisited the households called on, in the order given, each once
 */
public record Patrol(
    String id,
    String memberId,
    GridCode grid,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    ImmutableList<String> householdsVisited) {

  /** Checks the patrol. */
  public Patrol {
    id = Checks.id(id, "patrol id");
    memberId = Checks.id(memberId, "member id");
    requireNonNull(grid, "grid");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(endedAt, "endedAt");
    checkArgument(
        !endedAt.isBefore(startedAt),
        "patrol %s ends (%s) before it starts (%s)",
        id,
        endedAt,
        startedAt);
    householdsVisited = ImmutableList.copyOf(householdsVisited);
    checkArgument(
        householdsVisited.stream().distinct().count() == householdsVisited.size(),
        "patrol %s names a household twice",
        id);
  }

  /** A patrol with the households given as any list. */
  public static Patrol of(
      String id,
      String memberId,
      GridCode grid,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      List<String> householdsVisited) {
    return new Patrol(
        id, memberId, grid, startedAt, endedAt, ImmutableList.copyOf(householdsVisited));
  }
}
