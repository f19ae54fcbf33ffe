package org.gridgov.core.event;

import org.gridgov.core.internal.Codes;

/**
 * The four classes of emergencies of GB/T 35561 (突发事件分类与编码) and of the Emergency Response Law
 * (《突发事件应对法》). File code: the lower-case name.
 */
public enum EmergencyClass {
  /** Natural disaster (自然灾害): flood, earthquake, landslide, extreme weather. */
  NATURAL_DISASTER,
  /** Accident (事故灾难): fire, gas, electrical and structural accidents. */
  ACCIDENT,
  /** Public health event (公共卫生事件). */
  PUBLIC_HEALTH,
  /** Social security event (社会安全事件): public security, mass incidents. */
  SOCIAL_SECURITY;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }
}
