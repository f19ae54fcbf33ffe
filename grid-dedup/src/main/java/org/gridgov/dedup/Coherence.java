package org.gridgov.dedup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What one person's records may not disagree on: two names neither equal nor close, two birth dates
 * (not a typo of one another: the date comparator's {@code different}), two genders, two different
 * valid identity numbers, or a valid number and a masked one that disagree on a visible character;
 * where the two clusters give one valid number ({@link #shareId}), names one character apart are a
 * typo, not two people. A grown-up's record (a form of address said to grown-ups, {@code 王先生},
 * {@code 刘阿姨}, or a contact with no name, number or birth date) and a birth year that makes a
 * person under 16 this year contradict each other too ({@link #GROWN_UP_AGE}). Checked by {@link
 * Clustering} for every pair of records of two clusters before it joins them, so a chain of strong
 * links cannot put a family's mother and daughter into one resident. Only fields of the types name,
 * date, gender and identity number take part; other types (FEBRL's free text and codes) carry no
 * such evidence.
 */
final class Coherence {

  /** The columns checked. */
  private final Column[] strong;

  /** The name columns, when the config attaches sparse records; else none. */
  private final Column[] names;

  /** The other columns, when the config attaches sparse records; else none. */
  private final Column[] others;

  /** The name columns among the strong ones: whose forms of address say a grown-up. */
  private final Column.NameColumn[] titles;

  /** The date columns among the strong ones: whose years say a child. */
  private final Column.DateColumn[] births;

  /** The identity number columns among the strong ones: a record with one is no mere contact. */
  private final Column[] ids;

  /**
   * Born after this year, a person is a child today and was one when any record was taken: no form
   * of address said to grown-ups ({@code 赵先生}) is theirs.
   */
  private final int childAfter;

  /**
   * How old a person must be at least to be called {@code 先生}, {@code 女士} or {@code 阿姨} in a
   * ledger: 16, the age from which the Labour Law (Article 15) lets a person work. Counted back
   * from the current year, not from the date a record was taken (which no record gives): a person
   * born after that year was under 16 whenever any record was taken, so the rule never keeps a
   * record from a grown-up; it may let a title fall on a person who was a child when the ledger was
   * written.
   */
  static final int GROWN_UP_AGE = 16;

  private Coherence(Column[] strong, Column[] names, Column[] others, int childAfter) {
    this.strong = strong;
    this.names = names;
    this.others = others;
    List<Column.NameColumn> t = new ArrayList<>();
    List<Column.DateColumn> b = new ArrayList<>();
    List<Column> n = new ArrayList<>();
    for (Column c : strong) {
      if (c instanceof Column.NameColumn name) {
        t.add(name);
      } else if (c instanceof Column.DateColumn d) {
        b.add(d);
      } else if (c instanceof Column.IdColumn) {
        n.add(c);
      }
    }
    this.titles = t.toArray(Column.NameColumn[]::new);
    this.births = b.toArray(Column.DateColumn[]::new);
    this.ids = n.toArray(Column[]::new);
    this.childAfter = childAfter;
  }

  /**
   * The coherence of a set's records, today: who is a child is counted from the current year (in
   * UTC), the one input besides the records (see {@link #GROWN_UP_AGE}).
   */
  static Coherence of(RecordSet set) {
    return of(set, LocalDate.now(ZoneOffset.UTC).getYear());
  }

  /** The coherence of a set's records in a given year: for tests and reruns of a past year. */
  static Coherence of(RecordSet set, int year) {
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
        strong.toArray(Column[]::new),
        names.toArray(Column[]::new),
        others.toArray(Column[]::new),
        year - GROWN_UP_AGE);
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

  /**
   * Whether a record is a grown-up's: its name is a form of address said to grown-ups ({@code
   * 王先生}), or it is a contact, with no name at all, no identity number and no birth date: a phone
   * and a flat, as a property office, a volunteer sign-up or a parcel locker keeps them, which is
   * what ledgers keep of grown-ups. A child's own records carry a parent's phone; such a contact
   * row with that phone is the parent.
   */
  private boolean grownUp(int r) {
    boolean nameless = titles.length > 0;
    for (Column.NameColumn n : titles) {
      if (n.adult[r] != 0) {
        return true;
      }
      nameless &= n.norm[r] == 0 && n.surname[r] == 0;
    }
    if (!nameless) {
      return false;
    }
    for (Column c : ids) {
      if (!c.missing(r)) {
        return false;
      }
    }
    for (Column c : births) {
      if (!c.missing(r)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a record's birth year (a whole date's or a partial one's) says a child. */
  private boolean child(int r) {
    for (Column.DateColumn d : births) {
      if (d.earliestYear(r) > childAfter) {
        return true;
      }
    }
    return false;
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
    return contradict(a, b, sharedId, (c, x, y) -> false);
  }

  /**
   * Whether two records contradict each other on strong evidence that their clusters do not hold
   * already: a field on which they disagree does not count when {@code held} says the other's
   * cluster already holds one's value beside the other's. A cluster that became one person's
   * through a shared identity number with two names one character apart ({@code 徐敏} and {@code 齐敏}
   * as a Wu speaker's ear takes them down) then takes a third record of either name: it adds no
   * name the cluster does not hold.
   */
  boolean contradict(int a, int b, boolean sharedId, Held held) {
    if ((grownUp(a) && child(b)) || (grownUp(b) && child(a))) {
      return true; // 赵先生 on the family's phone and flat is the father, not the boy of seven
    }
    for (Column c : strong) {
      if ((c instanceof Column.IdColumn id
              ? id.forbids(a, b)
              : c.compare(a, b) == Column.DIFFERENT && !(sharedId && oneName(c, a, b)))
          && !held.test(c, a, b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a disagreement on column {@code c} of two records whose clusters share an identity
   * number is still one person's: two names that are one name under one number ({@link
   * Column.NameColumn#oneNameUnderOneNumber}: a typo, a short form or a given name alone, another
   * transcription). Birth dates and genders still contradict under one number: a cluster never
   * holds two (a relative's number on a row meets them).
   */
  private static boolean oneName(Column c, int a, int b) {
    return c instanceof Column.NameColumn n && n.oneNameUnderOneNumber(a, b);
  }

  /** Whether a column's disagreement of two records is held already by their clusters. */
  @FunctionalInterface
  interface Held {
    /**
     * Whether the cluster of {@code b} holds {@code a}'s value of column {@code c}, or the cluster
     * of {@code a} holds {@code b}'s.
     */
    boolean test(Column c, int a, int b);
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
