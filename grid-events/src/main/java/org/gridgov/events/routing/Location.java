package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.grid.Grid;

/** Where the locator put an event: a grid, or a reason why it could not. */
public sealed interface Location {

  /** How a grid was found. */
  enum Method {
    /** The point lies in the grid's polygon. */
    POINT,
    /** The point lies in a community but in none of its finer grids: the community takes it. */
    COMMUNITY_FALLBACK,
    /** The household's grid. */
    HOUSEHOLD,
    /** The building's grid (the grid most of its households are in). */
    BUILDING,
    /** The grid the report named. */
    GRID_CODE
  }

  /**
   * Found.
   *
   * @param grid the grid
   * @param method how it was found
   */
  record Located(Grid grid, Method method) implements Location {
    /** Validates the parts. */
    public Located {
      requireNonNull(grid, "grid");
      requireNonNull(method, "method");
    }
  }

  /**
   * Not found.
   *
   * @param reason why, for people, e.g. the point lies outside every community
   */
  record Rejected(String reason) implements Location {
    /** Validates the parts. */
    public Rejected {
      requireNonNull(reason, "reason");
    }
  }
}
