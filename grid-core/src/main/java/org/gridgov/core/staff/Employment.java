package org.gridgov.core.staff;

import org.gridgov.core.internal.Codes;

/** How a grid member is engaged. File code: the lower-case name. */
public enum Employment {
  /** Full-time grid worker (专职网格员), usually on a general grid. */
  FULL_TIME,
  /** Part-time member (兼职网格员), e.g. a building leader. */
  PART_TIME,
  /** Volunteer (志愿者). */
  VOLUNTEER;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The employment with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static Employment fromCode(String code) {
    return Codes.parse(Employment.class, "employment", code);
  }
}
