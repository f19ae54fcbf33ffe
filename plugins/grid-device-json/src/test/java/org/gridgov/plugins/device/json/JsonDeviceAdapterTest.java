package org.gridgov.plugins.device.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.spi.device.DeviceReading;
import org.gridgov.spi.device.Quantity;
import org.gridgov.testing.DocExamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonDeviceAdapterTest {

  private static final Instant NOW = Instant.parse("2026-07-07T19:20:00Z");
  private static final OffsetDateTime T = OffsetDateTime.parse("2026-07-08T03:15:00+08:00");

  private final JsonDeviceAdapter adapter = new JsonDeviceAdapter();

  private static DevicePayload payload(String json) {
    return payload(json.getBytes(UTF_8), "application/json");
  }

  private static DevicePayload payload(byte[] body, String contentType) {
    return new DevicePayload(body, contentType, "mqtt", Optional.of("gridgov/devices/x"), NOW);
  }

  private DecodeResult decode(String json) {
    return adapter.decode(payload(json));
  }

  private String refusal(String json) {
    DecodeResult r = decode(json);
    assertThat(r).isInstanceOf(DecodeResult.Refused.class);
    return ((DecodeResult.Refused) r).reason();
  }

  @Test
  @DisplayName("the plugin is found by the loader under the name json")
  void found() {
    DeviceAdapterProvider p = Plugins.load().select(DeviceAdapterProvider.POINT, "json");
    assertThat(p.create()).isInstanceOf(JsonDeviceAdapter.class);
  }

  @Test
  @DisplayName("reads JSON and the payload's own media type, parameters ignored; nothing else")
  void accepts() {
    byte[] b = "{}".getBytes(UTF_8);
    assertThat(adapter.accepts(payload(b, "application/json; charset=utf-8"))).isTrue();
    assertThat(adapter.accepts(payload(b, "Application/vnd.gridgov.device+json"))).isTrue();
    assertThat(adapter.accepts(payload(b, "text/plain"))).isFalse();
    assertThat(adapter.accepts(payload(b, ""))).isFalse();
  }

  // The examples of docs/spi.md, "Device adapters", one per kind.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SD-0001|smoke|{\"time\": \"2026-07-08T03:15:00+08:00\", \"alarm\": \"smoke\"}",
        "GAS-0001|gas|{\"time\": \"2026-07-08T03:15:00+08:00\", \"quantity\": \"gas_lel_percent\","
            + " \"value\": 32, \"unit\": \"%LEL\"}",
        "WL-0001|water_level|{\"time\": \"2026-07-08T03:15:00+08:00\", \"quantity\":"
            + " \"water_level_cm\", \"value\": 23.5}",
        "EF-0001|electrical_fire|{\"time\": \"2026-07-08T03:15:00+08:00\", \"quantity\":"
            + " \"leakage_current_ma\", \"value\": 420, \"unit\": \"mA\"}",
        "CAM-0001|video|{\"time\": \"2026-07-08T03:15:00+08:00\", \"alarm\": \"ebike_in_lift\"}"
      })
  @DisplayName("one payload form for every kind")
  void everyKind(String device, String kind, String reading) {
    DecodeResult r =
        decode(
            "{\"schemaVersion\": 1, \"deviceId\": \""
                + device
                + "\", \"kind\": \""
                + kind
                + "\", \"readings\": ["
                + reading
                + "], \"vendor\": {\"battery\": 87}}");
    assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
    DeviceReading d = ((DecodeResult.Decoded) r).readings().get(0);
    assertThat(d.deviceId()).isEqualTo(device);
    assertThat(d.kind()).isEqualTo(DeviceKind.fromCode(kind));
    assertThat(d.at()).isEqualTo(T);
  }

  @Test
  @DisplayName("measurements and alarms are read with their values, in order")
  void values() {
    DecodeResult r =
        decode(
            "{\"schemaVersion\": 1, \"deviceId\": \"EF-1\", \"kind\": \"electrical_fire\","
                + " \"readings\": [{\"time\": \"2026-07-08T03:15:00+08:00\", \"quantity\":"
                + " \"temperature_c\", \"value\": 81.5, \"unit\": \"°C\"}, {\"time\":"
                + " \"2026-07-08T03:15:00+08:00\", \"alarm\": \"overheat\"}]}");
    assertThat(((DecodeResult.Decoded) r).readings())
        .containsExactly(
            DeviceReading.measurement(
                "EF-1", DeviceKind.ELECTRICAL_FIRE, T, Quantity.TEMPERATURE_C, 81.5),
            DeviceReading.alarm("EF-1", DeviceKind.ELECTRICAL_FIRE, T, AlarmType.OVERHEAT));
  }

  @Test
  @DisplayName("every problem of a payload is in the reason, with its JSON path")
  void problems() {
    assertThat(
            refusal(
                "{\"schemaVersion\": 2, \"deviceId\": \"WL-1\", \"kind\": \"water_level\","
                    + " \"battery\": 3, \"readings\": [{\"time\": \"2026-07-08T03:15:00\","
                    + " \"quantity\": \"water_level_cm\", \"value\": \"high\"}, {\"time\":"
                    + " \"2026-07-08T03:15:00+08:00\", \"quantity\": \"water_level_cm\", \"value\":"
                    + " 2, \"unit\": \"mm\"}, {\"time\": \"2026-07-08T03:15:00+08:00\", \"alarm\":"
                    + " \"smoke\"}]}"))
        .isEqualTo(
            "$.battery: unknown field; expected schemaVersion, deviceId, kind, readings, vendor (a"
                + " vendor's own fields go in vendor); $.schemaVersion: 2 is not supported; this"
                + " adapter reads version 1; $.readings[0].time: \"2026-07-08T03:15:00\" is not a"
                + " date and time with an offset; expected e.g. 2026-07-08T03:15:00+08:00;"
                + " $.readings[0].value: \"high\" is not a number; $.readings[1].unit: \"mm\" is"
                + " not the unit of water_level_cm; give the value in cm; $.readings[2]: a"
                + " water_level device does not raise the alarm smoke");
  }

  @Test
  @DisplayName("malformed JSON, a repeated key, bad UTF-8 and no readings are refused")
  void malformed() {
    assertThat(refusal("{\"schemaVersion\": 1,")).startsWith("payload:1:");
    assertThat(
            refusal(
                "{\"schemaVersion\": 1, \"deviceId\": \"A\", \"deviceId\": \"B\", \"kind\":"
                    + " \"smoke\", \"readings\": []}"))
        .contains("Duplicate field 'deviceId'");
    assertThat(
            refusal(
                "{\"schemaVersion\": 1, \"deviceId\": \"A\", \"kind\": \"smoke\", \"readings\":"
                    + " []}"))
        .isEqualTo("$.readings: is empty; give at least one reading");
    DecodeResult notUtf8 =
        adapter.decode(
            payload(new byte[] {'{', (byte) 0xc3, (byte) 0x28, '}'}, "application/json"));
    assertThat(((DecodeResult.Refused) notUtf8).reason())
        .startsWith("payload:1:2: is not UTF-8 text");
    assertThat(refusal("[1, 2]")).isEqualTo("$: a device payload is a JSON object");
    assertThat(refusal("{\"schemaVersion\": 1, \"deviceId\": \"A\", \"kind\": \"smoke\"}"))
        .isEqualTo("$.readings: is missing");
  }

  @ParameterizedTest
  @CsvSource({
    "smoke, SD-B0001-01, 1",
    "gas, GAS-B0001-01, 1",
    "water-level, WL-B0001-G1, 2",
    "electrical-fire, EF-B0002-01, 2",
    "video, CAM-B0002-LIFT1, 1"
  })
  @DisplayName("the examples of docs/spi.md are read, and the sample payloads are the same")
  void docExamples(String name, String device, int readings) throws java.io.IOException {
    String doc = DocExamples.block("spi.md", "device-" + name + ".json", "json");
    DecodeResult r = decode(doc);
    assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
    assertThat(((DecodeResult.Decoded) r).readings())
        .hasSize(readings)
        .allSatisfy(d -> assertThat(d.deviceId()).isEqualTo(device));
    java.nio.file.Path sample =
        java.nio.file.Path.of(
            "../../grid-samples/src/main/resources/org/gridgov/samples/community/urban",
            "device-payloads",
            name + ".json");
    assertThat(java.nio.file.Files.readString(sample, UTF_8).strip()).isEqualTo(doc.strip());
  }

  @Test
  @DisplayName("nesting beyond the strict reader's limit is refused, not a stack overflow")
  void deep() {
    assertThat(refusal("[".repeat(10_000) + "]".repeat(10_000))).startsWith("payload:1:");
  }
}
