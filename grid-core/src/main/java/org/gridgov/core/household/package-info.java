/** Buildings, households and residents, and the special groups (特殊群体) to be cared for first. */
@NullMarked
package org.gridgov.core.household;

import org.jspecify.annotations.NullMarked;
