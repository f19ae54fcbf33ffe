package org.gridgov.rules.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;

/**
 * The territorial layer (community → general → micro) without the exclusive grids that lie on top
 * of it: an office tower's or a school's households are managed by its own body and do not count
 * toward the size of the general grid it stands in.
 */
final class Territory {

  private Territory() {}

  /** The territorial children of a grid (exclusive grids left out), in code order. */
  static List<Grid> children(GridTree tree, GridCode code) {
    List<Grid> out = new ArrayList<>();
    for (Grid child : tree.children(code)) {
      if (child.level() != GridLevel.EXCLUSIVE) {
        out.add(child);
      }
    }
    return out;
  }

  /**
   * The households of a grid and of its territorial descendants, each once; exclusive grids and
   * everything below them are left out.
   */
  static Set<Household> households(GridTree tree, GridCode code) {
    Set<Household> out = new LinkedHashSet<>(tree.households(code));
    for (Grid child : children(tree, code)) {
      out.addAll(households(tree, child.code()));
    }
    return out;
  }

  /**
   * How many households the grid and its territorial descendants hold: the sum of their
   * assignments, without building a set (a district has millions). A household assigned to two
   * grids of the same subtree counts twice here, as it does in the grids' own rolls; {@code
   * coverage.multiple} reports it.
   */
  static int count(GridTree tree, GridCode code) {
    int n = tree.households(code).size();
    for (Grid child : tree.children(code)) {
      if (child.level() != GridLevel.EXCLUSIVE) {
        n += count(tree, child.code());
      }
    }
    return n;
  }
}
