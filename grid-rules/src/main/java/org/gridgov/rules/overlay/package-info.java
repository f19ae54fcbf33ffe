/**
 * One net for all departments (多网合一): how a department's own grid layer — police beats,
 * health-service areas, urban-management cells — maps onto the unified micro grids, and where its
 * boundaries cut through them. See {@code docs/overlay.md}.
 */
@NullMarked
package org.gridgov.rules.overlay;

import org.jspecify.annotations.NullMarked;
