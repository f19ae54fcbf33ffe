package org.gridgov.cli;

/** The exit codes of every {@code grid} command; a public contract that scripts rely on. */
public final class ExitCodes {

  /** The command did what it was asked. */
  public static final int OK = 0;

  /** Something went wrong that is not the input's fault (an I/O error, a bug). */
  public static final int FAILURE = 1;

  /** The input was bad: a file, a row, a value or a command-line argument. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
