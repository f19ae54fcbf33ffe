package org.gridgov.events.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.progress.Progress;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;

/**
 * Puts audit records into a store's case log: each case's records, in order, become its log
 * entries, each carrying the case's standing after it and, as its detail, the record's line of
 * {@code audit.jsonl}. Saving is idempotent: a case already stored with the same entries is left as
 * it is, so routing the same reports twice stores each case once.
 */
public final class StoredCases {

  /** How many cases go in one transaction. */
  static final int BATCH = 1_000;

  private StoredCases() {}

  /**
   * What saving did.
   *
   * @param stored the cases written now, whole or their new entries
   * @param alreadyStored the cases found in the store with the same entries, left as they were
   * @param entries the log entries written now
   */
  public record Outcome(int stored, int alreadyStored, long entries) {}

  /**
   * The log entries of each case, in the order of the records (which must hold each case's records
   * in time order, its opening first, as intake, the escalator and the simulator write them).
   *
   * @throws IllegalArgumentException when a case's first record does not open it, or a record of an
   *     unknown case comes before its opening
   */
  public static Map<String, ImmutableList<CaseEntry>> entries(List<? extends AuditRecord> records) {
    requireNonNull(records, "records");
    Map<String, List<CaseEntry>> logs = new LinkedHashMap<>();
    for (AuditRecord r : records) {
      List<CaseEntry> log = logs.computeIfAbsent(r.caseId(), k -> new ArrayList<>());
      log.add(entry(r, log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1))));
    }
    Map<String, ImmutableList<CaseEntry>> out = new LinkedHashMap<>();
    logs.forEach((k, v) -> out.put(k, ImmutableList.copyOf(v)));
    return out;
  }

  /**
   * The log entry of one audit record, following the case's last entry (none for the record that
   * opens the case): the next sequence, the case's standing after the record, and the record's line
   * of {@code audit.jsonl} as the detail. Live intake uses it one record at a time.
   *
   * @throws IllegalArgumentException when an opening record follows an entry, or another record has
   *     none to follow
   */
  public static CaseEntry entry(AuditRecord r, Optional<CaseEntry> last) {
    requireNonNull(r, "record");
    requireNonNull(last, "last");
    String detail = AuditLog.line(r);
    if (r instanceof AuditRecord.Opened o) {
      if (last.isPresent()) {
        throw new IllegalArgumentException("case " + r.caseId() + " is opened twice");
      }
      return new CaseEntry(
          o.caseId(),
          1,
          o.at(),
          CaseEntry.Kind.OPENED,
          o.actor(),
          CaseState.REPORTED,
          o.grid(),
          o.assignee(),
          o.departments(),
          detail);
    }
    CaseEntry before =
        last.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "case " + r.caseId() + " has a record before the one that opens it"));
    long sequence = before.sequence() + 1;
    if (r instanceof AuditRecord.Joined j) {
      return new CaseEntry(
          j.caseId(),
          sequence,
          j.at(),
          CaseEntry.Kind.JOINED,
          j.actor(),
          before.state(),
          before.grid(),
          before.assignee(),
          before.departments(),
          detail);
    }
    AuditRecord.Moved m = (AuditRecord.Moved) r;
    return new CaseEntry(
        m.caseId(),
        sequence,
        m.at(),
        CaseEntry.Kind.MOVED,
        m.actor(),
        m.to(),
        before.grid(),
        m.assignee().isPresent() ? m.assignee() : before.assignee(),
        before.departments(),
        detail);
  }

  /**
   * Whether two runs of entries record the same history. Entries written by an earlier version may
   * spell the same record differently (its times without seconds, say): when the entries differ,
   * each stored detail is read back and written again in today's form before comparing, so that a
   * store kept across an upgrade is not taken for another run's.
   */
  private static boolean sameHistory(List<CaseEntry> theirs, List<CaseEntry> ours) {
    if (theirs.equals(ours)) {
      return true;
    }
    for (int i = 0; i < theirs.size(); i++) {
      CaseEntry a = theirs.get(i);
      CaseEntry b = ours.get(i);
      if (a.equals(b)) {
        continue;
      }
      String rewritten;
      try {
        rewritten = AuditLog.line(record(a, "the stored log of case " + a.caseId()));
      } catch (RuntimeException e) {
        return false; // not a record we can read: not ours
      }
      CaseEntry normalised =
          new CaseEntry(
              a.caseId(),
              a.sequence(),
              a.at(),
              a.kind(),
              a.actor(),
              a.state(),
              a.grid(),
              a.assignee(),
              a.departments(),
              rewritten);
      if (!normalised.equals(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A case read back from its log: the case with its reports and moves, the report that opened it
   * (as the log knows it: id, time, category, grade and grid; the log keeps no point or words), the
   * rung of the ladder it reached and when it reached it.
   *
   * @param gridCase the case as it stands
   * @param lead the report that opened it
   * @param level the rung it sits at: where it opened, one up for each escalation
   * @param since when it reached its current standing: its opening or its last move
   */
  public record Restored(GridCase gridCase, GridEvent lead, LadderLevel level, Instant since) {
    /** Validates the parts. */
    public Restored {
      requireNonNull(gridCase, "gridCase");
      requireNonNull(lead, "lead");
      requireNonNull(level, "level");
      requireNonNull(since, "since");
    }
  }

  /**
   * Reads a case back from its log, as written by {@link #save} or live intake.
   *
   * @param log the case's entries, in order, its opening first
   * @throws IllegalArgumentException if the log is empty, does not start with an opening, or an
   *     entry's detail is not a line of the audit log
   */
  public static Restored restore(List<CaseEntry> log) {
    requireNonNull(log, "log");
    if (log.isEmpty()) {
      throw new IllegalArgumentException("a case's log has no entries");
    }
    String source = "the log of case " + log.get(0).caseId();
    if (!(record(log.get(0), source) instanceof AuditRecord.Opened o)) {
      throw new IllegalArgumentException(source + " does not start with the case's opening");
    }
    GridEvent lead =
        GridEvent.builder(o.eventId(), o.at(), o.category())
            .severity(o.severity())
            .grid(o.grid())
            .build();
    GridCase c = GridCase.open(o.caseId(), lead, o.grid(), o.actor());
    LadderLevel level = o.level();
    Instant since = o.at().toInstant();
    List<String> joined = new ArrayList<>();
    for (CaseEntry e : log.subList(1, log.size())) {
      AuditRecord r = record(e, source);
      if (r instanceof AuditRecord.Joined j) {
        joined.add(j.eventId()); // added at once below: one copy, not one per report
      } else if (r instanceof AuditRecord.Moved m) {
        c = c.moveTo(m.to(), m.actor(), m.at(), m.reason());
        since = m.at().toInstant();
        if (m.to() == CaseState.ESCALATED) {
          level = level.up().orElse(level);
        }
      }
    }
    return new Restored(c.withEvents(joined), lead, level, since);
  }

  private static AuditRecord record(CaseEntry e, String source) {
    ImmutableList<AuditRecord> records =
        AuditLog.read(new StringReader(e.detail()), source + ", entry " + e.sequence());
    if (records.size() != 1) {
      throw new IllegalArgumentException(
          source + ", entry " + e.sequence() + ": the detail holds " + records.size() + " records");
    }
    return records.get(0);
  }

  /**
   * Saves the cases of {@code records} into {@code log}, a thousand cases per transaction. A case
   * already stored with exactly these entries is counted and left alone.
   *
   * @throws AppendConflictException when a case is stored with other entries than these (another
   *     run under the same case ids): the cases of the batches before it are stored, none of its
   *     batch
   */
  public static Outcome save(CaseLog log, List<? extends AuditRecord> records, Progress progress) {
    requireNonNull(log, "log");
    requireNonNull(progress, "progress");
    Map<String, ImmutableList<CaseEntry>> cases = entries(records);
    int stored = 0;
    int already = 0;
    long written = 0;
    long done = 0;
    // A thousand cases at a time: one look-up of where their logs end, one transaction to write.
    List<String> ids = new ArrayList<>(cases.keySet());
    for (List<String> chunk : Lists.partition(ids, BATCH)) {
      Map<String, Long> lasts = log.lastSequences(chunk);
      List<CaseAppend> batch = new ArrayList<>(chunk.size());
      for (String id : chunk) {
        ImmutableList<CaseEntry> ours = requireNonNull(cases.get(id));
        long last = lasts.getOrDefault(id, 0L);
        if (last == 0) {
          batch.add(new CaseAppend(id, 0, ours));
          written += ours.size();
          stored++;
          continue;
        }
        ImmutableList<CaseEntry> theirs = log.history(id);
        int common = Math.min(theirs.size(), ours.size());
        if (!sameHistory(theirs.subList(0, common), ours.subList(0, common))) {
          throw new AppendConflictException(
              id,
              0,
              last,
              "the store holds another history of this case (from another run under the same"
                  + " case ids?); use another store");
        }
        if (ours.size() > theirs.size()) {
          // The store has the start of this case (routed earlier); add what happened since.
          batch.add(new CaseAppend(id, theirs.size(), ours.subList(theirs.size(), ours.size())));
          written += ours.size() - theirs.size();
          stored++;
        } else {
          already++;
        }
      }
      if (!batch.isEmpty()) {
        log.appendAll(batch);
      }
      done += chunk.size();
      progress.update("storing cases", done, cases.size());
    }
    return new Outcome(stored, already, written);
  }
}
