/** Runnable examples of embedding gridgov, as they appear in the README. */
@NullMarked
package org.gridgov.examples;

import org.jspecify.annotations.NullMarked;
