package org.gridgov.core.grid;

import org.gridgov.core.internal.Codes;

/** The four kinds of grid of the "3+1" hierarchy (“3+1”治理架构). File code: the lower-case name. */
public enum GridLevel {
  /** Community total grid (社区总网格): exactly one per community; the community is the grid. */
  COMMUNITY,
  /** General grid (一般网格): 300–500 households in towns, a villager group in the country. */
  GENERAL,
  /** Micro grid (微网格): at most ~100 households, visited door to door within 3 hours. */
  MICRO,
  /** Exclusive grid (专属网格): an office building, park, market, agency or firm, the "+1". */
  EXCLUSIVE;

  /** The lower-case code used in files: {@code community}, {@code general}, … */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The level with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static GridLevel fromCode(String code) {
    return Codes.parse(GridLevel.class, "grid level", code);
  }
}
