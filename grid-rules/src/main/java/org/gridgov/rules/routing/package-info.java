/**
 * Event routing: finding the grid a report belongs to ({@link
 * org.gridgov.rules.routing.GridLocator}), choosing who handles it and which departments join
 * ({@link org.gridgov.rules.routing.Assigner}), all three at once and thread-safe ({@link
 * org.gridgov.rules.routing.EventRouter}), joining reports of one incident into cases ({@link
 * org.gridgov.rules.routing.CaseIntake}), climbing the ladder when nobody acts ({@link
 * org.gridgov.rules.routing.Escalator}) and the audit log ({@link
 * org.gridgov.rules.routing.AuditLog}). See {@code docs/events.md}.
 */
@NullMarked
package org.gridgov.rules.routing;

import org.jspecify.annotations.NullMarked;
