/**
 * Area incidents: for a flood, fire or earthquake covering an area, the door-knock plan that sends
 * the affected grids' active members to every affected household, special groups first, each
 * member's list within the 3-hour round. See {@code docs/knock.md}.
 */
@NullMarked
package org.gridgov.rules.incident;

import org.jspecify.annotations.NullMarked;
