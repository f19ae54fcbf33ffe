package org.gridgov.core.finding;

import org.gridgov.core.internal.Codes;

/** How serious a finding is. File code: the lower-case name. */
public enum Severity {
  /** A rule of the model is broken; a check with any ERROR fails. */
  ERROR,
  /** Something to look at; the model still holds. */
  WARNING,
  /** A figure for the record, e.g. a coverage rate. */
  INFO;

  /** The lower-case code used in files: {@code error}, {@code warning}, {@code info}. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The severity with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static Severity fromCode(String code) {
    return Codes.parse(Severity.class, "severity", code);
  }
}
