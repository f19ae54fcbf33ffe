package org.gridgov.core.household;

import java.util.Optional;
import org.gridgov.core.internal.Codes;

/**
 * Special groups (特殊群体) that grid staff care for and, in an emergency, check first. File code: the
 * lower-case name.
 */
public enum SpecialGroup {
  /** Elderly person living alone (独居老人). */
  ELDERLY_ALONE,
  /** Child in difficulty (困境儿童). */
  CHILD_IN_DIFFICULTY,
  /** Pregnant or post-partum woman (孕产妇). */
  PREGNANT_OR_POSTPARTUM,
  /** Person with a disability (残疾人). */
  DISABLED;

  /** The lower-case code used in files: {@code elderly_alone}, … */
  public String code() {
    return Codes.code(this);
  }

  /** The group with the given file code, if it is one. */
  public static Optional<SpecialGroup> find(String code) {
    return Codes.find(SpecialGroup.class, code);
  }

  /**
   * The group with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static SpecialGroup fromCode(String code) {
    return Codes.parse(SpecialGroup.class, "special group", code);
  }
}
