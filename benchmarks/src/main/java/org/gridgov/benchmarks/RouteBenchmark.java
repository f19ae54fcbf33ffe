package org.gridgov.benchmarks;

import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.samples.district.SyntheticDistrict;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full routing of reports — locate, assign a member, name the departments, set the deadlines — over
 * a synthetic city of {@code microGrids} micro-grid polygons (50,000 by default) with three members
 * per micro grid. The reports are spread over the city, over every category, mostly routine (whose
 * deadlines count office hours, the slower path) with some of each emergency grade, over a working
 * week. Target (issue 5): at least 500,000 reports per second on one thread, with near-linear gain
 * on two. One {@link EventRouter} is shared by all threads, as a service would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class RouteBenchmark {

  static final int EVENTS = 4096;

  @Param({"50000"})
  public int microGrids;

  EventRouter router;
  GridEvent[] events;

  @Setup
  public void setUp() {
    GridTree city = SyntheticDistrict.build(microGrids, 4, 42);
    router = EventRouter.of(city, RoutingPolicy.defaults());
    events = events(city, EVENTS, 7);
  }

  /** Reports at random points of the city, every category, 80 % routine. */
  static GridEvent[] events(GridTree city, int n, long seed) {
    Envelope box = LocateBenchmark.cityBox(city);
    SplittableRandom r = new SplittableRandom(seed);
    OffsetDateTime monday = OffsetDateTime.parse("2026-03-02T08:00:00+08:00");
    EventCategory[] categories = EventCategory.values();
    GridEvent[] out = new GridEvent[n];
    for (int i = 0; i < n; i++) {
      EventSeverity severity =
          r.nextInt(10) < 8
              ? EventSeverity.ROUTINE
              : EventSeverity.values()[r.nextInt(EventSeverity.values().length)];
      out[i] =
          GridEvent.builder(
                  "E" + i,
                  monday.plusSeconds(r.nextInt(5 * 24 * 3600)),
                  categories[r.nextInt(categories.length)])
              .location(
                  box.getMinX() + r.nextDouble() * box.getWidth(),
                  box.getMinY() + r.nextDouble() * box.getHeight())
              .severity(severity)
              .build();
    }
    return out;
  }

  /** Reports per second, one thread. */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(EVENTS)
  public void routeOneThread(Blackhole bh) {
    for (GridEvent e : events) {
      bh.consume(router.route(e));
    }
  }

  /** Reports per second, two threads on the same router (the score is the sum of both). */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(EVENTS)
  public void routeTwoThreads(Blackhole bh) {
    for (GridEvent e : events) {
      bh.consume(router.route(e));
    }
  }
}
