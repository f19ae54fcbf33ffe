package org.gridgov.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * What one person's records may not disagree on: two names neither equal nor close, two birth dates
 * (not a typo of one another: the date comparator's {@code different}), two genders, two different
 * valid identity numbers, or a valid number and a masked one that disagree on a visible character;
 * where the two clusters give one valid number ({@link #shareId}), names one character apart are a
 * typo, not two people. Checked by {@link Clustering} for every pair of records of two clusters
 * before it joins them, so a chain of strong links cannot put a family's mother and daughter into
 * one resident. Only fields of the types name, date, gender and identity number take part; other
 * types (FEBRL's free text and codes) carry no such evidence.
 */
final class Coherence {

  /** The columns checked. */
  private final Column[] strong;

  /** The name columns, when the config attaches sparse records; else none. */
  private final Column[] names;

  /** The other columns, when the config attaches sparse records; else none. */
  private final Column[] others;

  private Coherence(Column[] strong, Column[] names, Column[] others) {
    this.strong = strong;
    this.names = names;
    this.others = others;
  }

  static Coherence of(RecordSet set) {
    List<Column> strong = new ArrayList<>();
    List<Column> names = new ArrayList<>();
    List<Column> others = new ArrayList<>();
    for (Column c : set.columns) {
      switch (c.field.type()) {
        case NAME, DATE, GENDER, ID_NUMBER -> strong.add(c);
        default -> {}
      }
      if (set.config.attachSparse() && c.field.type() != FieldType.GENDER) {
        (c.field.type() == FieldType.NAME ? names : others).add(c);
      }
    }
    if (names.isEmpty()) {
      others.clear();
    }
    return new Coherence(
        strong.toArray(Column[]::new), names.toArray(Column[]::new), others.toArray(Column[]::new));
  }

  /**
   * Whether clusters of sparse records are attached ({@link Clustering}): the config asks for it
   * and has a name field.
   */
  boolean attaches() {
    return names.length > 0;
  }

  /**
   * Whether a record has a name: a name field that is not empty and not a placeholder ({@code 王先生}
   * gives a surname only). False for every record when {@link #attaches} is false.
   */
  boolean named(int r) {
    for (Column c : names) {
      if (!c.missing(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a record says too little to be told from its relatives or namesakes by its pairs'
   * weights: it has no name ({@link #named}), or nothing but a name and perhaps a gender (a drill's
   * sign-up sheet: {@code 张伟}, {@code 张伟 男}). False for every record when {@link #attaches} is
   * false.
   */
  boolean sparse(int r) {
    if (names.length == 0) {
      return false;
    }
    if (!named(r)) {
      return true;
    }
    for (Column c : others) {
      if (!c.missing(r)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two records contradict each other on strong evidence. */
  boolean contradict(int a, int b) {
    return contradict(a, b, false);
  }

  /**
   * Whether two records contradict each other on strong evidence, given whether their clusters
   * share a valid identity number ({@link #shareId}): then two names of one length that differ in
   * one character ({@code 陈小杰}, {@code 林小杰}) are a typo of one person's name, no contradiction. A
   * parent's number written on a child's row still meets the birth dates.
   */
  boolean contradict(int a, int b, boolean sharedId) {
    for (Column c : strong) {
      if (c instanceof Column.IdColumn id
          ? id.forbids(a, b)
          : c.compare(a, b) == Column.DIFFERENT
              && !(sharedId && c instanceof Column.NameColumn n && n.oneReplaced(a, b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two records give one valid identity number (in any identity number field): the same
   * valid number, or a valid number and a masked one that fits it ({@code 510104********7823})
   * where both records give the same whole birth date — the digits a mask hides are the birth date
   * and at most a few more, so the two name one number.
   */
  boolean shareId(int a, int b) {
    boolean fits = false;
    for (Column c : strong) {
      if (c instanceof Column.IdColumn id) {
        if (id.sameValid(a, b)) {
          return true;
        }
        fits |= id.maskedFits(a, b);
      }
    }
    if (fits) {
      for (Column c : strong) {
        if (c instanceof Column.DateColumn d && d.compare(a, b) == Column.EXACT) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two records have the same strong values: records with equal values contradict the same
   * records, so a cluster keeps one record per distinct set of values to check against.
   */
  boolean sameSignature(int a, int b) {
    for (Column c : strong) {
      if (!c.sameValue(a, b)) {
        return false;
      }
    }
    return true;
  }
}
