package org.gridgov.core.identity;

/**
 * Which document an 18-character identity number belongs to. All share the layout and the check
 * character of GB 11643-1999; they differ in the first characters.
 */
public enum IdNumberKind {
  /**
   * Citizen identity number (公民身份号码) of the resident identity card: a mainland address code
   * (province 11–65, or 71 Taiwan province in GB/T 2260).
   */
  RESIDENT,
  /**
   * Residence permit for Hong Kong and Macao residents (港澳居民居住证, since September 2018): address
   * code {@code 810000} (Hong Kong) or {@code 820000} (Macao).
   */
  HK_MACAO_RESIDENCE_PERMIT,
  /**
   * Residence permit for Taiwan residents (台湾居民居住证, since September 2018): address code {@code
   * 830000}.
   */
  TAIWAN_RESIDENCE_PERMIT,
  /**
   * Foreigners' permanent residence identity card (外国人永久居留身份证) of the format issued since 1
   * December 2023: {@code 9}, the 2-digit code of the province of issue, a 3-digit numeric
   * nationality code, the birth date, a 3-digit sequence (odd for men) and the check character.
   */
  FOREIGN_PERMANENT_RESIDENCE
}
