/**
 * Rules over the grid model: sizing and coverage validators and the micro-grid planner, resident
 * deduplication and event routing, each in a package of its own below this one. This module depends
 * on {@code grid-core} only.
 */
@NullMarked
package org.gridgov.rules;

import org.jspecify.annotations.NullMarked;
