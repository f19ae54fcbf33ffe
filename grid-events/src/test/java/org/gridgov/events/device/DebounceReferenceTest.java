package org.gridgov.events.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

/** The intake's debounce against a naive reference that looks at each device's whole history. */
@Seeded
class DebounceReferenceTest {

  private static final String[] DEVICES = {"WL-1", "GAS-1", "EF-1"};
  private static final Duration WINDOW = Duration.ofMinutes(10);

  /** One reading of the random stream: a device, a time, and a level 0 (normal), 1 or 2. */
  private record Reading(int device, OffsetDateTime at, int level) {}

  private static String line(Reading r) {
    return switch (r.device) {
      case 0 -> "WL-1 water_level " + r.at + " water_level_cm=" + new int[] {5, 20, 45}[r.level];
      case 1 -> "GAS-1 gas " + r.at + " gas_lel_percent=" + new int[] {3, 25, 60}[r.level];
      default ->
          "EF-1 electrical_fire " + r.at + " temperature_c=" + new int[] {40, 75, 95}[r.level];
    };
  }

  /**
   * The reference: an event for each reading that starts a device's incident (no alarm of it in the
   * window before) or is more severe than every alarm of its incident so far, from the sorted
   * history of each device on its own.
   */
  private static List<String> reference(List<Reading> stream) {
    List<String> out = new ArrayList<>();
    Map<Integer, OffsetDateTime> last = new HashMap<>();
    Map<Integer, Integer> worst = new HashMap<>();
    for (Reading r : stream) {
      if (r.level == 0) {
        continue;
      }
      OffsetDateTime before = last.get(r.device);
      boolean fresh = before == null || Duration.between(before, r.at).compareTo(WINDOW) > 0;
      if (fresh || r.level > worst.get(r.device)) {
        out.add(DEVICES[r.device] + "@" + r.at.toInstant() + "#" + r.level);
        worst.put(r.device, r.level);
      }
      last.put(r.device, r.at);
    }
    return out;
  }

  @RepeatedTest(20)
  @DisplayName("the debounce yields exactly the reference's events, whatever the stream")
  void matchesReference(Random random) {
    List<Reading> stream = new ArrayList<>();
    OffsetDateTime t = DeviceIntakeTest.T0;
    int n = 200 + random.nextInt(800);
    for (int i = 0; i < n; i++) {
      // gaps around the window, sometimes none at all (a burst), sometimes just over it
      int seconds =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(60);
            case 2 -> random.nextInt(12 * 60);
            default -> (int) WINDOW.toSeconds() + random.nextInt(3) - 1;
          };
      t = t.plusSeconds(seconds);
      int level = random.nextInt(10) < 3 ? 0 : 1 + (random.nextInt(5) == 0 ? 1 : 0);
      stream.add(new Reading(random.nextInt(DEVICES.length), t, level));
    }
    DeviceIntake intake =
        DeviceIntake.builder(DeviceRegistryTest.read(DeviceIntakeTest.DEVICES))
            .adapter(new LineAdapter())
            .policy(DevicePolicy.defaults().withDebounce(WINDOW))
            .refused(RefusedPayloads.inMemory())
            .build();
    List<String> actual = new ArrayList<>();
    for (Reading r : stream) {
      DeviceIntake.Outcome o = intake.accept(LineAdapter.payload(line(r), r.at));
      assertThat(o).isInstanceOf(DeviceIntake.Accepted.class);
      for (DeviceIntake.Taken taken : ((DeviceIntake.Accepted) o).readings()) {
        if (taken.disposition() == DeviceIntake.Disposition.OPENED
            || taken.disposition() == DeviceIntake.Disposition.MORE_SEVERE) {
          actual.add(
              taken.reading().deviceId() + "@" + taken.reading().at().toInstant() + "#" + r.level);
        }
      }
    }
    assertThat(actual).isEqualTo(reference(stream));
    assertThat(intake.counts().events()).isEqualTo(actual.size());
  }
}
