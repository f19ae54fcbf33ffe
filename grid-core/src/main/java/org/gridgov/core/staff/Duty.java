package org.gridgov.core.staff;

import org.gridgov.core.internal.Codes;

/** The four duties of a micro grid member. File code: the lower-case name. */
public enum Duty {
  /** Publicity (宣传员): carries notices and policies to households. */
  PUBLICITY,
  /** Supervision (监督员): watches over order and services in the grid. */
  SUPERVISION,
  /** Mediation (调解员): settles disputes between neighbours. */
  MEDIATION,
  /** Inspection (巡查员): patrols for hazards and reports them. */
  INSPECTION;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The duty with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static Duty fromCode(String code) {
    return Codes.parse(Duty.class, "duty", code);
  }
}
