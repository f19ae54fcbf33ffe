package org.gridgov.spi.device;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.gridgov.core.internal.Checks;

/**
 * What an adapter made of a payload: the readings it holds, or why it cannot be read. A payload the
 * adapter cannot read is an answer, not an error: return {@link Refused} with a reason a vendor's
 * engineer can act on ({@code $.readings[2].value: "high" is not a number}); the library keeps the
 * payload and its reason for inspection.
 */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Refused {

  /** The payload's readings, at least one. */
  static DecodeResult decoded(List<DeviceReading> readings) {
    return new Decoded(ImmutableList.copyOf(readings));
  }

  /** The payload cannot be read, for {@code reason}. */
  static DecodeResult refused(String reason) {
    return new Refused(reason);
  }

  /**
   * The readings of a payload, in the order it gives them.
   *
   * @param readings at least one
   */
  record Decoded(ImmutableList<DeviceReading> readings) implements DecodeResult {
    /** Validates the part. */
    public Decoded {
      requireNonNull(readings, "readings");
      if (readings.isEmpty()) {
        throw new IllegalArgumentException(
            "a decoded payload has at least one reading; refuse an empty one with a reason");
      }
    }
  }

  /**
   * Why a payload cannot be read.
   *
   * @param reason for people; never blank, and never the payload's personal data
   */
  record Refused(String reason) implements DecodeResult {
    /** Validates the part. */
    public Refused {
      Checks.nonBlank(reason, "reason");
    }
  }
}
