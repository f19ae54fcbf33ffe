package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;

/**
 * The cases, each an append-only log of entries keyed by {@code (case, sequence)}.
 *
 * <p>Writers use optimistic concurrency: an append names the sequence the writer believes the log
 * ends at, and is refused whole ({@link AppendConflictException}) when it does not; the writer
 * re-reads and decides again. Appends are idempotent: sending the same append again after it landed
 * succeeds and changes nothing.
 */
public interface CaseLog {

  /**
   * Appends entries to one case's log.
   *
   * @throws AppendConflictException when the log does not end at {@link CaseAppend#expectedLast()}
   *     (and the append is not a repeat of entries already there), or an entry of the same sequence
   *     differs; nothing is written
   */
  void append(CaseAppend append);

  /**
   * Appends to many cases at once, all or nothing: one transaction for a batch (the fast way to
   * load a day of intake).
   *
   * @throws AppendConflictException when any append conflicts; nothing is written
   * @throws IllegalArgumentException when two appends of the batch name one case
   */
  void appendAll(List<CaseAppend> appends);

  /** The sequence of a case's last entry; 0 when the case has none. */
  long lastSequence(String caseId);

  /**
   * The sequence of each case's last entry, for many cases at once; a case with no entries is left
   * out. A store answers it in one round trip where it can (the JDBC store does); by default it
   * asks {@link #lastSequence} case by case.
   *
   * @since 1.0
   */
  default ImmutableMap<String, Long> lastSequences(Collection<String> caseIds) {
    ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
    for (String id : new java.util.LinkedHashSet<>(caseIds)) {
      long last = lastSequence(id);
      if (last > 0) {
        out.put(id, last);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * A case's log, oldest first; empty when the case is unknown. This is the writers' read (a writer
   * re-reads the log it appends to); a read on behalf of a caller goes through {@link
   * #history(Scope, String)}.
   */
  ImmutableList<CaseEntry> history(String caseId);

  /**
   * A case's log, oldest first, when the case as it stands now is within {@code scope}; empty when
   * it is not, or unknown (the two are not told apart, so that a caller cannot learn that a case it
   * may not see exists).
   *
   * @since 1.2
   */
  default ImmutableList<CaseEntry> history(Scope scope, String caseId) {
    requireNonNull(scope, "scope");
    ImmutableList<CaseEntry> log = history(caseId);
    return !log.isEmpty() && scope.permits(CaseSummary.of(log)) ? log : ImmutableList.of();
  }

  /**
   * The cases within {@code scope} that match {@code query}, in the order they opened (by case id
   * when two opened at one instant), one page at a time.
   *
   * @throws IllegalArgumentException when the page's cursor is not one this store gave
   */
  Page<CaseSummary> query(Scope scope, CaseQuery query, PageRequest page);

  /** How many cases within {@code scope} match {@code query}. */
  long count(Scope scope, CaseQuery query);
}
