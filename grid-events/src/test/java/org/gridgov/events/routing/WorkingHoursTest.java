package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class WorkingHoursTest {

  private static final WorkingHours CN = WorkingHours.CHINA_OFFICE;

  @Test
  @DisplayName("working time skips the lunch break, the night and the weekend")
  void sessions() {
    // Friday 2026-03-06 16:30 CST + 2 working hours: 1 h on Friday, 1 h on Monday from 09:00
    Instant friday = Instant.parse("2026-03-06T08:30:00Z");
    assertThat(CN.plus(friday, Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
    // Saturday noon + 30 min: Monday 09:30
    Instant saturday = Instant.parse("2026-03-07T04:00:00Z");
    assertThat(CN.plus(saturday, Duration.ofMinutes(30)))
        .isEqualTo(Instant.parse("2026-03-09T01:30:00Z"));
    // Tuesday 12:15 (lunch) + 10 min: 13:40
    Instant lunch = Instant.parse("2026-03-03T04:15:00Z");
    assertThat(CN.plus(lunch, Duration.ofMinutes(10)))
        .isEqualTo(Instant.parse("2026-03-03T05:40:00Z"));
    assertThat(CN.plus(lunch, Duration.ZERO)).isEqualTo(Instant.parse("2026-03-03T05:30:00Z"));
  }

  @Test
  @DisplayName("property: the fast fixed-offset walk agrees with the calendar walk")
  void fastPathAgrees(Random random) {
    WorkingHours paris =
        new WorkingHours(
            ZoneId.of("Europe/Paris"),
            LocalTime.of(8, 30),
            LocalTime.of(12, 0),
            LocalTime.of(12, 0),
            LocalTime.of(16, 45));
    for (int i = 0; i < 20_000; i++) {
      Instant from =
          Instant.ofEpochSecond(
              1_700_000_000L + random.nextInt(400_000_000), random.nextInt(1_000_000_000));
      Duration work = Duration.ofSeconds(random.nextInt(40 * 3600));
      assertThat(CN.plusFixedOffset(from, work, 8 * 3600))
          .as("%s + %s", from, work)
          .isEqualTo(CN.plusZoned(from, work));
      assertThat(CN.plus(from, work)).isEqualTo(CN.plusZoned(from, work));
      // A zone with summer time takes the calendar path and stays right across the change.
      assertThat(paris.plus(from, work)).isEqualTo(paris.plusZoned(from, work));
    }
  }
}
