/**
 * The {@code grid} command line. Exit codes: 0 success, 2 bad input (the message names the file,
 * line and problem), 1 any other failure.
 */
@NullMarked
package org.gridgov.cli;

import org.jspecify.annotations.NullMarked;
