package org.gridgov.dedup;

/** How two records' values of one field compare. */
public enum Level {
  /** The same value. */
  EXACT,
  /** Not the same, but close: a typo, a homophone, another form of the same thing. */
  CLOSE,
  /** Different values. */
  DIFFERENT,
  /** At least one record has no value: the field says nothing. */
  MISSING;

  /** The lower-case code used in configs and reports. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
