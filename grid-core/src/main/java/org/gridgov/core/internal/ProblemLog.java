package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * Collects the problems found while files are read, in the order found.
 *
 * <p>A file with millions of bad rows must not exhaust memory with problems nobody will read, so
 * the log keeps the first {@link #LIMIT} and only counts the rest; {@link #problems()} then ends
 * with one problem saying how many more there were.
 */
public final class ProblemLog {

  /** How many problems are kept. */
  public static final int LIMIT = 10_000;

  private final List<Problem> kept = new ArrayList<>();
  private long dropped;

  /** Records a problem. */
  public void add(Problem problem) {
    requireNonNull(problem, "problem");
    if (kept.size() < LIMIT) {
      kept.add(problem);
    } else {
      dropped++;
    }
  }

  /** Records problems. */
  public void addAll(Collection<Problem> problems) {
    problems.forEach(this::add);
  }

  /** Records a problem at a line and column (0 when not known) of a source. */
  public void add(String source, long line, long column, String subject, String message) {
    add(Problem.at(new SourceLocation(source, line, column), subject, message));
  }

  /** Whether no problem was recorded. */
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** How many problems were recorded, including those not kept. */
  public long count() {
    return kept.size() + dropped;
  }

  /** The problems kept, followed by a note on those not kept, if any. */
  public ImmutableList<Problem> problems() {
    ImmutableList.Builder<Problem> out = ImmutableList.<Problem>builder().addAll(kept);
    if (dropped > 0) {
      out.add(
          Problem.of(
              "", dropped + " more problems were found but not kept; fix the ones above first"));
    }
    return out.build();
  }
}
