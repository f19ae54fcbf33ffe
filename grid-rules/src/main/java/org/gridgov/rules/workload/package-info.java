/**
 * The door-to-door workload model: how long a grid's active members need to visit every household
 * once (the paper's 3-hour round). Used by the {@code workload.micro} rule and by the planner.
 */
@NullMarked
package org.gridgov.rules.workload;

import org.jspecify.annotations.NullMarked;
