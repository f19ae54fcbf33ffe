package org.gridgov.core.division;

/**
 * What the town segment (digits 7–9) of a division code names, after the national rules for coding
 * units below the county (《县以下行政区划代码编制规则》, GB/T 10114): the first digit is the class.
 */
public enum TownKind {
  /** 001–099: sub-district / street office (街道办事处). Urban. */
  STREET,
  /** 100–199: town (镇). */
  TOWN,
  /** 200–399: township (乡). */
  TOWNSHIP,
  /** 400–599: unit combining government and enterprise (政企合一单位: farms, mining districts). */
  GOVERNMENT_ENTERPRISE_UNIT;

  /**
   * The kind of a town segment value.
   *
   * @param segment the 3-digit town segment as a number, 1–599
   * @throws IllegalArgumentException outside 1–599
   */
  public static TownKind ofSegment(int segment) {
    if (segment >= 1 && segment <= 99) {
      return STREET;
    } else if (segment >= 100 && segment <= 199) {
      return TOWN;
    } else if (segment >= 200 && segment <= 399) {
      return TOWNSHIP;
    } else if (segment >= 400 && segment <= 599) {
      return GOVERNMENT_ENTERPRISE_UNIT;
    }
    throw new IllegalArgumentException(
        "town segment "
            + segment
            + " is outside 001-599 (street 001-099, town 100-199,"
            + " township 200-399, government-enterprise unit 400-599)");
  }
}
