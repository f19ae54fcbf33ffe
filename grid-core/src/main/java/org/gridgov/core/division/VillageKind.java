package org.gridgov.core.division;

/**
 * What the village segment (digits 10–12) of a division code names. The National Bureau of
 * Statistics codes residents' committees 001–199 and villagers' committees 200–399; other values
 * occur for units that resemble them and are reported as {@link #OTHER}.
 */
public enum VillageKind {
  /** 001–199: residents' committee (居民委员会), i.e. an urban community (社区). */
  RESIDENTS_COMMITTEE,
  /** 200–399: villagers' committee (村民委员会), i.e. a rural village (村). */
  VILLAGERS_COMMITTEE,
  /** 400–999: units like residents' or villagers' committees (类似居委会/村委会的单位). */
  OTHER;

  /**
   * The kind of a village segment value.
   *
   * @param segment the 3-digit village segment as a number, 1–999
   * @throws IllegalArgumentException outside 1–999
   */
  public static VillageKind ofSegment(int segment) {
    if (segment >= 1 && segment <= 199) {
      return RESIDENTS_COMMITTEE;
    } else if (segment >= 200 && segment <= 399) {
      return VILLAGERS_COMMITTEE;
    } else if (segment >= 400 && segment <= 999) {
      return OTHER;
    }
    throw new IllegalArgumentException("village segment " + segment + " is outside 001-999");
  }
}
