/**
 * A research simulator of the case lifecycle on virtual time: intake, members who take cases after
 * a delay, the escalation ladder, handling and closing; its audit log feeds the supervision report.
 * See {@code docs/events.md}.
 */
@NullMarked
package org.gridgov.events.simulation;

import org.jspecify.annotations.NullMarked;
