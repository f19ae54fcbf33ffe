package org.gridgov.core.grid;

import org.gridgov.core.internal.Codes;

/** Whether a grid lies in a town (城镇) or in the country (农村); the sizing rules differ. */
public enum Settlement {
  /** Town or city: general grids of 300–500 households. */
  URBAN,
  /** Country: general grids follow villager groups (村民小组) and natural villages. */
  RURAL;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The settlement with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static Settlement fromCode(String code) {
    return Codes.parse(Settlement.class, "settlement", code);
  }
}
