package org.gridgov.cli;

import java.io.PrintWriter;
import org.gridgov.core.io.LoadProgress;

/**
 * Shows on stderr how far a long load has come: quiet for the first second (small files load faster
 * than a message could be read), then a line at most every second, e.g. {@code grid: reading
 * households.csv: 45% (120 of 266 MB)}.
 */
final class Progress implements LoadProgress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(String source, long bytesRead, long totalBytes) {
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS || (shown && now - lastShown < EVERY_NANOS)) {
      return;
    }
    shown = true;
    lastShown = now;
    long mb = bytesRead >> 20;
    if (totalBytes >= 1 << 20) {
      err.printf(
          "grid: reading %s: %d%% (%d of %d MB)%n",
          source, bytesRead * 100 / totalBytes, mb, totalBytes >> 20);
    } else if (totalBytes > 0) {
      err.printf("grid: reading %s: %d%%%n", source, bytesRead * 100 / totalBytes);
    } else {
      err.printf("grid: reading %s: %d MB%n", source, mb);
    }
    err.flush();
  }

  /** Says the load is done, if progress was shown at all. */
  void done() {
    if (shown) {
      err.printf("grid: loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
      err.flush();
    }
  }
}
