package org.gridgov.core.identity;

/** How a {@link ResidentIdNumber} was written where it was found. */
public enum IdNumberForm {
  /** A complete 18-character number whose check character is right. */
  FULL,
  /** A complete 15-digit first-generation number, upgraded to 18 characters. */
  LEGACY_15,
  /**
   * An 18-character number with some characters hidden by {@code *}, e.g. {@code
   * 510104********1234}.
   */
  MASKED
}
