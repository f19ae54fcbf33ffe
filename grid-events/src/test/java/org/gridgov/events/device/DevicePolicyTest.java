package org.gridgov.events.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.Quantity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DevicePolicyTest {

  private static DevicePolicy read(String json) {
    return DevicePolicy.read(new StringReader(json), "policy.json");
  }

  @Test
  @DisplayName("a policy without a devices section gives the documented defaults")
  void defaults() {
    DevicePolicy p = read("{\"schemaVersion\": 1, \"routing\": {}}");
    assertThat(p).isEqualTo(DevicePolicy.defaults());
    assertThat(p.debounce()).isEqualTo(Duration.ofMinutes(10));
    assertThat(p.threshold(Quantity.GAS_LEL_PERCENT)).isEqualTo(new DevicePolicy.Threshold(20, 50));
    assertThat(p.severity(Quantity.WATER_LEVEL_CM, 14.99)).isEmpty();
    assertThat(p.severity(Quantity.WATER_LEVEL_CM, 15)).contains(EventSeverity.IV);
    assertThat(p.severity(Quantity.WATER_LEVEL_CM, 40)).contains(EventSeverity.III);
    assertThat(p.severity(Quantity.LEAKAGE_CURRENT_MA, 300)).contains(EventSeverity.ROUTINE);
    assertThat(p.severity(Quantity.LEAKAGE_CURRENT_MA, 500)).contains(EventSeverity.IV);
  }

  @Test
  @DisplayName("the devices section changes only what it names")
  void section() {
    DevicePolicy p =
        read(
            "{\"schemaVersion\": 1, \"devices\": {\"debounceMinutes\": 30,"
                + " \"thresholds\": {\"water_level_cm\": {\"alert\": 10}},"
                + " \"severities\": {\"fall\": \"iii\"}}}");
    assertThat(p.debounce()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.threshold(Quantity.WATER_LEVEL_CM)).isEqualTo(new DevicePolicy.Threshold(10, 40));
    assertThat(p.threshold(Quantity.GAS_LEL_PERCENT)).isEqualTo(new DevicePolicy.Threshold(20, 50));
    assertThat(p.severity(AlarmType.FALL)).isEqualTo(EventSeverity.III);
    assertThat(p.severity(AlarmType.SMOKE)).isEqualTo(EventSeverity.IV);
  }

  @Test
  @DisplayName("the example of docs/policy.md sets what it says")
  void docExample() {
    DevicePolicy p =
        DevicePolicy.read(
            new StringReader(
                org.gridgov.testing.DocExamples.block("policy.md", "policy.json", "json")),
            "docs/policy.md");
    assertThat(p.debounce()).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.threshold(Quantity.WATER_LEVEL_CM)).isEqualTo(new DevicePolicy.Threshold(10, 30));
    assertThat(p.severity(AlarmType.FALL)).isEqualTo(EventSeverity.III);
  }

  @Test
  @DisplayName("every bad field is reported with its JSON path")
  void errors() {
    String json =
        "{\"schemaVersion\": 1, \"devices\": {\"debounceMinutes\": -1,"
            + " \"thresholds\": {\"water_cm\": {}, \"gas_lel_percent\": {\"alert\": 60},"
            + " \"temperature_c\": {\"alert\": \"hot\"}},"
            + " \"severities\": {\"smoke\": \"urgent\"}, \"debounce\": 3}}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "policy.json: $.devices.debounceMinutes: -1 is not a whole number in"
                            + " 0..1440",
                        "policy.json: $.devices.thresholds.water_cm: unknown quantity; expected"
                            + " one of water_level_cm|gas_lel_percent|leakage_current_ma|temperature_c",
                        "policy.json: $.devices.thresholds.gas_lel_percent: the danger threshold"
                            + " 50.0 is below the alert threshold 60.0",
                        "policy.json: $.devices.thresholds.temperature_c.alert: \"hot\" is not a"
                            + " number in -1000000..1000000",
                        "policy.json: $.devices.severities.smoke: unknown event severity"
                            + " \"urgent\"; expected one of i|ii|iii|iv|routine",
                        "policy.json: $.devices.debounce: unknown field; the devices section"
                            + " takes debounceMinutes, thresholds, severities"));
  }
}
