package org.gridgov.events.device;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.internal.Checks;
import org.gridgov.spi.device.DevicePayload;

/**
 * A payload the device intake refused, with the reason, kept for inspection.
 *
 * @param payload the payload as received; its body cut to the first {@value #MAX_KEPT_BYTES} bytes
 *     when it was longer
 * @param reason why it was refused
 * @param size the length of the body as received, in bytes
 */
public record RefusedPayload(DevicePayload payload, String reason, int size) {

  /** The most bytes of a body kept: enough to see what a sender sends, not a way to fill a disk. */
  public static final int MAX_KEPT_BYTES = 64 * 1024;

  /** Validates the parts. */
  public RefusedPayload {
    requireNonNull(payload, "payload");
    Checks.nonBlank(reason, "reason");
    if (size < payload.size()) {
      throw new IllegalArgumentException(
          "size " + size + " is less than the " + payload.size() + " bytes kept");
    }
    if (payload.size() > MAX_KEPT_BYTES) {
      throw new IllegalArgumentException(
          "a refused payload keeps at most " + MAX_KEPT_BYTES + " bytes; use of(payload, reason)");
    }
  }

  /** The payload refused for {@code reason}, its body cut to {@value #MAX_KEPT_BYTES} bytes. */
  public static RefusedPayload of(DevicePayload payload, String reason) {
    requireNonNull(payload, "payload");
    if (payload.size() <= MAX_KEPT_BYTES) {
      return new RefusedPayload(payload, reason, payload.size());
    }
    byte[] head = java.util.Arrays.copyOf(payload.body(), MAX_KEPT_BYTES);
    return new RefusedPayload(
        new DevicePayload(
            head,
            payload.contentType(),
            payload.transport(),
            payload.topic(),
            payload.receivedAt()),
        reason,
        payload.size());
  }

  /** Whether the body was cut. */
  public boolean truncated() {
    return size > payload.size();
  }
}
