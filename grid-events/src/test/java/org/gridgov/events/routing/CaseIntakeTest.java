package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

@Seeded
class CaseIntakeTest {

  private static final GridTree URBAN = SampleCommunities.urban();
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  private static CaseIntake intake() {
    return new CaseIntake(URBAN, EventRouter.of(URBAN, RoutingPolicy.defaults()));
  }

  private static GridEvent event(
      String id, int minutes, Point p, double east, EventCategory c, EventSeverity s) {
    // 0.00001 degree of longitude is about 0.97 m at 30.6° N
    return GridEvent.builder(id, T0.plusMinutes(minutes), c)
        .location(p.getX() + east * 0.0000104, p.getY())
        .severity(s)
        .build();
  }

  private static Point micro(int i) {
    return URBAN.grids(GridLevel.MICRO).get(i).boundary().orElseThrow().getInteriorPoint();
  }

  @Test
  @DisplayName("reports of one incident join one case; the case takes the most severe grade")
  void joins() {
    Point p = micro(0);
    List<GridEvent> events =
        List.of(
            event("A", 0, p, 0, EventCategory.SAFETY_GAS, EventSeverity.ROUTINE),
            event("B", 5, p, 20, EventCategory.SAFETY_FIRE, EventSeverity.III),
            event("C", 6, p, 10, EventCategory.DISASTER_FLOOD, EventSeverity.ROUTINE),
            event("D", 90, p, 0, EventCategory.SAFETY_GAS, EventSeverity.ROUTINE));
    CaseIntake.Result r = intake().take(events);
    assertThat(r.cases()).hasSize(3);
    assertThat(r.rows())
        .extracting(CaseIntake.Row::caseId)
        .containsExactly("case-A", "case-A", "case-C", "case-D");
    assertThat(r.cases().get(0).eventIds()).containsExactly("A", "B");
    // grade III for the joined case: accept within 10 min, handle within 2 h of the first report
    assertThat(r.rows().get(0).dueAt()).isEqualTo(T0.plusHours(2));
    assertThat(r.audit()).hasSize(4);
    assertThat(r.audit().get(0)).isInstanceOf(AuditRecord.Opened.class);
    AuditRecord.Opened opened = (AuditRecord.Opened) r.audit().get(0);
    assertThat(opened.severity()).isEqualTo(EventSeverity.III);
    assertThat(opened.acceptBy()).isEqualTo(T0.plusMinutes(10));
    assertThat(r.audit().get(1))
        .isEqualTo(new AuditRecord.Joined("case-A", T0.plusMinutes(5), "system", "B"));
  }

  @Test
  @DisplayName("a report outside every community is listed with its reason; the rest are routed")
  void unroutable() {
    GridEvent out =
        GridEvent.builder("X", T0, EventCategory.SAFETY_GAS).location(121.0, 31.0).build();
    GridEvent unknown =
        GridEvent.builder("Y", T0, EventCategory.SAFETY_GAS).buildingId("NO-SUCH").build();
    CaseIntake.Result r =
        intake()
            .take(
                List.of(
                    out,
                    unknown,
                    event("A", 0, micro(1), 0, EventCategory.WISH_MICRO, EventSeverity.ROUTINE)));
    assertThat(r.rows()).extracting(CaseIntake.Row::eventId).containsExactly("A");
    assertThat(r.unroutable()).extracting(u -> u.event().id()).containsExactly("X", "Y");
    assertThat(r.unroutable().get(0).reason()).contains("outside every community");
    assertThat(r.unroutable().get(1).reason()).contains("NO-SUCH");
  }

  @Test
  @DisplayName("a grade I report starts its case at the district")
  void district() {
    CaseIntake.Result r =
        intake()
            .take(
                List.of(event("A", 0, micro(2), 0, EventCategory.DISASTER_FLOOD, EventSeverity.I)));
    assertThat(r.rows().get(0).level()).isEqualTo(LadderLevel.DISTRICT);
    assertThat(r.rows().get(0).departments())
        .containsExactly("emergency_management", "water_affairs");
  }

  @Test
  @DisplayName("two reports with one id are refused")
  void duplicateIds() {
    GridEvent a = event("A", 0, micro(0), 0, EventCategory.SAFETY_GAS, EventSeverity.ROUTINE);
    assertThatThrownBy(() -> intake().take(List.of(a, a))).hasMessageContaining("A");
  }

  private static List<GridEvent> randomBatch(Random random) {
    List<Grid> micros = URBAN.grids(GridLevel.MICRO);
    EventCategory[] cats = {
      EventCategory.SAFETY_GAS,
      EventCategory.SAFETY_FIRE,
      EventCategory.FACILITY_DAMAGE,
      EventCategory.DISPUTE_NEIGHBOUR
    };
    List<GridEvent> events = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Point p =
          micros.get(random.nextInt(micros.size())).boundary().orElseThrow().getInteriorPoint();
      // few distinct timestamps, so many reports share one
      events.add(
          event(
              "E" + i,
              random.nextInt(12) * 10,
              p,
              random.nextInt(200),
              cats[random.nextInt(cats.length)],
              EventSeverity.values()[random.nextInt(EventSeverity.values().length)]));
    }
    return events;
  }

  @Test
  @DisplayName("property: the result does not depend on the order of the reports")
  void orderFree(Random random) {
    List<GridEvent> events = randomBatch(random);
    CaseIntake.Result first = intake().take(events);
    for (int k = 0; k < 3; k++) {
      List<GridEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      CaseIntake.Result again = intake().take(shuffled);
      assertThat(again.rows()).isEqualTo(first.rows());
      assertThat(again.audit()).isEqualTo(first.audit());
      assertThat(again.cases()).isEqualTo(first.cases());
    }
  }

  @Test
  @DisplayName(
      "property: merging is symmetric — a pair joins one case whichever comes first in the input")
  void symmetric(Random random) {
    List<GridEvent> events = randomBatch(random);
    for (int k = 0; k < 200; k++) {
      GridEvent a = events.get(random.nextInt(events.size()));
      GridEvent b = events.get(random.nextInt(events.size()));
      if (a == b) {
        continue;
      }
      CaseIntake.Result ab = intake().take(List.of(a, b));
      CaseIntake.Result ba = intake().take(List.of(b, a));
      assertThat(ab.cases().size()).isEqualTo(ba.cases().size());
      assertThat(ab.rows()).isEqualTo(ba.rows());
    }
  }
}
