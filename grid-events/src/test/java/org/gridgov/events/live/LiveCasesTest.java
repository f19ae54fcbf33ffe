package org.gridgov.events.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiveCasesTest {

  private static final GridTree TREE = SampleCommunities.urban();
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

  private static GridStore memory() {
    return new MemoryStoreProvider().open(StoreConfig.of("memory:"));
  }

  private static Household someHousehold() {
    return TREE.households().stream()
        .filter(h -> h.location().isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static GridEvent at(String id, OffsetDateTime when, double lon, double lat) {
    return GridEvent.builder(id, when, EventCategory.SAFETY_GAS).location(lon, lat).build();
  }

  private final VirtualScheduler scheduler = new VirtualScheduler(START.toInstant(), CHINA);
  private final List<Escalator.Notice> notices = new ArrayList<>();

  private LiveCases live(CaseLog log) {
    return new LiveCases(
        TREE,
        RoutingPolicy.defaults(),
        log,
        scheduler.clock(),
        scheduler,
        n -> {
          synchronized (notices) {
            notices.add(n);
          }
        });
  }

  @Test
  @DisplayName("a sensor alarming a hundred times in a minute makes one case with 99 joined")
  void flappingSensorOneCase() {
    Household h = someHousehold();
    double lon = h.location().orElseThrow().getX();
    double lat = h.location().orElseThrow().getY();
    try (GridStore store = memory()) {
      LiveCases live = live(store.cases());
      List<Taken> all = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        // one at a time, as a device reports, some alone and some in small batches
        List<GridEvent> batch = new ArrayList<>();
        batch.add(at("alarm-" + i, START.plusNanos(i * 600_000_000L), lon, lat));
        all.addAll(live.take(batch));
      }
      assertThat(all).filteredOn(t -> t instanceof Taken.Opened).hasSize(1);
      assertThat(all).filteredOn(t -> t instanceof Taken.Joined).hasSize(99);
      Scope scope = Scope.everything("test");
      assertThat(store.cases().count(scope, CaseQuery.all())).isEqualTo(1);
      List<CaseEntry> log = store.cases().history("case-alarm-0");
      assertThat(log).hasSize(100);
      assertThat(log.get(99).kind()).isEqualTo(CaseEntry.Kind.JOINED);
      assertThat(live.get("case-alarm-0").orElseThrow().state()).isEqualTo(CaseState.REPORTED);
    }
  }

  @Test
  @DisplayName("a report outside every grid, and a repeated id, are refused with the reason")
  void refusals() {
    Household h = someHousehold();
    try (GridStore store = memory()) {
      LiveCases live = live(store.cases());
      GridEvent first =
          at("r1", START, h.location().orElseThrow().getX(), h.location().orElseThrow().getY());
      ImmutableList<Taken> taken =
          live.take(List.of(first, at("far", START, 0.5, 0.5), first.withId("r1")));
      assertThat(taken.get(0)).isInstanceOf(Taken.Opened.class);
      assertThat(taken.get(1)).isInstanceOf(Taken.Refused.class);
      assertThat(((Taken.Refused) taken.get(1)).reason()).isNotBlank();
      assertThat(((Taken.Refused) taken.get(2)).reason()).contains("r1 was taken already");
      // After a restart the case is in the store, not in memory: the repeat is still refused.
      LiveCases again = live(store.cases());
      assertThat(again.take(List.of(first)).get(0)).isInstanceOf(Taken.Refused.class);
    }
  }

  @Test
  @DisplayName("nobody accepts: the case climbs the ladder on virtual time, each move stored")
  void escalatesAndStores() {
    Household h = someHousehold();
    try (GridStore store = memory()) {
      LiveCases live = live(store.cases());
      Point p = new Point(h);
      Taken t = live.take(List.of(at("e1", START, p.lon, p.lat))).get(0);
      Taken.Opened opened = (Taken.Opened) t;
      LadderLevel start = opened.route().level();
      assertThat(notices).hasSize(1);
      Escalator.Rung rung = live.rung("case-e1").orElseThrow();
      scheduler.advanceTo(rung.acceptBy().plusSeconds(1));
      assertThat(live.get("case-e1").orElseThrow().state()).isEqualTo(CaseState.ESCALATED);
      List<CaseEntry> log = store.cases().history("case-e1");
      assertThat(log).hasSize(2);
      assertThat(log.get(1).state()).isEqualTo(CaseState.ESCALATED);
      assertThat(notices).hasSize(2);
      assertThat(notices.get(1).level()).isEqualTo(start.up().orElseThrow());
      // After a restart the case is followed from where it stands and climbs on.
      LiveCases restarted = live(store.cases());
      assertThat(restarted.resume()).isEqualTo(1);
      Escalator.Rung resumed = restarted.rung("case-e1").orElseThrow();
      assertThat(resumed.level()).isEqualTo(start.up().orElseThrow());
      // Dispatching it now stops the climb: the move is stored and no later deadline moves it.
      restarted.move("case-e1", CaseState.DISPATCHED, "g1", "sent a member");
      scheduler.advanceTo(resumed.handleBy().minusSeconds(1));
      List<CaseEntry> after = store.cases().history("case-e1");
      assertThat(after.get(after.size() - 1).state()).isEqualTo(CaseState.DISPATCHED);
    }
  }

  @Test
  @DisplayName("a batch the store refuses is not taken, and nothing later joins its cases")
  void storeFailureTakesNothing() {
    Household h = someHousehold();
    Point p = new Point(h);
    try (GridStore store = memory()) {
      FailingLog failing = new FailingLog(store.cases());
      LiveCases live = live(failing);
      failing.fail = true;
      assertThatThrownBy(() -> live.take(List.of(at("lost", START, p.lon, p.lat))))
          .isInstanceOf(StoreException.class);
      failing.fail = false;
      assertThat(live.get("case-lost")).isEmpty();
      Taken next = live.take(List.of(at("next", START.plusSeconds(5), p.lon, p.lat))).get(0);
      assertThat(next).isInstanceOf(Taken.Opened.class);
      assertThat(store.cases().history("case-lost")).isEmpty();
    }
  }

  @Test
  @DisplayName("each report joins a case only of a related earlier report, and opens one otherwise")
  void matchesTheRelation() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      Household h = someHousehold();
      Point centre = new Point(h);
      double radius = RoutingPolicy.DEFAULT_RADIUS_METRES;
      Duration window = RoutingPolicy.DEFAULT_WINDOW;
      List<GridEvent> events = new ArrayList<>();
      OffsetDateTime t = START;
      for (int i = 0; i < 300; i++) {
        t = t.plusSeconds(random.nextInt(240));
        // a few hundred metres around a household, two category families
        double lon = centre.lon + (random.nextDouble() - 0.5) * 0.006;
        double lat = centre.lat + (random.nextDouble() - 0.5) * 0.006;
        EventCategory c =
            random.nextBoolean() ? EventCategory.SAFETY_GAS : EventCategory.FACILITY_DAMAGE;
        events.add(GridEvent.builder("s" + seed + "-" + i, t, c).location(lon, lat).build());
      }
      try (GridStore store = memory()) {
        LiveCases live = live(store.cases());
        List<Taken> taken = new ArrayList<>();
        for (int i = 0; i < events.size(); i += 1 + random.nextInt(7)) {
          taken.addAll(
              live.take(events.subList(i, Math.min(events.size(), i + 1 + random.nextInt(7)))));
        }
        Map<String, String> caseOf = new java.util.HashMap<>();
        for (Taken x : taken) {
          GridEvent e = x.event();
          List<GridEvent> related =
              taken.stream()
                  .map(Taken::event)
                  .filter(o -> caseOf.containsKey(o.id()))
                  .filter(o -> related(o, e, radius, window))
                  .toList();
          if (x instanceof Taken.Opened o) {
            assertThat(related).as("seed %d: %s opened a case", seed, e.id()).isEmpty();
            caseOf.put(e.id(), o.caseId());
          } else if (x instanceof Taken.Joined j) {
            assertThat(related)
                .as("seed %d: %s joined %s", seed, e.id(), j.caseId())
                .anyMatch(o -> caseOf.get(o.id()).equals(j.caseId()));
            caseOf.put(e.id(), j.caseId());
          }
        }
      }
    }
  }

  private static boolean related(GridEvent a, GridEvent b, double radius, Duration window) {
    return a.category().family().equals(b.category().family())
        && Duration.between(a.reportedAt(), b.reportedAt()).abs().compareTo(window) <= 0
        && Wgs84.distanceMetres(a.location().orElseThrow(), b.location().orElseThrow()) <= radius;
  }

  private record Point(double lon, double lat) {
    Point(Household h) {
      this(h.location().orElseThrow().getX(), h.location().orElseThrow().getY());
    }
  }

  /** A case log that refuses batches while {@code fail} is set, as a database that went away. */
  private static final class FailingLog implements CaseLog {
    private final CaseLog inner;
    volatile boolean fail;

    FailingLog(CaseLog inner) {
      this.inner = inner;
    }

    @Override
    public void append(CaseAppend append) {
      check();
      inner.append(append);
    }

    @Override
    public void appendAll(List<CaseAppend> appends) {
      check();
      inner.appendAll(appends);
    }

    private void check() {
      if (fail) {
        throw new StoreException("the database went away");
      }
    }

    @Override
    public long lastSequence(String caseId) {
      return inner.lastSequence(caseId);
    }

    @Override
    public ImmutableList<CaseEntry> history(String caseId) {
      return inner.history(caseId);
    }

    @Override
    public Page<CaseSummary> query(Scope scope, CaseQuery query, PageRequest page) {
      return inner.query(scope, query, page);
    }

    @Override
    public long count(Scope scope, CaseQuery query) {
      return inner.count(scope, query);
    }
  }
}
