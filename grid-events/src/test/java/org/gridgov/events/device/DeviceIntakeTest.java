package org.gridgov.events.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DevicePayload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceIntakeTest {

  static final OffsetDateTime T0 = OffsetDateTime.parse("2026-07-08T03:00:00+08:00");

  static final String DEVICES =
      "device_id,kind,building_id,household_id,lon,lat\n"
          + "WL-1,water_level,B0001,,104.0355365,30.6358354\n"
          + "GAS-1,gas,B0001,H000001,,\n"
          + "SMOKE-1,smoke,B0002,,,\n"
          + "CAM-1,video,,,104.0360,30.6360\n"
          + "EF-1,electrical_fire,B0002,,,\n";

  private final RefusedPayloads.InMemory refused = RefusedPayloads.inMemory();

  private DeviceIntake intake() {
    return intake(DevicePolicy.defaults());
  }

  private DeviceIntake intake(DevicePolicy policy) {
    return DeviceIntake.builder(DeviceRegistryTest.read(DEVICES))
        .adapter(new LineAdapter())
        .policy(policy)
        .refused(refused)
        .build();
  }

  private static DevicePayload at(int seconds, String line) {
    return LineAdapter.payload(line, T0.plusSeconds(seconds));
  }

  private static String time(int seconds) {
    return T0.plusSeconds(seconds).toString();
  }

  private static DeviceIntake.Accepted accepted(DeviceIntake.Outcome o) {
    assertThat(o).isInstanceOf(DeviceIntake.Accepted.class);
    return (DeviceIntake.Accepted) o;
  }

  private static DeviceIntake.Refused refused(DeviceIntake.Outcome o) {
    assertThat(o).isInstanceOf(DeviceIntake.Refused.class);
    return (DeviceIntake.Refused) o;
  }

  @Test
  @DisplayName("a flapping sensor, 100 alarms in a minute, makes one event and one case")
  void flapping() {
    DeviceIntake intake = intake();
    List<GridEvent> events = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      // alternating alarm and normal reading, as a sensor at its set point does
      int s = i * 60 / 100;
      String line =
          i % 2 == 0
              ? "WL-1 water_level " + time(s) + " alarm=water_level"
              : "WL-1 water_level " + time(s) + " water_level_cm=14";
      events.addAll(accepted(intake.accept(at(s, line))).events());
    }
    for (int i = 0; i < 100; i++) {
      events.addAll(
          accepted(
                  intake.accept(
                      at(
                          i * 60 / 100,
                          "WL-1 water_level " + time(i * 60 / 100) + " alarm=water_level")))
              .events());
    }
    assertThat(events).hasSize(1);
    GridEvent e = events.get(0);
    assertThat(e.category()).isEqualTo(EventCategory.DISASTER_FLOOD);
    assertThat(e.severity()).isEqualTo(EventSeverity.IV);
    assertThat(e.source()).isEqualTo(EventSource.DEVICE);
    assertThat(e.buildingId()).contains("B0001");
    assertThat(e.reporter()).contains("WL-1");
    assertThat(intake.counts()).isEqualTo(new DeviceIntake.Counts(200, 200, 0, 200, 1, 149, 50));

    CaseIntake cases =
        new CaseIntake(
            DeviceRegistryTest.URBAN,
            EventRouter.of(DeviceRegistryTest.URBAN, RoutingPolicy.defaults()));
    assertThat(cases.take(events).cases()).hasSize(1);
  }

  @Test
  @DisplayName("after the debounce of quiet, the next alarm opens a new incident")
  void quietThenNew() {
    DeviceIntake intake = intake(DevicePolicy.defaults().withDebounce(Duration.ofMinutes(10)));
    String alarm = " alarm=smoke";
    assertThat(accepted(intake.accept(at(0, "SMOKE-1 smoke " + time(0) + alarm))).events())
        .hasSize(1);
    // 10 minutes after the last alarm: still the same incident (the window is inclusive)
    DeviceIntake.Accepted same =
        accepted(intake.accept(at(600, "SMOKE-1 smoke " + time(600) + alarm)));
    assertThat(same.events()).isEmpty();
    assertThat(same.readings().get(0).disposition()).isEqualTo(DeviceIntake.Disposition.REPEATED);
    assertThat(same.readings().get(0).incident())
        .contains("dev-SMOKE-1-smoke-iv-" + T0.toInstant().toEpochMilli());
    // 10 minutes and a second after that: a new incident
    DeviceIntake.Accepted next =
        accepted(intake.accept(at(1201, "SMOKE-1 smoke " + time(1201) + alarm)));
    assertThat(next.events()).hasSize(1);
    assertThat(next.events().get(0).category()).isEqualTo(EventCategory.SAFETY_FIRE);
  }

  @Test
  @DisplayName(
      "thresholds: below alert nothing, from alert the alarm's grade, from danger one more")
  void thresholds() {
    DeviceIntake intake = intake();
    DeviceIntake.Accepted a =
        accepted(
            intake.accept(
                at(
                    120,
                    "WL-1 water_level "
                        + time(0)
                        + " water_level_cm=14.9\n"
                        + "WL-1 water_level "
                        + time(60)
                        + " water_level_cm=15\n"
                        + "WL-1 water_level "
                        + time(90)
                        + " water_level_cm=39\n"
                        + "WL-1 water_level "
                        + time(120)
                        + " water_level_cm=40")));
    assertThat(a.readings())
        .extracting(DeviceIntake.Taken::disposition)
        .containsExactly(
            DeviceIntake.Disposition.NORMAL,
            DeviceIntake.Disposition.OPENED,
            DeviceIntake.Disposition.REPEATED,
            DeviceIntake.Disposition.MORE_SEVERE);
    assertThat(a.events())
        .extracting(GridEvent::severity)
        .containsExactly(EventSeverity.IV, EventSeverity.III);
    assertThat(a.events().get(1).text())
        .isEqualTo("water_level_cm 40 cm (alert from 15, danger from 40), device WL-1");
    // both events of the incident join one case
    CaseIntake cases =
        new CaseIntake(
            DeviceRegistryTest.URBAN,
            EventRouter.of(DeviceRegistryTest.URBAN, RoutingPolicy.defaults()));
    assertThat(cases.take(a.events()).cases()).hasSize(1);

    DevicePolicy stricter =
        DevicePolicy.defaults()
            .withThreshold(
                org.gridgov.spi.device.Quantity.GAS_LEL_PERCENT,
                new DevicePolicy.Threshold(10, 25));
    DeviceIntake gas = intake(stricter);
    GridEvent e =
        accepted(gas.accept(at(0, "GAS-1 gas " + time(0) + " gas_lel_percent=12"))).events().get(0);
    assertThat(e.category()).isEqualTo(EventCategory.SAFETY_GAS);
    assertThat(e.householdId()).contains("H000001");
    assertThat(
            accepted(intake().accept(at(0, "GAS-1 gas " + time(0) + " gas_lel_percent=12")))
                .events())
        .isEmpty();
  }

  @Test
  @DisplayName("video alarms become events of the right category, from video analytics")
  void video() {
    DeviceIntake intake = intake();
    List<GridEvent> events =
        accepted(
                intake.accept(
                    at(
                        0,
                        "CAM-1 video "
                            + time(0)
                            + " alarm=fire_lane_blocked\n"
                            + "CAM-1 video "
                            + time(0)
                            + " alarm=ebike_in_lift\n"
                            + "CAM-1 video "
                            + time(0)
                            + " alarm=fall")))
            .events();
    assertThat(events)
        .extracting(GridEvent::category, GridEvent::severity, GridEvent::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                EventCategory.SAFETY_FIRE, EventSeverity.ROUTINE, EventSource.VIDEO_AI),
            org.assertj.core.groups.Tuple.tuple(
                EventCategory.SAFETY_FIRE, EventSeverity.ROUTINE, EventSource.VIDEO_AI),
            org.assertj.core.groups.Tuple.tuple(
                EventCategory.CARE_SPECIAL_GROUP, EventSeverity.IV, EventSource.VIDEO_AI));
    assertThat(events.get(0).location()).isPresent();
  }

  @Test
  @DisplayName("an unknown device is refused with the reason and kept")
  void unknownDevice() {
    DeviceIntake intake = intake();
    DevicePayload p = at(0, "WL-9 water_level " + time(0) + " alarm=water_level");
    DeviceIntake.Refused r = refused(intake.accept(p));
    assertThat(r.reason()).isEqualTo("unknown device WL-9: it is not in the device registry");
    assertThat(refused.list()).containsExactly(new RefusedPayload(p, r.reason(), p.size()));
    assertThat(intake.counts().refused()).isEqualTo(1);
    assertThat(intake.counts().accepted()).isZero();
  }

  @Test
  @DisplayName("a payload with one bad reading is refused whole, with every reason")
  void wholeOrNothing() {
    DeviceIntake intake = intake();
    DeviceIntake.Refused r =
        refused(
            intake.accept(
                at(
                    0,
                    "WL-1 water_level "
                        + time(0)
                        + " alarm=water_level\n"
                        + "GAS-1 smoke "
                        + time(0)
                        + " alarm=smoke\n"
                        + "EF-1 electrical_fire "
                        + time(400)
                        + " temperature_c=95")));
    assertThat(r.reason())
        .isEqualTo(
            "device GAS-1 is registered as gas but the payload says smoke; the reading of device"
                + " EF-1 at 2026-07-08T03:06:40+08:00 is 6 minutes after the payload was"
                + " received; is the device's clock right?");
    // nothing of it was taken: the water-level alarm still opens an incident afterwards
    assertThat(
            accepted(intake.accept(at(0, "WL-1 water_level " + time(0) + " alarm=water_level")))
                .events())
        .hasSize(1);
  }

  @Test
  @DisplayName("a bad payload is refused with the adapter's reason and kept, also in a file")
  void badPayload(@TempDir Path dir) {
    Path file = dir.resolve("refused.jsonl");
    try (RefusedPayloads sink = RefusedPayloads.appendingTo(file)) {
      DeviceIntake intake =
          DeviceIntake.builder(DeviceRegistryTest.read(DEVICES))
              .adapter(new LineAdapter())
              .refused(sink)
              .build();
      DevicePayload bad = at(0, "this is not a reading");
      assertThat(refused(intake.accept(bad)).reason()).isEqualTo("line 1: expected 4 fields");
      DevicePayload json =
          new DevicePayload(
              "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "application/json",
              "mqtt",
              java.util.Optional.of("gridgov/devices/x"),
              T0.toInstant());
      assertThat(refused(intake.accept(json)).reason())
          .isEqualTo(
              "no device adapter reads the content type application/json on gridgov/devices/x");
      assertThat(sink.count()).isEqualTo(2);
    }
    assertThat(RefusedPayloads.read(file))
        .extracting(RefusedPayload::reason)
        .containsExactly(
            "line 1: expected 4 fields",
            "no device adapter reads the content type application/json on gridgov/devices/x");
  }

  @Test
  @DisplayName("an adapter that throws refuses the payload; it is kept, not lost")
  void throwingAdapter() {
    DeviceAdapter broken =
        new DeviceAdapter() {
          @Override
          public boolean accepts(DevicePayload payload) {
            return true;
          }

          @Override
          public DecodeResult decode(DevicePayload payload) {
            throw new IllegalStateException("vendor bug");
          }
        };
    DeviceIntake intake =
        DeviceIntake.builder(DeviceRegistryTest.read(DEVICES))
            .adapter(broken)
            .refused(refused)
            .build();
    assertThat(refused(intake.accept(at(0, "x"))).reason()).endsWith("failed: vendor bug");
    assertThat(refused.count()).isEqualTo(1);
  }

  @Test
  @DisplayName("a payload above the size limit is refused and kept cut")
  void tooLarge() {
    DeviceIntake intake =
        DeviceIntake.builder(DeviceRegistryTest.read(DEVICES))
            .adapter(new LineAdapter())
            .refused(refused)
            .maxPayloadBytes(100_000)
            .build();
    DevicePayload big = at(0, "x".repeat(100_001));
    assertThat(refused(intake.accept(big)).reason())
        .isEqualTo("the payload has 100001 bytes, more than the 100000 this intake reads");
    RefusedPayload kept = refused.list().get(0);
    assertThat(kept.truncated()).isTrue();
    assertThat(kept.payload().size()).isEqualTo(RefusedPayload.MAX_KEPT_BYTES);
    assertThat(kept.size()).isEqualTo(100_001);
  }

  @Test
  @DisplayName("an intake needs an adapter and a sink of refused payloads")
  void builderChecks() {
    DeviceRegistry registry = DeviceRegistryTest.read(DEVICES);
    assertThatThrownBy(() -> DeviceIntake.builder(registry).refused(refused).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.gridgov:grid-device-json");
    assertThatThrownBy(() -> DeviceIntake.builder(registry).adapter(new LineAdapter()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RefusedPayloads.appendingTo");
  }

  @Test
  @DisplayName("many threads flapping one sensor at once still make one event")
  void concurrent() throws Exception {
    DeviceIntake intake = intake();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  int n = 0;
                  for (int i = 0; i < 250; i++) {
                    int s = i % 60;
                    n +=
                        accepted(
                                intake.accept(
                                    at(60, "WL-1 water_level " + time(s) + " alarm=water_level")))
                            .events()
                            .size();
                  }
                  return n;
                }));
      }
      int events = 0;
      for (Future<Integer> f : futures) {
        events += f.get();
      }
      assertThat(events).isEqualTo(1);
      assertThat(intake.counts().payloads()).isEqualTo(1000);
      assertThat(intake.counts().repeated()).isEqualTo(999);
    } finally {
      pool.shutdownNow();
    }
  }
}
