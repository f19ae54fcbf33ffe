package org.gridgov.core.event;

import org.gridgov.core.internal.Codes;

/** Where a report came from. File code: the lower-case name. */
public enum EventSource {
  /** A grid member on patrol (网格员巡查). */
  MEMBER_PATROL,
  /** A resident scanning a building's QR code (一码扫楼). */
  RESIDENT_QR,
  /** A resident reporting in an app or messaging mini-program. */
  RESIDENT_APP,
  /** A hotline call (e.g. 12345). */
  HOTLINE,
  /** An IoT device: smoke, gas or water-level detector (物联感知). */
  DEVICE,
  /** Video analytics (视频监控智能预警). */
  VIDEO_AI;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The source with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static EventSource fromCode(String code) {
    return Codes.parse(EventSource.class, "event source", code);
  }
}
