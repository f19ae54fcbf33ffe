package org.gridgov.rules.planning;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.household.Household;

/**
 * Orders the households of one building by entrance (单元) and floor, read from the address where it
 * says them, so that a building too large for one micro grid is divided by stairwell and floor, as
 * a member walks it. Forms understood: {@code 2单元1402} / {@code 2单元1402室} (unit 2, floor 14),
 * {@code 2单元14楼2号}, and {@code 3-2-1402} (building 3, unit 2, room 1402). Rooms are numbered floor
 * × 100 + door in Chinese residential practice. Households whose address says neither come last, by
 * id.
 */
final class AddressFloors {

  private static final Pattern UNIT_FLOOR_DOOR = Pattern.compile("(\\d+)单元(\\d+)楼(\\d+)号");
  private static final Pattern UNIT_ROOM = Pattern.compile("(\\d+)单元(\\d{3,4})室?");
  private static final Pattern DASHED = Pattern.compile("\\d+-(\\d+)-(\\d{3,4})");

  private AddressFloors() {}

  /** Entrance, floor and door of a household, or {@code [MAX, MAX, MAX]} when not said. */
  static int[] position(Household h) {
    String a = h.address();
    Matcher m = UNIT_FLOOR_DOOR.matcher(a);
    if (m.find()) {
      return new int[] {parse(m.group(1)), parse(m.group(2)), parse(m.group(3))};
    }
    m = UNIT_ROOM.matcher(a);
    if (m.find()) {
      int room = parse(m.group(2));
      return new int[] {parse(m.group(1)), room / 100, room % 100};
    }
    m = DASHED.matcher(a);
    if (m.find()) {
      int room = parse(m.group(2));
      return new int[] {parse(m.group(1)), room / 100, room % 100};
    }
    return new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
  }

  private static int parse(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** By entrance, then floor, then door, then id. */
  static final Comparator<Household> ORDER =
      Comparator.<Household>comparingInt(h -> position(h)[0])
          .thenComparingInt(h -> position(h)[1])
          .thenComparingInt(h -> position(h)[2])
          .thenComparing(Household::id);
}
