package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * Entries to add to the end of one case's log, with the sequence the writer believes the log ends
 * at (optimistic concurrency: if someone else appended meanwhile, the append is refused whole).
 *
 * <p>Appends are idempotent: an append whose entries are all in the log already, equal, succeeds
 * and changes nothing, so a writer that did not hear back may simply send it again.
 *
 * @param caseId the case
 * @param expectedLast the sequence of the last entry the writer saw, 0 for a new case
 * @param entries the entries, numbered {@code expectedLast + 1}, {@code expectedLast + 2}, … and
 *     all of this case
 */
public record CaseAppend(String caseId, long expectedLast, ImmutableList<CaseEntry> entries) {

  /** Validates the parts. */
  public CaseAppend {
    requireNonNull(caseId, "caseId");
    requireNonNull(entries, "entries");
    if (expectedLast < 0) {
      throw new IllegalArgumentException(
          "case " + caseId + ": expected last sequence " + expectedLast);
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("case " + caseId + ": an append has no entries");
    }
    long next = expectedLast + 1;
    for (CaseEntry e : entries) {
      if (!e.caseId().equals(caseId)) {
        throw new IllegalArgumentException(
            "an append to case " + caseId + " holds an entry of case " + e.caseId());
      }
      if (e.sequence() != next) {
        throw new IllegalArgumentException(
            "case " + caseId + ": entry " + e.sequence() + " where " + next + " comes next");
      }
      next++;
    }
  }

  /** The sequence of the last entry after the append. */
  public long last() {
    return expectedLast + entries.size();
  }

  /** An append of {@code entries} after {@code expectedLast}. */
  public static CaseAppend of(long expectedLast, CaseEntry... entries) {
    if (entries.length == 0) {
      throw new IllegalArgumentException("an append has no entries");
    }
    return new CaseAppend(entries[0].caseId(), expectedLast, ImmutableList.copyOf(entries));
  }
}
