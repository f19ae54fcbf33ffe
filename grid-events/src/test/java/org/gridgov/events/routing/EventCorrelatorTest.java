package org.gridgov.events.routing;

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
import org.gridgov.testing.Seeded;
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

  @Test
  @DisplayName("property: the indexed sweep finds exactly the groups of comparing every pair")
  void indexedEqualsPairwise(Random random) {
    double radius = 20 + random.nextInt(200);
    Duration window = Duration.ofMinutes(5 + random.nextInt(60));
    EventCorrelator correlator = new EventCorrelator(radius, window);
    EventCategory[] cats = {
      EventCategory.SAFETY_GAS, EventCategory.SAFETY_FIRE, EventCategory.DISASTER_FLOOD
    };
    org.gridgov.core.grid.GridCode grid =
        org.gridgov.core.grid.GridCode.parse("510107011005").child(1).child(1);
    List<GridEvent> events = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      GridEvent.Builder b =
          GridEvent.builder("E" + i, T0.plusMinutes(random.nextInt(240)), cats[random.nextInt(3)]);
      int kind = random.nextInt(5);
      if (kind <= 1) {
        // a 2 km square at a latitude anywhere in China, so cell widths vary
        b.location(
            104 + random.nextDouble() * 0.02, 20 + (i % 3) * 15 + random.nextDouble() * 0.02);
      }
      if (kind == 1 || kind == 2) {
        b.householdId("H" + random.nextInt(20));
      }
      if (kind == 3) {
        b.buildingId("B" + random.nextInt(10));
      }
      if (kind == 4 || random.nextInt(4) == 0) {
        b.grid(grid);
      }
      events.add(b.build());
    }
    // Households H0-H9 have a point, the others none; buildings none.
    java.util.function.Function<GridEvent, Optional<org.locationtech.jts.geom.Point>> position =
        e ->
            e.householdId()
                .filter(h -> h.length() == 2)
                .map(
                    h ->
                        org.gridgov.core.geo.Wgs84.point(104.01, 20 + (h.charAt(1) - '0') * 0.001));
    Set<Set<String>> indexed =
        correlator.correlate(events, position).stream()
            .map(g -> g.stream().map(GridEvent::id).collect(Collectors.toSet()))
            .collect(Collectors.toSet());
    assertThat(indexed).isEqualTo(pairwise(events, position, radius, window));
  }

  @Test
  @DisplayName("property: clustered reports (storms) and a radius of zero give the pairwise groups")
  void clusteredEqualsPairwise(Random random) {
    for (double radius : new double[] {0, 0.5, 15, 100}) {
      Duration window = Duration.ofMinutes(1 + random.nextInt(10));
      EventCorrelator correlator = new EventCorrelator(radius, window);
      List<GridEvent> events = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        GridEvent.Builder b =
            GridEvent.builder(
                "E" + i,
                T0.plusSeconds(random.nextInt(1800)),
                random.nextInt(4) == 0 ? EventCategory.DISASTER_FLOOD : EventCategory.SAFETY_GAS);
        int kind = random.nextInt(6);
        if (kind == 0) {
          b.location(104.0, 30.6); // one exact point
        } else if (kind <= 3) {
          // a few metres to a few hundred metres around it, some across a cell border
          double spread = random.nextInt(3) == 0 ? 0.003 : 0.0002;
          b.location(
              104.0 + (random.nextDouble() - 0.5) * spread,
              30.6 + (random.nextDouble() - 0.5) * spread);
        }
        if (kind >= 3) {
          b.buildingId("B" + random.nextInt(3));
        }
        events.add(b.build());
      }
      java.util.function.Function<GridEvent, Optional<org.locationtech.jts.geom.Point>> position =
          e -> Optional.empty();
      Set<Set<String>> indexed =
          correlator.correlate(events, position).stream()
              .map(g -> g.stream().map(GridEvent::id).collect(Collectors.toSet()))
              .collect(Collectors.toSet());
      assertThat(indexed)
          .as("radius %s", radius)
          .isEqualTo(pairwise(events, position, radius, window));
    }
  }

  @Test
  @DisplayName(
      "an alarm storm (100,000 reports at one place within a minute) is one group at a"
          + " linear cost")
  void stormAtOnePoint() {
    List<GridEvent> storm = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      storm.add(
          GridEvent.builder("S" + i, T0.plusNanos(i * 600_000L), EventCategory.SAFETY_FIRE)
              .location(104.0, 30.6)
              .build());
    }
    EventCorrelator.Counted c = CORRELATOR.correlateCounting(storm, e -> Optional.empty());
    assertThat(c.groups()).hasSize(1);
    assertThat(c.groups().get(0)).hasSize(storm.size());
    // Comparing every pair in the window would be about 5,000,000,000.
    assertThat(c.comparisons()).isLessThanOrEqualTo(20L * storm.size());
  }

  @Test
  @DisplayName(
      "a storm spread over a few hundred metres, and calls naming only the building,"
          + " cost about linear time")
  void stormAroundOnePlace(Random random) {
    List<GridEvent> storm = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      GridEvent.Builder b =
          GridEvent.builder("S" + i, T0.plusNanos(i * 600_000L), EventCategory.SAFETY_FIRE);
      if (i % 3 == 0) {
        b.buildingId("B1"); // a hotline call naming the building, no point
      } else {
        b.location(
            104.0 + (random.nextDouble() - 0.5) * 0.004,
            30.6 + (random.nextDouble() - 0.5) * 0.004);
        if (i % 3 == 1) {
          b.buildingId("B1");
        }
      }
      storm.add(b.build());
    }
    EventCorrelator.Counted c = CORRELATOR.correlateCounting(storm, e -> Optional.empty());
    assertThat(c.groups()).hasSize(1);
    assertThat(c.comparisons()).isLessThanOrEqualTo(200L * storm.size());
  }

  /** The reference: every pair compared, components by repeated merging. */
  private static Set<Set<String>> pairwise(
      List<GridEvent> events,
      java.util.function.Function<GridEvent, Optional<org.locationtech.jts.geom.Point>> position,
      double radius,
      Duration window) {
    int n = events.size();
    int[] comp = new int[n];
    for (int i = 0; i < n; i++) {
      comp[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        GridEvent a = events.get(i);
        GridEvent b = events.get(j);
        if (!a.category().family().equals(b.category().family())
            || Duration.between(a.reportedAt(), b.reportedAt()).abs().compareTo(window) > 0) {
          continue;
        }
        Optional<org.locationtech.jts.geom.Point> pa = a.location().or(() -> position.apply(a));
        Optional<org.locationtech.jts.geom.Point> pb = b.location().or(() -> position.apply(b));
        boolean together;
        if (pa.isPresent() && pb.isPresent()) {
          together = org.gridgov.core.geo.Wgs84.distanceMetres(pa.get(), pb.get()) <= radius;
        } else {
          together =
              (a.householdId().isPresent() && a.householdId().equals(b.householdId()))
                  || (a.buildingId().isPresent() && a.buildingId().equals(b.buildingId()))
                  || (a.location().isEmpty()
                      && b.location().isEmpty()
                      && a.grid().isPresent()
                      && a.grid().equals(b.grid()));
        }
        if (together && comp[i] != comp[j]) {
          int from = comp[j];
          int to = comp[i];
          for (int k = 0; k < n; k++) {
            if (comp[k] == from) {
              comp[k] = to;
            }
          }
        }
      }
    }
    java.util.Map<Integer, Set<String>> groups = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(comp[i], k -> new HashSet<>()).add(events.get(i).id());
    }
    return new HashSet<>(groups.values());
  }
}
