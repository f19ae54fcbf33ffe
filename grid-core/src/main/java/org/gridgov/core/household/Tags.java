package org.gridgov.core.household;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free tags that a community adds beside the special groups (e.g. {@code low_income}, {@code
 * veteran}). A tag is lower case: letters, digits and {@code _}, starting with a letter. A tag that
 * is one or two letters away from a special group's code is refused, because a typo there would
 * silently drop a household from the emergency list.
 */
public final class Tags {

  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Tags() {}

  /**
   * Checks a free tag.
   *
   * @throws IllegalArgumentException if it is not a valid tag, is a special group's code, or is so
   *     close to one that it is probably a typo
   */
  public static String checkFreeTag(String tag) {
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          "tag \"" + tag + "\" must be lower-case letters, digits and _, starting with a letter");
    }
    if (SpecialGroup.find(tag).isPresent()) {
      throw new IllegalArgumentException("\"" + tag + "\" is a special group, not a free tag");
    }
    for (SpecialGroup g : SpecialGroup.values()) {
      if (editDistanceAtMost2(tag, g.code())) {
        throw new IllegalArgumentException(
            "tag \""
                + tag
                + "\" looks like a misspelt special group; did you mean \""
                + g.code()
                + "\"?");
      }
    }
    return tag;
  }

  /**
   * Splits a set of tags into special groups and free tags, checking each.
   *
   * @throws IllegalArgumentException on the first bad tag
   */
  public static Split split(Iterable<String> tags) {
    Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
    ImmutableSet.Builder<String> free = ImmutableSet.builder();
    for (String t : tags) {
      var group = SpecialGroup.find(t);
      if (group.isPresent()) {
        groups.add(group.get());
      } else {
        free.add(checkFreeTag(t));
      }
    }
    return new Split(ImmutableSet.copyOf(groups), free.build());
  }

  /**
   * Tags split into special groups and free tags.
   *
   * @param specialGroups the special groups named
   * @param freeTags the other tags
   */
  public record Split(ImmutableSet<SpecialGroup> specialGroups, ImmutableSet<String> freeTags) {}

  private static boolean editDistanceAtMost2(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= 2;
  }
}
