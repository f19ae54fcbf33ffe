package org.gridgov.core.event;

/** A case was asked to move to a state its current state does not lead to. */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Names the case and both states. */
  public IllegalTransitionException(String caseId, CaseState from, CaseState to) {
    super(
        "case "
            + caseId
            + " cannot move from "
            + from
            + " to "
            + to
            + "; from "
            + from
            + (from.isTerminal() ? " no move is allowed" : " it may move to " + from.next()));
  }
}
