/**
 * Supervision and evaluation (监督、评估): statistics per grid, member and department read from the
 * audit log, so a street office can see which grids struggle; beside them patrol coverage per grid
 * and member ({@link org.gridgov.events.supervision.PatrolCoverage}) and the tasks departments push
 * to grids ({@link org.gridgov.events.supervision.DutyReport}). See {@code docs/events.md}.
 */
@NullMarked
package org.gridgov.events.supervision;

import org.jspecify.annotations.NullMarked;
