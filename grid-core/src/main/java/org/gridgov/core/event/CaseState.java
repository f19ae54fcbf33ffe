package org.gridgov.core.event;

import java.util.EnumSet;
import java.util.Set;
import org.gridgov.core.internal.Codes;

/**
 * Where a case stands in its cycle, after GB/T 30428's accept – file – dispatch – handle – verify –
 * close: REPORTED → ACCEPTED → DISPATCHED → IN_PROGRESS → RESOLVED → VERIFIED → CLOSED, with
 * ESCALATED (nobody acted in time, or the grid cannot handle it: the next level up takes it),
 * MERGED (joined to another case of the same incident) and REJECTED (not a matter for the grid).
 * File code: the lower-case name.
 */
public enum CaseState {
  /** Reported, not yet looked at. */
  REPORTED,
  /** Accepted and filed (受理、立案). */
  ACCEPTED,
  /** Dispatched to members and departments (派遣). */
  DISPATCHED,
  /** Being handled (处置). */
  IN_PROGRESS,
  /** Handled, awaiting verification (处置完毕，待核查). */
  RESOLVED,
  /** Verified on the spot (核查). */
  VERIFIED,
  /** Closed (结案). Terminal. */
  CLOSED,
  /** Passed up the ladder: micro → general → community → street → district. */
  ESCALATED,
  /** Joined to another case of the same incident. Terminal. */
  MERGED,
  /** Not a matter for the grid, or a false report. Terminal. */
  REJECTED;

  /** The states a case may move to from this one; none for a terminal state. */
  public Set<CaseState> next() {
    return switch (this) {
      case REPORTED -> EnumSet.of(ACCEPTED, ESCALATED, MERGED, REJECTED);
      case ACCEPTED -> EnumSet.of(DISPATCHED, ESCALATED, MERGED, REJECTED);
      case DISPATCHED -> EnumSet.of(IN_PROGRESS, ESCALATED, MERGED);
      case IN_PROGRESS -> EnumSet.of(RESOLVED, ESCALATED);
      // A failed verification sends the case back to handling.
      case RESOLVED -> EnumSet.of(VERIFIED, IN_PROGRESS);
      case VERIFIED -> EnumSet.of(CLOSED);
      // The level above dispatches it, or passes it higher still.
      case ESCALATED -> EnumSet.of(DISPATCHED, ESCALATED, MERGED, REJECTED);
      case CLOSED, MERGED, REJECTED -> EnumSet.noneOf(CaseState.class);
    };
  }

  /** Whether a case may move from this state to {@code to}. */
  public boolean canMoveTo(CaseState to) {
    return next().contains(to);
  }

  /** Whether no move is allowed from this state. */
  public boolean isTerminal() {
    return next().isEmpty();
  }

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The case state with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static CaseState fromCode(String code) {
    return Codes.parse(CaseState.class, "case state", code);
  }
}
