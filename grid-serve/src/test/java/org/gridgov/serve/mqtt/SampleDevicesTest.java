package org.gridgov.serve.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.device.DeviceRegistry;
import org.gridgov.events.device.RefusedPayloads;
import org.gridgov.plugins.device.json.JsonDeviceAdapter;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.device.DevicePayload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sample device registry and payloads of the urban community, as {@code grid serve} would take
 * them, and what docs/spi.md says of them.
 */
class SampleDevicesTest {

  private static final String DIR = "org/gridgov/samples/community/urban/";
  private static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:01Z");

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            SampleDevicesTest.class.getClassLoader().getResourceAsStream(DIR + name), name)) {
      return in.readAllBytes();
    }
  }

  private static DeviceIntake.Accepted accept(DeviceIntake intake, String payload)
      throws IOException {
    DeviceIntake.Outcome o =
        intake.accept(
            new DevicePayload(
                resource("device-payloads/" + payload),
                "application/json",
                "mqtt",
                Optional.of("gridgov/devices/" + payload),
                RECEIVED));
    assertThat(o).as(payload).isInstanceOf(DeviceIntake.Accepted.class);
    return (DeviceIntake.Accepted) o;
  }

  @Test
  @DisplayName("each sample payload makes the events docs/spi.md says, placed in the sample")
  void samples() throws IOException {
    DeviceRegistry registry =
        DeviceRegistry.read(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(resource("devices.csv")), StandardCharsets.UTF_8),
            DIR + "devices.csv",
            SampleCommunities.urban());
    RefusedPayloads.InMemory refused = RefusedPayloads.inMemory();
    DeviceIntake intake =
        DeviceIntake.builder(registry).adapter(new JsonDeviceAdapter()).refused(refused).build();

    GridEvent smoke = accept(intake, "smoke.json").events().get(0);
    assertThat(smoke.category()).isEqualTo(EventCategory.SAFETY_FIRE);
    assertThat(smoke.householdId()).contains("H000001");

    GridEvent gas = accept(intake, "gas.json").events().get(0);
    assertThat(gas.category()).isEqualTo(EventCategory.SAFETY_GAS);
    assertThat(gas.severity()).isEqualTo(EventSeverity.IV);

    DeviceIntake.Accepted water = accept(intake, "water-level.json");
    assertThat(water.readings())
        .extracting(DeviceIntake.Taken::disposition)
        .containsExactly(DeviceIntake.Disposition.NORMAL, DeviceIntake.Disposition.OPENED);
    assertThat(water.events().get(0).severity()).isEqualTo(EventSeverity.IV);
    assertThat(water.events().get(0).location()).isPresent();

    DeviceIntake.Accepted electrical = accept(intake, "electrical-fire.json");
    assertThat(electrical.events()).hasSize(1);
    assertThat(electrical.events().get(0).severity()).isEqualTo(EventSeverity.ROUTINE);
    assertThat(electrical.events().get(0).category()).isEqualTo(EventCategory.SAFETY_ELECTRICITY);

    GridEvent video = accept(intake, "video.json").events().get(0);
    assertThat(video.category()).isEqualTo(EventCategory.SAFETY_FIRE);
    assertThat(video.buildingId()).contains("B0002");

    assertThat(refused.count()).isZero();
    assertThat(intake.counts().events()).isEqualTo(5);
  }
}
