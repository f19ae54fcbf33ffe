package org.gridgov.spi.store;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.grid.GridTree;

/**
 * The grid trees as dated versions. A re-division (the planner's output, a redrawn boundary) is
 * saved as a new version with the day it takes effect; the tree that held on any date can be read
 * back, so a vacancy or a coverage finding can be traced to the tree it was found on. Versions are
 * never changed or removed.
 */
public interface TreeStore {

  /**
   * Saves a tree (grids, households and their assignment, buildings, residents, members, party
   * organisations) as a new version.
   *
   * @param tree the tree; it must hold at least one community grid
   * @param effectiveFrom the first day it holds
   * @param note why it was saved
   * @return the version saved
   */
  TreeVersion save(GridTree tree, LocalDate effectiveFrom, String note);

  /**
   * The version that held for {@code community} on {@code date}: of the versions covering the
   * community and effective on or before the date, the one effective last (the one saved last, when
   * several take effect on one day).
   */
  Optional<TreeVersion> versionOn(DivisionCode community, LocalDate date);

  /** Every version, oldest first. */
  ImmutableList<TreeVersion> versions();

  /** The tree of a version, exactly as saved. */
  GridTree load(TreeVersion version);

  /** The tree that held for {@code community} on {@code date}, if any version did. */
  default Optional<GridTree> treeOn(DivisionCode community, LocalDate date) {
    return versionOn(community, date).map(this::load);
  }
}
