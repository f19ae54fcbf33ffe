package org.gridgov.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of one estate, learned from the records: a renamed work-unit compound (汉棉小区, the old
 * 棉纺厂宿舍), a resettlement estate and its official name (罗丰苑, 罗家码头还建小区), a shortened name (世茂, 世茂天城),
 * an estate by its road and number (丰荷路66号, 星悦城). No reading of the text joins such names, but the
 * residents do: two estate names are aliases when the records of at least {@link #MIN_PEOPLE}
 * people, each person's records known by one valid identity number, give the same flat (building,
 * unit and room) under the one name and the other. One person alone may have moved between two
 * flats of one number; several people hardly.
 *
 * <p>Aliases are pairs, not classes: 罗丰苑 may be an alias of both phases of 罗家码头还建楼 without the two
 * phases becoming one. The address comparator reads a flat under two aliases as {@code close}, as
 * it reads a flat whose estate one record leaves out ({@link Column.AddressColumn}): a shorter name
 * may cover several estates of one developer or the zones of one estate. Learned by a batch run
 * from the records it deduplicates, as term frequencies are counted, and kept in memory with its
 * model (not in the model's file), so that adding records one by one to an index of that model
 * decides as the batch did. Immutable.
 */
final class EstateAliases {

  /** How many people's records must give one flat under both names. */
  static final int MIN_PEOPLE = 2;

  /** None. */
  static final EstateAliases NONE = new EstateAliases(List.of());

  /** The pairs, each with its two names in order, sorted: equal sets of aliases are equal. */
  private final List<String[]> pairs;

  private EstateAliases(List<String[]> pairs) {
    this.pairs = pairs;
  }

  /** The pairs of names, each {@code [a, b]} with {@code a < b}, sorted. */
  List<String[]> pairs() {
    List<String[]> out = new ArrayList<>(pairs.size());
    for (String[] p : pairs) {
      out.add(p.clone());
    }
    return out;
  }

  /** How many pairs. */
  int size() {
    return pairs.size();
  }

  /**
   * The aliases the records of a set show, over every address field of its profile, or {@link
   * #NONE} when the profile has no identity number or no address.
   */
  static EstateAliases learn(RecordSet set) {
    Column.IdColumn id = set.idColumn;
    if (id == null) {
      return NONE;
    }
    Set<List<String>> found = new HashSet<>();
    for (Column c : set.columns) {
      if (c instanceof Column.AddressColumn a) {
        for (long pair : a.aliasVotes(id, MIN_PEOPLE)) {
          String x = a.estateName((int) (pair >>> 32));
          String y = a.estateName((int) pair);
          found.add(x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x));
        }
      }
    }
    if (found.isEmpty()) {
      return NONE;
    }
    List<String[]> sorted = new ArrayList<>();
    for (List<String> p : found) {
      sorted.add(p.toArray(new String[0]));
    }
    sorted.sort((p, q) -> p[0].equals(q[0]) ? p[1].compareTo(q[1]) : p[0].compareTo(q[0]));
    return new EstateAliases(List.copyOf(sorted));
  }

  /**
   * Per pair of estate ids (the lower in the high half) of one address column, how many people give
   * one flat under both: {@link Column.AddressColumn#aliasVotes}'s counting, kept here so the rule
   * reads in one place. {@code person} holds each record's person (its valid number's id, 0 for
   * none) and bounds the records read; {@code estate} and {@code flat} may be longer.
   */
  static Map<Long, Integer> votes(int[] estate, int[] flat, int[] person, int people) {
    // Records grouped by person: a counting sort on the person's number.
    int[] start = new int[people + 1];
    int n = 0;
    for (int r = 0; r < person.length; r++) {
      if (person[r] > 0 && estate[r] != 0 && flat[r] != 0) {
        start[person[r]]++;
        n++;
      }
    }
    for (int p = 0, sum = 0; p <= people; p++) {
      int c = start[p];
      start[p] = sum;
      sum += c;
    }
    int[] order = new int[n];
    int[] next = Arrays.copyOf(start, start.length);
    for (int r = 0; r < person.length; r++) {
      if (person[r] > 0 && estate[r] != 0 && flat[r] != 0) {
        order[next[person[r]]++] = r;
      }
    }
    Map<Long, Integer> votes = new HashMap<>();
    Set<Long> mine = new HashSet<>();
    for (int p = 1; p < people; p++) {
      int from = start[p];
      int to = start[p + 1];
      if (to - from < 2) {
        continue;
      }
      mine.clear();
      for (int i = from; i < to; i++) {
        for (int j = i + 1; j < to; j++) {
          int x = order[i];
          int y = order[j];
          if (flat[x] == flat[y] && estate[x] != estate[y]) {
            mine.add(pair(estate[x], estate[y]));
          }
        }
      }
      for (long k : mine) {
        votes.merge(k, 1, Integer::sum);
      }
    }
    return votes;
  }

  /** Two estate ids as one long, the lower first: the same for either order. */
  static long pair(int a, int b) {
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  @Override
  public String toString() {
    return "EstateAliases[" + pairs.size() + " pairs]";
  }
}
