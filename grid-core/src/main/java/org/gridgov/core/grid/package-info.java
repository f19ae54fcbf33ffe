/**
 * The "3+1" grid hierarchy (“3+1”治理架构): community total grid, general grids, micro grids and
 * exclusive grids, and the immutable {@link org.gridgov.core.grid.GridTree} aggregate that ties
 * grids, households, members and party organisations together.
 */
@NullMarked
package org.gridgov.core.grid;

import org.jspecify.annotations.NullMarked;
