package org.gridgov.rules.validation;

/** A rule threw while checking a tree: a bug in the rule, named here so it can be found. */
public final class RuleFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps what {@code rule} threw. */
  public RuleFailedException(GridRule rule, Throwable cause) {
    super("rule " + rule.id() + " (" + rule.getClass().getName() + ") failed: " + cause, cause);
  }
}
