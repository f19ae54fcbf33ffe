package org.gridgov.core.internal;

import java.util.function.LongConsumer;

/** Counts units read and reports the count about every 2^20 units and once at the end. */
final class ProgressCounter {

  private static final long STEP = 1 << 20;

  private final LongConsumer report;
  private long count;
  private long nextReport = STEP;
  private boolean ended;

  ProgressCounter(LongConsumer report) {
    this.report = report;
  }

  /**
   * Adds {@code n} units, or marks the end for {@code n < 0} (what {@code read} returns at EOF).
   */
  void advance(long n) {
    if (n < 0) {
      if (!ended) {
        ended = true;
        report.accept(count);
      }
      return;
    }
    count += n;
    if (count >= nextReport) {
      nextReport = count + STEP;
      report.accept(count);
    }
  }
}
