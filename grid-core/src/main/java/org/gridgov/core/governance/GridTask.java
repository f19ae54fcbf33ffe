package org.gridgov.core.governance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * A task a department pushed to a grid (下派任务), possibly to one of its members.
 *
 * @param id the task id, unique within a tasks file
 * @param department the department's code (as in the duty catalogue)
 * @param kind the kind of task (as in the duty catalogue)
 * @param grid the grid it was pushed to
 * @param memberId the member it was given to; empty when given to the grid as a whole
 * @param assignedAt when it was assigned
 * @param dueAt when it is due, if a deadline was set; not before {@code assignedAt}
 */
public record GridTask(
    String id,
    String department,
    String kind,
    GridCode grid,
    Optional<String> memberId,
    OffsetDateTime assignedAt,
    Optional<OffsetDateTime> dueAt) {

  /** Checks the task. */
  public GridTask {
    id = Checks.id(id, "task id");
    DutyKind.checkCode(department, "department");
    DutyKind.checkCode(kind, "task kind");
    requireNonNull(grid, "grid");
    memberId = memberId.map(m -> Checks.id(m, "member id"));
    requireNonNull(assignedAt, "assignedAt");
    requireNonNull(dueAt, "dueAt");
    checkArgument(
        dueAt.isEmpty() || !dueAt.get().isBefore(assignedAt),
        "task %s is due (%s) before it is assigned (%s)",
        id,
        dueAt.map(Object::toString).orElse(""),
        assignedAt);
  }
}
