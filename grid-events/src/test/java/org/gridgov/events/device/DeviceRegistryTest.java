package org.gridgov.events.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Optional;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.device.DeviceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeviceRegistryTest {

  static final GridTree URBAN = SampleCommunities.urban();

  static DeviceRegistry read(String csv) {
    return DeviceRegistry.read(new StringReader(csv), "devices.csv", URBAN);
  }

  @Test
  @DisplayName("each device is placed by its building, household or point")
  void reads() {
    DeviceRegistry r =
        read(
            "device_id,kind,building_id,household_id,lon,lat\n"
                + "WL-1,water_level,B0001,,,\n"
                + "GAS-1,gas,B0001,H000001,,\n"
                + "CAM-1,video,,,104.0360,30.6360\n");
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.device("GAS-1").orElseThrow())
        .isEqualTo(
            new DeviceRegistry.Device(
                "GAS-1",
                DeviceKind.GAS,
                Optional.of("B0001"),
                Optional.of("H000001"),
                Optional.empty()));
    assertThat(r.device("CAM-1").orElseThrow().position())
        .contains(new DeviceRegistry.Position(104.0360, 30.6360));
    assertThat(r.device("NONE")).isEmpty();
  }

  @Test
  @DisplayName("every bad row is reported with the file, line and column")
  void errors() {
    String csv =
        "device_id,kind,building_id,household_id,lon,lat\n"
            + "D1,sprinkler,B0001,,,\n" // line 2: unknown kind
            + "D2,smoke,NO-SUCH,,,\n" // line 3: unknown building
            + "D3,smoke,,H999999,,\n" // line 4: unknown household
            + "D4,gas,B0002,H000001,,\n" // line 5: household in another building
            + "D5,smoke,,,,\n" // line 6: no place
            + "D6,smoke,,,104.03,\n" // line 7: lon without lat
            + "D7,smoke,B0001,,,\n"
            + "D7,smoke,B0001,,,\n"; // line 9: repeated id
    assertThatThrownBy(() -> read(csv))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "devices.csv:2:2: device D1: column \"kind\": \"sprinkler\" is not one of"
                            + " smoke|gas|water_level|electrical_fire|video",
                        "devices.csv:3:3: device D2: column \"building_id\": \"NO-SUCH\" is not a"
                            + " building of the community",
                        "devices.csv:4:4: device D3: column \"household_id\": \"H999999\" is not a"
                            + " household of the community",
                        "devices.csv:5:4: device D4: column \"household_id\": household H000001 is"
                            + " in building B0001, not in B0002",
                        "devices.csv:6:3: device D5: column \"building_id\": gives no place; give"
                            + " a building_id, a household_id or lon and lat",
                        "devices.csv:7:6: device D6: column \"lat\": is empty but column \"lon\" is"
                            + " given; give both coordinates or neither",
                        "devices.csv:9:1: device D7: column \"device_id\": repeats the device id"
                            + " first used at devices.csv:8"));
  }

  @Test
  @DisplayName(
      "the example of docs/formats.md and the bundled sample registry fit the urban sample")
  void examples() throws java.io.IOException {
    // The block after the heading of devices.csv in docs/formats.md (the examples marked there
    // are the grid-core example files, so this one is found by its heading).
    String formats =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "docs", "formats.md"),
            java.nio.charset.StandardCharsets.UTF_8);
    int section = formats.indexOf("## `devices.csv`");
    int start = formats.indexOf("```csv\n", section) + "```csv\n".length();
    DeviceRegistry doc = read(formats.substring(start, formats.indexOf("```", start)));
    assertThat(doc.size()).isEqualTo(5);
    String resource = "org/gridgov/samples/community/urban/devices.csv";
    try (java.io.InputStream in =
        java.util.Objects.requireNonNull(
            DeviceRegistryTest.class.getClassLoader().getResourceAsStream(resource), resource)) {
      DeviceRegistry bundled =
          DeviceRegistry.read(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
              resource,
              URBAN);
      // the documented rows are the first rows of the bundled file
      assertThat(bundled.devices().subList(0, 5)).isEqualTo(doc.devices());
      assertThat(bundled.devices())
          .extracting(DeviceRegistry.Device::kind)
          .contains(DeviceKind.values());
    }
  }

  @Test
  @DisplayName("a wrong header is refused at line 1")
  void header() {
    assertThatThrownBy(() -> read("id,kind,building_id,household_id,lon,lat\nD1,smoke,B0001,,,\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).toString()).startsWith("devices.csv:1:1: wrong"));
  }

  @Test
  @DisplayName("a missing file is refused with its name")
  void missing() {
    assertThatThrownBy(
            () -> DeviceRegistry.read(java.nio.file.Path.of("no-such-devices.csv"), URBAN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .isEqualTo("no-such-devices.csv: file not found"));
  }
}
