/**
 * The micro-grid planner (划小划微): {@link org.gridgov.rules.planning.MicroGridPlanner} proposes micro
 * grids for a general grid that hold every household once and keep within the policy's size and
 * door-to-door workload limits. See {@code docs/planner.md}.
 */
@NullMarked
package org.gridgov.rules.planning;

import org.jspecify.annotations.NullMarked;
