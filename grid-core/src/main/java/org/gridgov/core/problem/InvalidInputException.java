package org.gridgov.core.problem;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Input was rejected. Carries every problem found, not only the first, so that a user can fix a
 * file in one pass. Nothing was loaded: readers and builders either succeed as a whole or throw
 * this.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the exception message lists before it summarises the rest. */
  static final int MAX_LISTED = 50;

  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param summary one line that says what was being read, e.g. {@code cannot load grids}
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(String summary, List<Problem> problems) {
    super(render(summary, problems));
    checkArgument(!problems.isEmpty(), "an InvalidInputException needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String render(String summary, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(summary);
    sb.append(" (")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem)" : " problems)");
    int listed = Math.min(problems.size(), MAX_LISTED);
    for (int i = 0; i < listed; i++) {
      sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > listed) {
      sb.append(System.lineSeparator())
          .append("  ... and ")
          .append(problems.size() - listed)
          .append(" more");
    }
    return sb.toString();
  }
}
