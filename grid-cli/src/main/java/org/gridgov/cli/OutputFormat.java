package org.gridgov.cli;

/** How a command prints its result. */
public enum OutputFormat {
  /** Aligned text for people. */
  TEXT,
  /** One JSON object for programs. */
  JSON
}
