/**
 * The built-in rules of the validator, one class per rule id (or per family of ids), registered
 * with {@link java.util.ServiceLoader}. Public only because the loader needs public classes;
 * internal: no compatibility promise. Vendors write their own rules against {@link
 * org.gridgov.rules.validation.GridRule} and {@link org.gridgov.rules.validation.RuleContext}; the
 * rule ids are the contract (docs/rules.md).
 */
@NullMarked
package org.gridgov.rules.validation.internal;

import org.jspecify.annotations.NullMarked;
