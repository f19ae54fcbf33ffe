package org.gridgov.serve;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for the reports the service receives: {@code <channel>-<time>-<instance><counter>}, the time
 * in milliseconds and the counter in base 36, the instance four random base-36 digits drawn at
 * start. Ids of one run never repeat; ids of two runs differ in their instance, so a restart within
 * the same millisecond cannot reuse an id (and a reused id would be refused, not merged).
 */
final class ReportIds {

  private final Clock clock;
  private final String instance;
  private final AtomicLong counter = new AtomicLong();

  ReportIds(Clock clock) {
    this.clock = clock;
    StringBuilder b = new StringBuilder(4);
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 4; i++) {
      b.append(Character.forDigit(random.nextInt(36), 36));
    }
    this.instance = b.toString();
  }

  /** A new id for a report of {@code channel} ({@code o311}, {@code qr}, {@code dev}). */
  String next(String channel) {
    return channel
        + "-"
        + Long.toString(clock.millis(), 36)
        + "-"
        + instance
        + Long.toString(counter.incrementAndGet(), 36).toLowerCase(Locale.ROOT);
  }
}
