package org.gridgov.core.identity;

/** Gender as recorded on the resident identity card (odd sequence digit = male). */
public enum Gender {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}
