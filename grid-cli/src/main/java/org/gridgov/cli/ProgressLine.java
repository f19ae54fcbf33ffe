package org.gridgov.cli;

import java.io.PrintWriter;
import org.gridgov.core.progress.Progress;

/**
 * Shows on stderr how far a long load has come: quiet for the first second (small files load faster
 * than a message could be read), then a line at most every second, e.g. {@code grid: reading
 * households.csv: 45% (120 of 266 MB)}. Long writes report through {@link #count}, e.g. {@code
 * grid: writing QR codes: 45% (4500 of 10000)}.
 */
final class ProgressLine implements Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean shown;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(String source, long bytesRead, long totalBytes) {
    if (!due()) {
      return;
    }
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

  /** Shows how many of {@code total} items are done, e.g. {@code writing QR codes}. */
  void count(String what, long done, long total) {
    if (!due()) {
      return;
    }
    err.printf(
        "grid: %s: %d%% (%d of %d)%n", what, total == 0 ? 100 : done * 100 / total, done, total);
    err.flush();
  }

  /** Whether a line may be shown now; if so, counts it as shown. */
  private boolean due() {
    long now = System.nanoTime();
    if (now - start < QUIET_NANOS || (shown && now - lastShown < EVERY_NANOS)) {
      return false;
    }
    shown = true;
    lastShown = now;
    return true;
  }

  /** Says the load is done, if progress was shown at all. */
  void done() {
    if (shown) {
      err.printf("grid: loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
      err.flush();
    }
  }
}
