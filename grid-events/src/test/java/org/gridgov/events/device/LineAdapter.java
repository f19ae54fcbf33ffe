package org.gridgov.events.device;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.spi.device.DeviceReading;
import org.gridgov.spi.device.Quantity;

/**
 * A test adapter for {@code text/plain} payloads of one reading a line: {@code <device> <kind>
 * <time> alarm=<type>} or {@code <device> <kind> <time> <quantity>=<value>}, so that the intake's
 * tests do not depend on a plugin.
 */
final class LineAdapter implements DeviceAdapter {

  static DevicePayload payload(String text, OffsetDateTime receivedAt) {
    return new DevicePayload(
        text.getBytes(UTF_8),
        "text/plain",
        "test",
        java.util.Optional.empty(),
        receivedAt.toInstant());
  }

  @Override
  public boolean accepts(DevicePayload payload) {
    return payload.mediaType().equals("text/plain");
  }

  @Override
  public DecodeResult decode(DevicePayload payload) {
    List<DeviceReading> out = new ArrayList<>();
    String[] lines = new String(payload.body(), UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String[] f = lines[i].strip().split(" ");
      if (f.length != 4 || !f[3].contains("=")) {
        return DecodeResult.refused("line " + (i + 1) + ": expected 4 fields");
      }
      try {
        DeviceKind kind = DeviceKind.fromCode(f[1]);
        OffsetDateTime at = OffsetDateTime.parse(f[2]);
        String[] kv = f[3].split("=", 2);
        out.add(
            kv[0].equals("alarm")
                ? DeviceReading.alarm(f[0], kind, at, AlarmType.find(kv[1]).orElseThrow())
                : DeviceReading.measurement(
                    f[0], kind, at, Quantity.find(kv[0]).orElseThrow(), Double.parseDouble(kv[1])));
      } catch (RuntimeException e) {
        return DecodeResult.refused("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return DecodeResult.decoded(out);
  }
}
