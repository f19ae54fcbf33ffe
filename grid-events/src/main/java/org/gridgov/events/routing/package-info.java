/**
 * Event routing: finding the grid a report belongs to ({@link
 * org.gridgov.events.routing.GridLocator}), choosing who handles it and which departments join (the
 * assigner, with {@link org.gridgov.events.routing.DepartmentTable}), all three at once and
 * thread-safe ({@link org.gridgov.events.routing.EventRouter}), joining reports of one incident
 * into cases ({@link org.gridgov.events.routing.CaseIntake}), climbing the ladder when nobody acts
 * ({@link org.gridgov.events.routing.Escalator}) and the audit log ({@link
 * org.gridgov.events.routing.AuditLog}). See {@code docs/events.md}.
 */
@NullMarked
package org.gridgov.events.routing;

import org.jspecify.annotations.NullMarked;
