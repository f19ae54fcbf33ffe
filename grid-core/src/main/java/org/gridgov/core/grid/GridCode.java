package org.gridgov.core.grid;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;

/**
 * The code of a grid. It extends the community's statistical division code, after the unit-grid
 * codes of GB/T 30428, so that a code says where the grid lies and at which level:
 *
 * <ul>
 *   <li>community total grid: the community's 12-digit division code ({@code 510107011005});
 *   <li>general grid: community + 3-digit sequence, 15 digits ({@code 510107011005003});
 *   <li>micro grid: general grid + 3-digit sequence, 18 digits ({@code 510107011005003012});
 *   <li>exclusive grid: community + {@code E} + 3-digit sequence ({@code 510107011005E002}).
 * </ul>
 *
 * <p>Sequences run from 001; 000 is not a sequence. The first 12 digits must be a village-level
 * {@link DivisionCode}.
 */
public final class GridCode implements Comparable<GridCode> {

  private final String value;
  private final GridLevel level;

  private GridCode(String value, GridLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a code in one of the four shapes. Surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException saying which shapes are allowed and what is wrong
   */
  public static GridCode parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    GridLevel level;
    if (s.length() == 16 && s.charAt(12) == 'E') {
      level = GridLevel.EXCLUSIVE;
      requireDigits(text, s, 13, 16);
    } else {
      level =
          switch (s.length()) {
            case 12 -> GridLevel.COMMUNITY;
            case 15 -> GridLevel.GENERAL;
            case 18 -> GridLevel.MICRO;
            default ->
                throw invalid(
                    text,
                    "expected 12 digits (community), 15 (general), 18 (micro) or 12 digits + E + 3"
                        + " digits (exclusive)");
          };
      requireDigits(text, s, 12, s.length());
    }
    requireDigits(text, s, 0, 12);
    Optional<DivisionCode> community = DivisionCode.tryParse(s.substring(0, 12));
    if (community.isEmpty() || community.get().level() != DivisionLevel.VILLAGE) {
      throw invalid(
          text, "the first 12 digits must be the division code of a community or village");
    }
    // Each 3-digit sequence after the community code counts from 001.
    int firstSequence = level == GridLevel.EXCLUSIVE ? 13 : 12;
    for (int at = firstSequence; at < s.length(); at += 3) {
      if (s.startsWith("000", at)) {
        throw invalid(text, "sequence 000 at position " + (at + 1) + "; sequences start at 001");
      }
    }
    return new GridCode(s, level);
  }

  /** Parses a code, or returns empty when it is not one. */
  public static Optional<GridCode> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The code of a community's total grid. */
  public static GridCode ofCommunity(DivisionCode community) {
    return parse(community.digits());
  }

  private static void requireDigits(String text, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(text, "character " + (i + 1) + " ('" + c + "') is not a digit");
      }
    }
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid grid code \"" + text + "\": " + why);
  }

  /** The code as written in files. */
  public String value() {
    return value;
  }

  /** The level this code's shape stands for. */
  public GridLevel level() {
    return level;
  }

  /** The division code of the community the grid belongs to (its first 12 digits). */
  public DivisionCode community() {
    return DivisionCode.parse(value.substring(0, 12));
  }

  /**
   * The code of the grid this code extends: a micro grid's general grid, a general or exclusive
   * grid's community; empty for a community.
   */
  public Optional<GridCode> codeParent() {
    return switch (level) {
      case COMMUNITY -> Optional.empty();
      case GENERAL, EXCLUSIVE ->
          Optional.of(new GridCode(value.substring(0, 12), GridLevel.COMMUNITY));
      case MICRO -> Optional.of(new GridCode(value.substring(0, 15), GridLevel.GENERAL));
    };
  }

  /** Whether this code starts with {@code ancestor}'s code (a grid inside it by its code). */
  public boolean extendsCode(GridCode ancestor) {
    return value.length() > ancestor.value.length() && value.startsWith(ancestor.value);
  }

  /** A child code: this code followed by a 3-digit sequence (general or micro grids). */
  public GridCode child(int sequence) {
    return parse(value + sequenceDigits(sequence));
  }

  /** The code of exclusive grid {@code sequence} of this community. */
  public GridCode exclusive(int sequence) {
    if (level != GridLevel.COMMUNITY) {
      throw new IllegalStateException("exclusive grid codes extend a community code, not " + value);
    }
    return parse(value + "E" + sequenceDigits(sequence));
  }

  private static String sequenceDigits(int sequence) {
    if (sequence < 1 || sequence > 999) {
      throw new IllegalArgumentException("sequence must be 1-999 but was " + sequence);
    }
    return String.format("%03d", sequence);
  }

  @Override
  public int compareTo(GridCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code as written in files. */
  @Override
  public String toString() {
    return value;
  }
}
