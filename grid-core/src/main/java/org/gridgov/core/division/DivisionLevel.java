package org.gridgov.core.division;

/** The administrative level a {@link DivisionCode} names. */
public enum DivisionLevel {
  /** Province, autonomous region or municipality (省级); code {@code PP0000000000}. */
  PROVINCE,
  /** Prefecture-level city (地级); code {@code PPCC00000000}. */
  CITY,
  /** County, county-level city or city district (县级); code {@code PPCCDD000000}. */
  COUNTY,
  /** Town, township or street (乡级: 镇、乡、街道); code {@code PPCCDDTTT000}. */
  TOWN,
  /** Community (社区居委会) or village (村委会); all 12 digits used. */
  VILLAGE
}
