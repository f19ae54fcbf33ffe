package org.gridgov.core.staff;

import org.gridgov.core.internal.Codes;

/** The tiers of the party organisation overlay (党建引领). File code: the lower-case name. */
public enum PartyOrganizationKind {
  /** Community party committee (社区党委), on the community total grid. */
  COMMUNITY_COMMITTEE,
  /** Grid (or estate) party branch (网格党支部), usually on a general grid. */
  GRID_BRANCH,
  /** Street-block or building party group (楼栋党小组), usually on a micro grid. */
  BUILDING_GROUP;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The kind with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static PartyOrganizationKind fromCode(String code) {
    return Codes.parse(PartyOrganizationKind.class, "party organisation kind", code);
  }
}
