/**
 * Maps of a community's grids, drawn offline as PNG (Java2D) or SVG: {@link
 * org.gridgov.research.map.GridMap}. See {@code docs/research.md}.
 */
@NullMarked
package org.gridgov.research.map;

import org.jspecify.annotations.NullMarked;
