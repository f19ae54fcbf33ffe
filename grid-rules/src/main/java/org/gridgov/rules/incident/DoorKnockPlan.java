package org.gridgov.rules.incident;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CsvWriter;

/**
 * The door-knock plan of an area incident: who knocks on which door, in which order, and when, and
 * the households that cannot be reached in time, with the reason.
 *
 * @param visits one per planned household, by member then sequence
 * @param unreachable affected households no member can reach within the round, with why
 */
public record DoorKnockPlan(ImmutableList<Visit> visits, ImmutableList<Unreachable> unreachable) {

  /** The header of {@code plan.csv}, a public contract. */
  public static final String PLAN_HEADER = "member_id,household_id,seq,minutes_from_start";

  /** The header of {@code unreachable.csv}. */
  public static final String UNREACHABLE_HEADER = "household_id,reason";

  /** Validates the parts. */
  public DoorKnockPlan {
    requireNonNull(visits, "visits");
    requireNonNull(unreachable, "unreachable");
  }

  /**
   * One planned visit.
   *
   * @param memberId who knocks
   * @param householdId on whose door
   * @param seq the visit's place in the member's list, from 1
   * @param minutesFromStart when the member reaches the door, in minutes from the start
   * @param specialGroup whether the household has a special group (they come first)
   */
  public record Visit(
      String memberId,
      String householdId,
      int seq,
      double minutesFromStart,
      boolean specialGroup) {}

  /**
   * An affected household that no one can reach in time.
   *
   * @param householdId the household
   * @param reason why, for people
   */
  public record Unreachable(String householdId, String reason) {}

  /**
   * Writes {@code plan.csv} and {@code unreachable.csv} into {@code dir}, each in full to a
   * temporary file first and then moved into place.
   *
   * @throws UncheckedIOException if the directory cannot be written
   */
  public void write(Path dir) {
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    // Both files are for the members who knock: written for spreadsheets (CsvWriter.forPeople).
    files.put(
        "plan.csv",
        out -> {
          out.write(PLAN_HEADER);
          out.write('\n');
          CsvWriter csv = CsvWriter.forPeople(out);
          for (Visit v : visits) {
            csv.row(
                v.memberId(),
                v.householdId(),
                Integer.toString(v.seq()),
                String.format(Locale.ROOT, "%.1f", v.minutesFromStart()));
          }
        });
    files.put(
        "unreachable.csv",
        out -> {
          out.write(UNREACHABLE_HEADER);
          out.write('\n');
          CsvWriter csv = CsvWriter.forPeople(out);
          for (Unreachable u : unreachable) {
            csv.row(u.householdId(), u.reason());
          }
        });
    AtomicFiles.write(dir, files);
  }
}
