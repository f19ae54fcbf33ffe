/**
 * Event routing: finding the grid an event belongs to (this package's {@link
 * org.gridgov.rules.routing.GridLocator}), and, in later steps, assigning members and departments,
 * escalating and following the case lifecycle.
 */
@NullMarked
package org.gridgov.rules.routing;

import org.jspecify.annotations.NullMarked;
