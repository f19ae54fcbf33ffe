package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

@Seeded
class EventRouterTest {

  private static final GridTree URBAN = SampleCommunities.urban();
  private static final OffsetDateTime MONDAY_10 = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  private static GridEvent at(String id, double lon, double lat, EventSeverity severity) {
    return GridEvent.builder(id, MONDAY_10, EventCategory.SAFETY_GAS)
        .location(lon, lat)
        .severity(severity)
        .build();
  }

  private static Point inside(Grid g) {
    return g.boundary().orElseThrow().getInteriorPoint();
  }

  @Test
  @DisplayName(
      "a routine report is routed to its micro grid's member with deadlines and departments")
  void routine() {
    EventRouter router = EventRouter.of(URBAN, RoutingPolicy.defaults());
    Grid micro = URBAN.grids(GridLevel.MICRO).get(0);
    Point p = inside(micro);
    Route r = router.route(at("E1", p.getX(), p.getY(), EventSeverity.ROUTINE));
    assertThat(r).isInstanceOf(Route.Routed.class);
    Route.Routed routed = (Route.Routed) r;
    assertThat(routed.grid()).isEqualTo(micro);
    assertThat(routed.level()).isEqualTo(LadderLevel.MICRO);
    assertThat(routed.assignee()).isPresent();
    assertThat(URBAN.member(routed.assignee().get()).orElseThrow().grids()).contains(micro.code());
    assertThat(routed.departments()).containsExactly("gas_company", "fire_brigade");
    // accept within 30 minutes; handle within 2 working hours: 10:00-12:00 on a Monday
    assertThat(routed.acceptBy()).isEqualTo(Instant.parse("2026-03-02T02:30:00Z"));
    assertThat(routed.dueAt()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
    // from 11:00 the lunch break does not count: 11:00-12:00, then 13:30-14:30
    Route.Routed later =
        (Route.Routed)
            router.route(
                GridEvent.builder("E2", MONDAY_10.plusHours(1), EventCategory.SAFETY_GAS)
                    .location(p.getX(), p.getY())
                    .build());
    assertThat(later.dueAt()).isEqualTo(Instant.parse("2026-03-02T06:30:00Z"));
  }

  @Test
  @DisplayName("grades I and II start at the district with their short limits")
  void serious() {
    EventRouter router = EventRouter.of(URBAN, RoutingPolicy.defaults());
    Point p = inside(URBAN.grids(GridLevel.MICRO).get(3));
    Route.Routed r = (Route.Routed) router.route(at("E1", p.getX(), p.getY(), EventSeverity.II));
    assertThat(r.level()).isEqualTo(LadderLevel.DISTRICT);
    assertThat(r.acceptBy()).isEqualTo(MONDAY_10.toInstant().plusSeconds(5 * 60));
    assertThat(r.dueAt()).isEqualTo(MONDAY_10.toInstant().plusSeconds(3600));
  }

  @Test
  @DisplayName("a point outside every community is unroutable with the reason")
  void outside() {
    EventRouter router = EventRouter.of(URBAN, RoutingPolicy.defaults());
    Route r = router.route(at("E1", 120.0, 35.0, EventSeverity.ROUTINE));
    assertThat(r).isInstanceOf(Route.Unroutable.class);
    assertThat(((Route.Unroutable) r).reason()).contains("outside every community");
  }

  @Test
  @DisplayName("property: every routed report's grid holds its point, and no finer grid does")
  void gridHoldsPoint(Random random) {
    EventRouter router = EventRouter.of(URBAN, RoutingPolicy.defaults());
    Envelope env =
        URBAN.grids(GridLevel.COMMUNITY).get(0).boundary().orElseThrow().getEnvelopeInternal();
    env.expandBy(env.getWidth() * 0.1);
    int routed = 0;
    for (int i = 0; i < 3000; i++) {
      double lon = env.getMinX() + random.nextDouble() * env.getWidth();
      double lat = env.getMinY() + random.nextDouble() * env.getHeight();
      Route r = router.route(at("E" + i, lon, lat, EventSeverity.ROUTINE));
      Point p = r.event().location().orElseThrow();
      if (r instanceof Route.Routed ok) {
        routed++;
        assertThat(ok.grid().boundary().orElseThrow().covers(p))
            .as("%s holds %s", ok.grid(), p)
            .isTrue();
        for (Grid g : URBAN.grids()) {
          if (finer(g.level(), ok.grid().level()) && g.boundary().isPresent()) {
            assertThat(g.boundary().get().covers(p) && !g.boundary().get().touches(p))
                .as("finer %s holds %s routed to %s", g.code(), p, ok.grid().code())
                .isFalse();
          }
        }
      } else {
        for (Grid c : URBAN.grids(GridLevel.COMMUNITY)) {
          assertThat(c.boundary().orElseThrow().covers(p)).isFalse();
        }
      }
    }
    assertThat(routed).isGreaterThan(1000);
  }

  private static boolean finer(GridLevel a, GridLevel than) {
    List<GridLevel> order =
        List.of(GridLevel.EXCLUSIVE, GridLevel.MICRO, GridLevel.GENERAL, GridLevel.COMMUNITY);
    return order.indexOf(a) < order.indexOf(than);
  }

  @Test
  @DisplayName("routing from two threads keeps every open-case count exact")
  void threadSafe(Random random) throws Exception {
    EventRouter router = EventRouter.of(URBAN, RoutingPolicy.defaults());
    List<Grid> micros = URBAN.grids(GridLevel.MICRO);
    List<GridEvent> events = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Point p = inside(micros.get(random.nextInt(micros.size())));
      events.add(at("E" + i, p.getX(), p.getY(), EventSeverity.ROUTINE));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int from = t * 5000;
      done.add(
          pool.submit(
              () -> {
                int assigned = 0;
                for (GridEvent e : events.subList(from, from + 5000)) {
                  Route r = router.route(e);
                  if (r instanceof Route.Routed ok && ok.assignee().isPresent()) {
                    assigned++;
                  }
                }
                return assigned;
              }));
    }
    int assigned = 0;
    for (Future<Integer> f : done) {
      assigned += f.get();
    }
    pool.shutdown();
    int counted = 0;
    for (GridMember m : URBAN.members()) {
      counted += router.openCases(m.id());
    }
    assertThat(assigned).isEqualTo(20_000);
    assertThat(counted).isEqualTo(assigned);
  }
}
