/** Grid members (网格员) and party organisations (党组织) attached to grids. */
@NullMarked
package org.gridgov.core.staff;

import org.jspecify.annotations.NullMarked;
