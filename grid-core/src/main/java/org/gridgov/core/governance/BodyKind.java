package org.gridgov.core.governance;

import org.gridgov.core.internal.Codes;

/** The bodies of a community between which people are cross-appointed (双向进入、交叉任职). */
public enum BodyKind {
  /** The community party committee (社区党组织委员会). */
  PARTY_COMMITTEE,
  /** The residents' committee (居民委员会; in a village, the villagers' committee). */
  RESIDENTS_COMMITTEE,
  /** A property-management company (物业服务企业). */
  PROPERTY_COMPANY,
  /** An owners' committee (业主委员会). */
  OWNERS_COMMITTEE,
  /** The grid staff (网格员): the body id is a member id. */
  GRID_MEMBER;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The kind with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static BodyKind fromCode(String code) {
    return Codes.parse(BodyKind.class, "body kind", code);
  }
}
