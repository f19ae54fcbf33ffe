package org.gridgov.core.event;

import org.gridgov.core.internal.Codes;

/**
 * How severe an event is: the four grades of the Emergency Response Law — I 特别重大, II 重大, III 较大, IV
 * 一般 — and ROUTINE for everyday matters. File code: {@code i}, {@code ii}, {@code iii}, {@code iv},
 * {@code routine}.
 */
public enum EventSeverity {
  /** Grade I, especially serious (特别重大). */
  I,
  /** Grade II, serious (重大). */
  II,
  /** Grade III, relatively serious (较大). */
  III,
  /** Grade IV, ordinary (一般). */
  IV,
  /** An everyday matter, not an emergency. */
  ROUTINE;

  /** The lower-case code used in files. */
  public String code() {
    return Codes.code(this);
  }

  /** Whether this is one of the four emergency grades. */
  public boolean isEmergency() {
    return this != ROUTINE;
  }

  /**
   * The severity with the given file code.
   *
   * @throws IllegalArgumentException naming the allowed codes
   */
  public static EventSeverity fromCode(String code) {
    return Codes.parse(EventSeverity.class, "event severity", code);
  }
}
