package org.gridgov.spi.device;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.gridgov.core.internal.Checks;

/**
 * What one device reported at one time: a measured value or an alarm. The kind is what the payload
 * says the device is; the library checks it against the device registry.
 *
 * @param deviceId the device's id as the registry lists it, at most {@value #MAX_ID_LENGTH}
 *     characters
 * @param kind what the device is
 * @param at when the device observed it, with the offset the payload gave
 * @param observation what it observed
 */
public record DeviceReading(
    String deviceId, DeviceKind kind, OffsetDateTime at, Observation observation) {

  /** The longest device id, in characters (so that the ids of its events stay within 128). */
  public static final int MAX_ID_LENGTH = 64;

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException for an id that is blank, too long or holds control characters,
   *     or an observation a device of this kind cannot make (a smoke detector that measures water,
   *     a camera that reports a gas leak)
   */
  public DeviceReading {
    Checks.id(deviceId, "device id");
    if (deviceId.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "device id \"" + deviceId + "\" is longer than " + MAX_ID_LENGTH + " characters");
    }
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    requireNonNull(observation, "observation");
    if (observation instanceof Measurement m && !kind.quantities().contains(m.quantity())) {
      throw new IllegalArgumentException(
          "a "
              + kind.code()
              + " device does not measure "
              + m.quantity().code()
              + (kind.quantities().isEmpty()
                  ? "; it only raises alarms"
                  : "; it measures " + kind.quantities()));
    }
    if (observation instanceof Alarm a && !kind.raises(a.type())) {
      throw new IllegalArgumentException(
          "a " + kind.code() + " device does not raise the alarm " + a.type().code());
    }
  }

  /** A measured value. */
  public static DeviceReading measurement(
      String deviceId, DeviceKind kind, OffsetDateTime at, Quantity quantity, double value) {
    return new DeviceReading(deviceId, kind, at, new Measurement(quantity, value));
  }

  /** An alarm the device raised itself. */
  public static DeviceReading alarm(
      String deviceId, DeviceKind kind, OffsetDateTime at, AlarmType type) {
    return new DeviceReading(deviceId, kind, at, new Alarm(type));
  }

  /** What a device observed: a {@link Measurement} or an {@link Alarm}. */
  public sealed interface Observation permits Measurement, Alarm {}

  /**
   * A measured value, in the quantity's unit.
   *
   * @param quantity what was measured
   * @param value the value, in {@link Quantity#unit()}; finite
   */
  public record Measurement(Quantity quantity, double value) implements Observation {
    /** Validates the parts. */
    public Measurement {
      requireNonNull(quantity, "quantity");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            quantity.code() + " must be a finite number but was " + value);
      }
    }
  }

  /**
   * An alarm the device raised itself, by its own set point or analysis.
   *
   * @param type what it alarms about
   */
  public record Alarm(AlarmType type) implements Observation {
    /** Validates the part. */
    public Alarm {
      requireNonNull(type, "type");
    }
  }
}
