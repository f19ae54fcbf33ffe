package org.gridgov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every benchmark method once on a small input, so that `mvn verify` catches a benchmark that
 * no longer works. Measures nothing: timing belongs to JMH runs, not to tests.
 */
class BenchmarksSmokeTest {

  private static final Blackhole BH =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  @DisplayName("the identity-number benchmark's inputs are the mix it claims, and each method runs")
  void residentIdNumbers() {
    ResidentIdNumberBenchmark b = new ResidentIdNumberBenchmark();
    b.setUp();
    long valid =
        java.util.Arrays.stream(b.inputs)
            .filter(org.gridgov.core.identity.ResidentIdNumber::isValid)
            .count();
    // One input in eight has a wrong check character; the rest are valid in some form.
    assertThat(valid)
        .isEqualTo(ResidentIdNumberBenchmark.BATCH - ResidentIdNumberBenchmark.BATCH / 8);
    b.gridgovTryParse(BH);
    b.gridgovIsValid(BH);
    b.hutoolIsValidCard(BH);
  }

  @Test
  @DisplayName("the file-loading benchmark loads the rows it was set up with")
  void gridFiles() throws Exception {
    GridFilesBenchmark b = new GridFilesBenchmark();
    b.households = 5_000;
    b.setUp();
    GridTree tree = b.gridgovLoad();
    assertThat(tree.households()).hasSize(5_000);
    b.commonsCsvParseOnly(BH);
    assertThat(b.jtsGeoJsonReaderGridsOnly()).isNotNull();
    assertThat(b.gridgovLoadGridsOnly()).isNotZero();
  }

  @Test
  @DisplayName("the validation benchmark validates a small synthetic district without errors")
  void validation() {
    ValidationBenchmark b = new ValidationBenchmark();
    b.microGrids = 80;
    b.setUp();
    assertThat(b.district.households()).hasSize(8_000);
    assertThat(b.validateDistrict().hasErrors()).isFalse();
  }

  @Test
  @DisplayName(
      "the planner benchmark plans both general grids into grids of at most 100 households")
  void planner() {
    PlannerBenchmark b = new PlannerBenchmark();
    b.setUp();
    assertThat(b.plan500Households().assignment()).hasSize(500);
    assertThat(b.planSampleGeneralGrid().grids())
        .allSatisfy(g -> assertThat(g.households().size()).isLessThanOrEqualTo(100));
  }

  @Test
  @DisplayName("the locate benchmark's points all fall in the synthetic city")
  void locate() {
    LocateBenchmark b = new LocateBenchmark();
    b.microGrids = 400;
    b.setUp();
    for (var p : b.points) {
      assertThat(b.locator.locate(p))
          .isInstanceOf(org.gridgov.events.routing.Location.Located.class);
    }
    b.locatePoints(BH);
    b.locatePointsIrregular(BH);
  }

  @Test
  @DisplayName("the route benchmark routes every report of the synthetic city to a member")
  void route() {
    RouteBenchmark b = new RouteBenchmark();
    b.microGrids = 400;
    b.setUp();
    for (var e : b.events) {
      assertThat(b.router.route(e))
          .isInstanceOfSatisfying(
              org.gridgov.events.routing.Route.Routed.class,
              r -> assertThat(r.assignee()).isPresent());
    }
    b.routeOneThread(BH);
    b.routeTwoThreads(BH);
  }

  @Test
  @DisplayName("the intake benchmark makes one case of the storm and many of the spread-out batch")
  void intake() {
    IntakeBenchmark b = new IntakeBenchmark();
    b.reports = 2000;
    b.setUp();
    b.freshRouter();
    assertThat(b.storm().cases()).hasSize(1);
    assertThat(b.storm().rows()).hasSize(2000);
    b.freshRouter();
    assertThat(b.spreadOut().cases().size()).isGreaterThan(1000);
  }

  @Test
  @DisplayName("the dedup benchmarks run end to end and Duke finds matches in the same records")
  void dedup() throws Exception {
    DedupBenchmark b = new DedupBenchmark();
    b.people = 300;
    b.setUp();
    try {
      assertThat(b.endToEnd()).isBetween(250, b.records);
    } finally {
      b.tearDown();
    }
    DukeComparisonBenchmark d = new DukeComparisonBenchmark();
    d.people = 200;
    d.setUp();
    assertThat(d.gridgov()).isLessThan(d.records.size());
    assertThat(d.duke()).isPositive();
  }

  @Test
  @DisplayName("the normaliser benchmark's methods run")
  void normalizers() {
    NormalizerBenchmark b = new NormalizerBenchmark();
    b.phones(BH);
    b.birthDates(BH);
    b.idNumbers(BH);
    b.addresses(BH);
    b.nameKeys(BH);
    b.nameKeysFresh(BH);
    b.jaroWinkler(BH);
    b.withinOneEdit(BH);
  }

  @Test
  @DisplayName("the store benchmarks append, read and load on the in-memory store")
  void store() {
    StoreBenchmark b = new StoreBenchmark();
    b.store = "memory";
    b.setUp();
    try {
      b.appendOne();
      b.appendBatch();
      b.appendLifecycles();
      assertThat(b.readHistory()).isEqualTo(StoreBenchmark.READ_ENTRIES);
      assertThat(b.open.cases().lastSequence(b.run + "-batch-1")).isEqualTo(1);
    } finally {
      b.tearDown();
    }
    StoreBenchmark.LoadDistrict load = new StoreBenchmark.LoadDistrict();
    load.store = "memory";
    load.microGrids = 40;
    load.build();
    load.openStore();
    try {
      assertThat(load.save().households()).isEqualTo(4_000);
    } finally {
      load.closeStore();
    }
  }

  @Test
  @DisplayName("the serve benchmark's reports are answered 201 by a service on H2")
  void serve() throws Exception {
    ServeBenchmark b = new ServeBenchmark();
    b.store = "h2";
    b.setUp();
    ServeBenchmark.Client client = new ServeBenchmark.Client();
    try {
      client.connect(b);
      for (int i = 0; i < 20; i++) {
        assertThat(b.postReport(client)).contains("service_request_id");
      }
    } finally {
      client.close();
      b.tearDown();
    }
  }
}
