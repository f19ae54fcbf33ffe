/**
 * The policy the validators and the planner apply: the paper's figures by default (general grids of
 * 300–500 households, micro grids of at most 100, a 3-hour round), with overrides per settlement
 * and per town or street, since the paper leaves micro-grid criteria to each town and street.
 */
@NullMarked
package org.gridgov.rules.policy;

import org.jspecify.annotations.NullMarked;
