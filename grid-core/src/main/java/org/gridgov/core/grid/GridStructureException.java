package org.gridgov.core.grid;

import java.util.List;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * A {@link GridTree} could not be built: the grids, households, members or party organisations
 * given to its builder do not fit together (an unknown parent, a duplicate code, a cycle, a
 * household in a grid that does not exist…). Lists every such problem, each with the place it came
 * from when the builder was told.
 */
public final class GridStructureException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code problems} holds at least one problem. */
  public GridStructureException(List<Problem> problems) {
    super("the grid structure is inconsistent", problems);
  }
}
