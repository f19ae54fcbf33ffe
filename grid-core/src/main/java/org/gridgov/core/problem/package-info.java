/**
 * Problems found in input, each with its place, and the exception that carries all of them at once.
 */
@NullMarked
package org.gridgov.core.problem;

import org.jspecify.annotations.NullMarked;
