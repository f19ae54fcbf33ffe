/**
 * The built-in rules of the validator, one class per rule id (or per family of ids), registered
 * with ServiceLoader.
 */
@NullMarked
package org.gridgov.rules.validation.rules;

import org.jspecify.annotations.NullMarked;
