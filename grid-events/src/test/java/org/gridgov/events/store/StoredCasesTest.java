package org.gridgov.events.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.progress.Progress;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.simulation.CaseSimulation;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.community.SampleEvents;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoredCasesTest {

  private static final GridTree TREE = SampleCommunities.urban();
  private static final List<GridEvent> EVENTS =
      SampleEvents.generate(TREE, 200, SampleEvents.DEFAULT_START, Duration.ofDays(2), 7);

  private static GridStore memory() {
    return new MemoryStoreProvider().open(StoreConfig.of("memory:"));
  }

  @Test
  @DisplayName("intake's cases land in the store once, however often they are saved")
  void intakeOnce() {
    CaseIntake.Result r =
        new CaseIntake(TREE, EventRouter.of(TREE, RoutingPolicy.defaults())).take(EVENTS);
    try (GridStore store = memory()) {
      StoredCases.Outcome first = StoredCases.save(store.cases(), r.audit(), Progress.NONE);
      assertThat(first.stored()).isEqualTo(r.cases().size());
      assertThat(first.entries()).isEqualTo(r.audit().size());
      StoredCases.Outcome again = StoredCases.save(store.cases(), r.audit(), Progress.NONE);
      assertThat(again.stored()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(r.cases().size());
      Scope all = Scope.everything("test");
      assertThat(store.cases().count(all, CaseQuery.all())).isEqualTo(r.cases().size());
      // Each stored case stands where intake left it: its grid, its assignee, reported.
      for (CaseIntake.Row row : r.rows()) {
        List<CaseEntry> log = store.cases().history(row.caseId());
        assertThat(log).isNotEmpty();
        CaseSummary c = CaseSummary.of(log);
        assertThat(c.state()).isEqualTo(CaseState.REPORTED);
        assertThat(c.assignee()).isEqualTo(row.assignee());
      }
      assertThat(
              store
                  .cases()
                  .query(all, CaseQuery.all(), PageRequest.first(5))
                  .items()
                  .get(0)
                  .openedAt())
          .isEqualTo(r.cases().get(0).history().get(0).at());
    }
  }

  @Test
  @DisplayName("a simulation's full lifecycles are stored; another history of a case conflicts")
  void simulationStored() {
    RoutingPolicy policy = RoutingPolicy.defaults();
    CaseSimulation.Result sim =
        new CaseSimulation(TREE, policy, 11, Duration.ofDays(3)).run(EVENTS);
    try (GridStore store = memory()) {
      StoredCases.Outcome first = StoredCases.save(store.cases(), sim.audit(), Progress.NONE);
      assertThat(first.stored()).isEqualTo(sim.cases().size());
      assertThat(first.entries()).isEqualTo(sim.audit().size());
      long closed =
          store
              .cases()
              .count(Scope.everything("test"), CaseQuery.builder().state(CaseState.CLOSED).build());
      assertThat(closed)
          .isEqualTo(sim.cases().stream().filter(c -> c.state() == CaseState.CLOSED).count());
      assertThat(StoredCases.save(store.cases(), sim.audit(), Progress.NONE).alreadyStored())
          .isEqualTo(sim.cases().size());
      // Another simulation (another seed) tells other histories of the same cases.
      CaseSimulation.Result other =
          new CaseSimulation(TREE, policy, 12, Duration.ofDays(3)).run(EVENTS);
      long before = store.cases().count(Scope.everything("test"), CaseQuery.all());
      assertThatThrownBy(() -> StoredCases.save(store.cases(), other.audit(), Progress.NONE))
          .isInstanceOf(AppendConflictException.class)
          .hasMessageContaining("another history");
      assertThat(store.cases().count(Scope.everything("test"), CaseQuery.all())).isEqualTo(before);
    }
  }

  @Test
  @DisplayName("cases stored with their first entries get the rest")
  void extendsPrefix() {
    RoutingPolicy policy = RoutingPolicy.defaults();
    CaseSimulation.Result sim =
        new CaseSimulation(TREE, policy, 11, Duration.ofDays(3)).run(EVENTS);
    Map<String, com.google.common.collect.ImmutableList<CaseEntry>> logs =
        StoredCases.entries(sim.audit());
    try (GridStore store = memory()) {
      // Store only the opening of every case, as a live intake would have.
      for (var log : logs.values()) {
        store.cases().append(org.gridgov.spi.store.CaseAppend.of(0, log.get(0)));
      }
      StoredCases.Outcome more = StoredCases.save(store.cases(), sim.audit(), Progress.NONE);
      assertThat(more.stored()).isEqualTo(logs.values().stream().filter(l -> l.size() > 1).count());
      for (var e : logs.entrySet()) {
        assertThat(store.cases().history(e.getKey())).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  @DisplayName("a record before its case's opening is refused")
  void orderChecked() {
    CaseIntake.Result r =
        new CaseIntake(TREE, EventRouter.of(TREE, RoutingPolicy.defaults())).take(EVENTS);
    AuditRecord join =
        r.audit().stream().filter(a -> a instanceof AuditRecord.Joined).findFirst().orElseThrow();
    assertThatThrownBy(() -> StoredCases.entries(List.of(join)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the one that opens it");
  }

  @Test
  @DisplayName("a store written by an earlier version (times without seconds) is the same history")
  void earlierFormSameHistory() {
    CaseIntake.Result r =
        new CaseIntake(TREE, EventRouter.of(TREE, RoutingPolicy.defaults())).take(EVENTS);
    try (GridStore store = memory()) {
      // What an earlier version wrote: the same records, whole-minute times without seconds.
      for (var e : StoredCases.entries(r.audit()).entrySet()) {
        var old =
            e.getValue().stream()
                .map(
                    x ->
                        new CaseEntry(
                            x.caseId(),
                            x.sequence(),
                            x.at(),
                            x.kind(),
                            x.actor(),
                            x.state(),
                            x.grid(),
                            x.assignee(),
                            x.departments(),
                            x.detail().replaceAll("T(\\d\\d:\\d\\d):00([+-])", "T$1$2")))
                .collect(com.google.common.collect.ImmutableList.toImmutableList());
        store.cases().append(new org.gridgov.spi.store.CaseAppend(e.getKey(), 0, old));
      }
      assertThat(store.cases().history(r.cases().get(0).id()).get(0).detail())
          .doesNotContainPattern("T\\d\\d:\\d\\d:00\\+");
      StoredCases.Outcome again = StoredCases.save(store.cases(), r.audit(), Progress.NONE);
      assertThat(again.stored()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(r.cases().size());
    }
  }
}
