package com.example.gridvendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.tck.DeviceAdapterContract;
import org.junit.jupiter.api.Test;

/** The ACME text adapter passes the kit, and maps the panel's words. */
class AcmeAlarmAdapterTest extends DeviceAdapterContract {

  private static DevicePayload payload(String text) {
    return payload(text.getBytes(StandardCharsets.UTF_8));
  }

  private static DevicePayload payload(byte[] body) {
    return new DevicePayload(
        body,
        AcmeAlarmAdapterProvider.CONTENT_TYPE,
        "http",
        Optional.of("/devices"),
        Instant.parse("2026-03-02T02:00:00Z"));
  }

  @Override
  protected DeviceAdapterProvider provider() {
    return new AcmeAlarmAdapterProvider();
  }

  @Override
  protected List<DevicePayload> goodPayloads() {
    return List.of(
        payload("SM-1;2026-03-02T10:00:00+08:00;SMOKE\n"),
        payload("CAM-7;2026-03-02T10:00:05+08:00;LANE\r\nCAM-7;2026-03-02T10:00:09+08:00;FALL\n"));
  }

  @Override
  protected List<DevicePayload> badPayloads() {
    return List.of(
        payload(""),
        payload("SM-1;yesterday;SMOKE"),
        payload("SM-1;2026-03-02T10:00:00+08:00;FLOOD"),
        payload("SM-1;2026-03-02T10:00:00+08:00"),
        payload(new byte[] {(byte) 0xff, (byte) 0xfe}));
  }

  @Override
  protected DevicePayload withBody(byte[] body) {
    return payload(body);
  }

  @Test
  void wordsBecomeOurAlarms() {
    DecodeResult r = provider().create().decode(payload("CAM-7;2026-03-02T10:00:05+08:00;LANE\n"));
    var reading = ((DecodeResult.Decoded) r).readings().get(0);
    assertThat(reading.deviceId()).isEqualTo("CAM-7");
    assertThat(reading.observation())
        .isEqualTo(new org.gridgov.spi.device.DeviceReading.Alarm(AlarmType.FIRE_LANE_BLOCKED));
  }

  @Test
  void aBadLineIsNamed() {
    DecodeResult r =
        provider().create().decode(payload("SM-1;2026-03-02T10:00:00+08:00;SMOKE\nSM-2;x;SMOKE\n"));
    assertThat(((DecodeResult.Refused) r).reason()).startsWith("line 2:");
  }
}
