package org.gridgov.core.event;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.internal.Checks;

/**
 * One line of a case's audit trail: who moved it, when, from which state to which, and why.
 *
 * @param caseId the case
 * @param from the state before; empty for the report that opened the case
 * @param to the state after
 * @param actor who did it: a member id, a department, {@code system} for automatic escalation
 * @param at when
 * @param reason why, in words; empty string when none was given
 */
public record AuditEntry(
    String caseId,
    Optional<CaseState> from,
    CaseState to,
    String actor,
    OffsetDateTime at,
    String reason) {

  /** Validates the parts. */
  public AuditEntry {
    caseId = Checks.id(caseId, "case id");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    actor = Checks.nonBlank(actor, "actor");
    requireNonNull(at, "at");
    reason = requireNonNull(reason, "reason").strip();
  }
}
