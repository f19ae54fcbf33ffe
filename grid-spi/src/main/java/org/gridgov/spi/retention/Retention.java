package org.gridgov.spi.retention;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.SourceRecord;

/**
 * Applies a {@link RetentionPolicy} to a store's residents: a golden record whose {@value #STATUS}
 * is {@value #MOVED_AWAY} or {@value #DECEASED} since a day ({@value #STATUS_SINCE}, ISO date)
 * longer ago than the policy keeps such records is removed or anonymised. A dry run reports what
 * would be done and changes nothing.
 */
public final class Retention {

  /** The field of a golden record that says whether the person still lives there. */
  public static final String STATUS = "status";

  /** The day the status took effect, ISO-8601 ({@code 2024-05-31}). */
  public static final String STATUS_SINCE = "status_since";

  /** The status of a resident who moved away (迁出). */
  public static final String MOVED_AWAY = "moved_away";

  /** The status of a resident who died (死亡). */
  public static final String DECEASED = "deceased";

  private static final int PAGE = 1_000;

  private Retention() {}

  /** What was (or, in a dry run, would be) done to one resident. */
  public enum Outcome {
    /** Removed with its source records. */
    REMOVED,
    /** Anonymised. */
    ANONYMISED,
    /** Kept: the status's day cannot be read, so the age of the record is unknown. */
    KEPT_UNREADABLE_DATE
  }

  /**
   * One line of the report.
   *
   * @param residentId the golden record
   * @param status its status
   * @param since the day of the status, as stored
   * @param expiredOn the day its retention ended; empty when the day could not be read
   * @param outcome what was done
   */
  public record Action(
      String residentId,
      String status,
      String since,
      Optional<LocalDate> expiredOn,
      Outcome outcome) {

    /** Validates the parts. */
    public Action {
      requireNonNull(residentId, "residentId");
      requireNonNull(status, "status");
      requireNonNull(since, "since");
      requireNonNull(expiredOn, "expiredOn");
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The report of a run.
   *
   * @param today the day the policy was applied on
   * @param dryRun whether nothing was changed
   * @param examined how many golden records were examined
   * @param actions what was done, by resident id
   */
  public record Report(
      LocalDate today, boolean dryRun, long examined, ImmutableList<Action> actions) {

    /** Validates the parts. */
    public Report {
      requireNonNull(today, "today");
      requireNonNull(actions, "actions");
    }

    /** How many residents had an outcome. */
    public long count(Outcome outcome) {
      return actions.stream().filter(a -> a.outcome() == outcome).count();
    }
  }

  /**
   * Applies {@code policy} on {@code today}.
   *
   * @param dryRun when true, only reports
   */
  public static Report apply(
      GridStore store, RetentionPolicy policy, LocalDate today, boolean dryRun) {
    requireNonNull(store, "store");
    requireNonNull(policy, "policy");
    requireNonNull(today, "today");
    // The job reads every resident: its reads of ID numbers are audited under this name.
    Scope scope = Scope.everything("retention: records of people who left").by("retention");
    List<GoldenResident> expired = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    long examined = 0;
    PageRequest page = PageRequest.first(PAGE);
    while (true) {
      Page<GoldenResident> p = store.residents().list(scope, page);
      for (GoldenResident g : p.items()) {
        examined++;
        Optional<String> status = g.value(STATUS);
        if (status.isEmpty()
            || !(status.get().equals(MOVED_AWAY) || status.get().equals(DECEASED))) {
          continue;
        }
        String sinceText = g.value(STATUS_SINCE).orElse("");
        LocalDate since;
        try {
          since = LocalDate.parse(sinceText.strip());
        } catch (DateTimeParseException e) {
          actions.add(
              new Action(
                  g.residentId(),
                  status.get(),
                  sinceText,
                  Optional.empty(),
                  Outcome.KEPT_UNREADABLE_DATE));
          continue;
        }
        LocalDate end =
            since.plus(status.get().equals(DECEASED) ? policy.deceased() : policy.movedAway());
        if (!today.isAfter(end)) {
          continue;
        }
        expired.add(g);
        actions.add(
            new Action(
                g.residentId(),
                status.get(),
                sinceText,
                Optional.of(end),
                policy.action() == RetentionPolicy.Action.REMOVE
                    ? Outcome.REMOVED
                    : Outcome.ANONYMISED));
      }
      if (p.next().isEmpty()) {
        break;
      }
      page = page.after(p.next().get());
    }
    if (!dryRun && !expired.isEmpty()) {
      if (policy.action() == RetentionPolicy.Action.REMOVE) {
        store.residents().remove(expired.stream().map(GoldenResident::residentId).toList());
      } else {
        anonymise(store, scope, expired);
      }
    }
    return new Report(today, dryRun, examined, ImmutableList.copyOf(actions));
  }

  private static void anonymise(GridStore store, Scope scope, List<GoldenResident> expired) {
    List<GoldenResident> golden = new ArrayList<>();
    List<SourceRecord> records = new ArrayList<>();
    for (GoldenResident g : expired) {
      ImmutableMap.Builder<String, FieldValue> kept = ImmutableMap.builder();
      for (Map.Entry<String, FieldValue> f : g.fields().entrySet()) {
        if (f.getKey().equals(STATUS) || f.getKey().equals(STATUS_SINCE)) {
          kept.put(f);
        }
      }
      golden.add(new GoldenResident(g.residentId(), kept.buildOrThrow(), g.recordIds(), g.grid()));
      for (String recordId : g.recordIds()) {
        // The app stays (for counts by source); every field that could name the person goes.
        String source =
            store.residents().record(scope, recordId).map(SourceRecord::source).orElse("unknown");
        records.add(new SourceRecord(recordId, source, ImmutableMap.of()));
      }
    }
    store.residents().save(golden, records);
  }
}
