package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class EventCorrelatorTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");
  private static final EventCorrelator CORRELATOR =
      new EventCorrelator(100, Duration.ofMinutes(30));

  private static GridEvent at(String id, int minute, double eastMetres, EventCategory c) {
    // 0.00001° of longitude at 30.6° N is about 0.957 m.
    return GridEvent.builder(id, T0.plusMinutes(minute), c)
        .location(104.0 + eastMetres / 95_700.0, 30.6)
        .build();
  }

  private static Set<Set<String>> groups(List<GridEvent> events) {
    return CORRELATOR.correlate(events, e -> Optional.empty()).stream()
        .map(g -> g.stream().map(GridEvent::id).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("reports of one family, close in space and time, join; others stay apart")
  void joinsAndSeparates() {
    List<GridEvent> events =
        List.of(
            at("A", 0, 0, EventCategory.SAFETY_GAS),
            at("B", 10, 50, EventCategory.SAFETY_GAS), // same incident
            at("C", 12, 60, EventCategory.SAFETY_FIRE), // same family: safety
            at("D", 15, 500, EventCategory.SAFETY_GAS), // too far
            at("E", 120, 0, EventCategory.SAFETY_GAS), // too late
            at("F", 5, 10, EventCategory.DISASTER_FLOOD)); // other family
    assertThat(groups(events))
        .containsExactlyInAnyOrder(Set.of("A", "B", "C"), Set.of("D"), Set.of("E"), Set.of("F"));
  }

  @Test
  @DisplayName("a device alarming every minute for an hour makes one case")
  void flappingDevice() {
    List<GridEvent> alarms = new ArrayList<>();
    for (int m = 0; m < 60; m++) {
      alarms.add(
          GridEvent.builder("alarm-" + m, T0.plusMinutes(m), EventCategory.SAFETY_GAS)
              .buildingId("B7")
              .source(EventSource.DEVICE)
              .reporter("detector-3")
              .build());
    }
    assertThat(CORRELATOR.correlate(alarms, e -> Optional.empty())).hasSize(1);
  }

  @Test
  @DisplayName("the groups do not depend on the order of the input, and joining is symmetric")
  void orderFree(Random random) {
    for (int round = 0; round < 20; round++) {
      List<GridEvent> events = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        EventCategory c =
            random.nextBoolean() ? EventCategory.SAFETY_GAS : EventCategory.DISASTER_FLOOD;
        // Several reports share a timestamp, to test ties.
        events.add(at("E" + i, random.nextInt(12) * 10, random.nextInt(400), c));
      }
      Set<Set<String>> first = groups(events);
      List<GridEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      assertThat(groups(shuffled)).isEqualTo(first);
      // Symmetric: two events grouped alone are grouped the same way in either order.
      GridEvent a = events.get(0);
      GridEvent b = events.get(1);
      assertThat(groups(List.of(a, b)).size()).isEqualTo(groups(List.of(b, a)).size());
      Set<String> all = new HashSet<>();
      first.forEach(all::addAll);
      assertThat(all).hasSize(events.size());
    }
  }
}
