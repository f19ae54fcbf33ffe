package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.plugins.device.json.JsonDeviceAdapter;
import org.gridgov.spi.device.DevicePayload;

/**
 * A device's JSON payload (docs/spi.md) through {@link JsonDeviceAdapter#decode}: nothing may
 * escape; a bad payload is a refusal in the result, not an exception.
 */
class DevicePayloadFuzzTest {
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private final JsonDeviceAdapter adapter = new JsonDeviceAdapter();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    adapter.decode(
        new DevicePayload(
            data, "application/json", "mqtt", Optional.of("gridgov/devices/fuzz"), NOW));
  }
}
