package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Tells the user on stderr that a long step is running: a line when it starts if it takes more
 * than a moment, and how long it took.
 */
final class Progress {

  /** Below this, a step is quick enough to run silently. */
  private static final long QUIET_MILLIS = 1_000;

  private Progress() {}

  static <T> T around(PrintWriter err, String what, Supplier<T> step) {
    long start = System.nanoTime();
    Thread ticker =
        new Thread(
            () -> {
              try {
                Thread.sleep(QUIET_MILLIS);
                err.println("grid: " + what + " ...");
                err.flush();
                while (true) {
                  Thread.sleep(5_000);
                  err.printf("grid: %s ... %d s%n", what, (System.nanoTime() - start) / 1_000_000_000);
                  err.flush();
                }
              } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
              }
            },
            "grid-progress");
    ticker.setDaemon(true);
    ticker.start();
    try {
      return step.get();
    } finally {
      ticker.interrupt();
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis >= QUIET_MILLIS) {
        err.printf("grid: %s done in %.1f s%n", what, millis / 1000.0);
        err.flush();
      }
    }
  }
}
