package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.format.DateTimeParseException;
import org.gridgov.core.internal.Times;
import org.gridgov.dedup.normalize.BirthDates;

/**
 * Dates and times: {@link Times#parse} refuses with a {@link DateTimeParseException} only, and what
 * it reads it writes back in a form it reads again to the same instant; the dedup birth-date
 * normaliser ({@link BirthDates}) never throws.
 */
class TimesFuzzTest {

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    String text = Contract.text(data);
    Contract.refusesOnlyWith(
        DateTimeParseException.class,
        () -> {
          var t = Times.parse(text);
          if (!Times.parse(Times.format(t))
              .toInstant()
              .equals(t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
            throw new AssertionError("not read back: " + Times.format(t));
          }
        });
    BirthDates.parse(text);
  }
}
