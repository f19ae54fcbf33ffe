package org.gridgov.events.notify;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before each retry: exponential back-off with jitter. The wait before retry
 * {@code n} (1 for the second attempt) is {@code min(max, initial × multiplierⁿ⁻¹)}, spread by
 * {@code ±jitter} of itself with a uniform random draw {@code r} in [0, 1): {@code base × (1 +
 * jitter × (2r − 1))}, so that many notifiers failing at one moment do not retry in step.
 *
 * @param initial the wait before the first retry
 * @param multiplier how much each wait grows, at least 1
 * @param max the longest wait before jitter
 * @param jitter the spread, 0 (none) to 1 (anything from nothing to twice the wait)
 */
public record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

  /** One second, doubling up to one minute, ±20%. */
  public static final Backoff DEFAULT =
      new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 0.2);

  /** Validates the parts. */
  public Backoff {
    java.util.Objects.requireNonNull(initial, "initial");
    java.util.Objects.requireNonNull(max, "max");
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "back-off: expected 0 <= initial <= max, got initial " + initial + ", max " + max);
    }
    if (!(multiplier >= 1.0 && multiplier <= 100.0)) {
      throw new IllegalArgumentException("back-off: the multiplier is 1 to 100, not " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("back-off: the jitter is 0 to 1, not " + jitter);
    }
  }

  /**
   * The wait before retry {@code retry} (1 for the second attempt), with the random draw {@code
   * random} (a value in [0, 1)).
   *
   * @throws IllegalArgumentException when {@code retry} is less than 1
   */
  public Duration delay(int retry, DoubleSupplier random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retries count from 1, not " + retry);
    }
    double base =
        Math.min(
            (double) max.toNanos(),
            initial.toNanos() * Math.pow(multiplier, Math.min(retry - 1, 1_000)));
    double r = random.getAsDouble();
    double spread = base * (1.0 + jitter * (2.0 * r - 1.0));
    return Duration.ofNanos(Math.max(0L, Math.round(spread)));
  }
}
