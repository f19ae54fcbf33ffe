package org.gridgov.core.grid;

import org.gridgov.core.internal.Codes;

/** What an exclusive grid (专属网格) covers; its managing body divides and staffs it. */
public enum ExclusiveKind {
  /** Office building (商务楼宇). */
  OFFICE_BUILDING,
  /** Industrial park (产业园区). */
  INDUSTRIAL_PARK,
  /** Market, e.g. a farmers' market (集贸市场). */
  MARKET,
  /** Government agency (机关). */
  GOVERNMENT_AGENCY,
  /** Enterprise (企业). */
  ENTERPRISE,
  /** Public institution (事业单位). */
  INSTITUTION,
  /** School (学校). */
  SCHOOL,
  /** Hospital (医院). */
  HOSPITAL,
  /** Anything else with a managing body of its own. */
  OTHER;

  /** The lower-case code used in files: {@code office_building}, … */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The kind with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static ExclusiveKind fromCode(String code) {
    return Codes.parse(ExclusiveKind.class, "exclusive grid kind", code);
  }
}
