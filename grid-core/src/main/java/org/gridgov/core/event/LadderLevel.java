package org.gridgov.core.event;

import java.util.Optional;
import org.gridgov.core.internal.Codes;

/**
 * The rungs a case climbs when nobody acts in time: micro grid → general grid → community → street
 * or town → district. File code: the lower-case name.
 */
public enum LadderLevel {
  /** The micro (or exclusive) grid's members. */
  MICRO,
  /** The general grid's full-time staff. */
  GENERAL,
  /** The community (社区), its total grid chief. */
  COMMUNITY,
  /** The street office or town government (街道/乡镇). */
  STREET,
  /** The district or county (区/县), its emergency and command centres. */
  DISTRICT;

  /** The rung above, or empty at the top. */
  public Optional<LadderLevel> up() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The ladder level with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static LadderLevel fromCode(String code) {
    return Codes.parse(LadderLevel.class, "ladder level", code);
  }
}
