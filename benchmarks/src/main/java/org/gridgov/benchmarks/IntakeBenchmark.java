package org.gridgov.benchmarks;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.CaseIntake;
import org.gridgov.events.routing.EventRouter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.samples.district.SyntheticDistrict;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Intake of a batch of reports — locate, correlate reports of one incident, open and route one case
 * per incident, write the audit records — in two shapes of the same size: reports spread over a
 * city and a working week (the usual day), and an alarm storm, every report within 20 m of one
 * point and within one minute (a device storm, or a mass incident with hotline calls from everyone
 * around it). Target (issue 17): near-linear in the number of reports whatever the clustering, so
 * the storm costs about what the spread-out batch costs. Single-shot time per batch, a fresh router
 * each time (its open-case counters would otherwise grow from run to run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class IntakeBenchmark {

  /** Reports per batch. */
  @Param({"1000000"})
  public int reports;

  GridTree city;
  CaseIntake intake;
  List<GridEvent> spreadOut;
  List<GridEvent> storm;

  @Setup(Level.Trial)
  public void setUp() {
    city = SyntheticDistrict.build(2000, 4, 42);
    Envelope box = LocateBenchmark.cityBox(city);
    SplittableRandom r = new SplittableRandom(11);
    OffsetDateTime monday = OffsetDateTime.parse("2026-03-02T08:00:00+08:00");
    EventCategory[] categories = EventCategory.values();
    spreadOut = new ArrayList<>(reports);
    for (int i = 0; i < reports; i++) {
      spreadOut.add(
          GridEvent.builder(
                  "E" + i,
                  monday.plusSeconds(r.nextInt(5 * 24 * 3600)),
                  categories[r.nextInt(categories.length)])
              .location(
                  box.getMinX() + r.nextDouble() * box.getWidth(),
                  box.getMinY() + r.nextDouble() * box.getHeight())
              .build());
    }
    // 0.0002 degrees is about 20 m north-south and 17 m east-west at the city's latitude.
    double x = box.centre().x;
    double y = box.centre().y;
    long minuteNanos = 60_000_000_000L;
    storm = new ArrayList<>(reports);
    for (int i = 0; i < reports; i++) {
      storm.add(
          GridEvent.builder(
                  "S" + i,
                  monday.plusNanos(r.nextLong(minuteNanos)),
                  r.nextBoolean() ? EventCategory.SAFETY_FIRE : EventCategory.SAFETY_GAS)
              .location(x + r.nextDouble() * 0.0002, y + r.nextDouble() * 0.0002)
              .build());
    }
  }

  @Setup(Level.Invocation)
  public void freshRouter() {
    intake = new CaseIntake(city, EventRouter.of(city, RoutingPolicy.defaults()));
  }

  /** A batch spread over the city and a week. */
  @Benchmark
  public CaseIntake.Result spreadOut() {
    return intake.take(spreadOut);
  }

  /** The same number of reports within 20 m and one minute. */
  @Benchmark
  public CaseIntake.Result storm() {
    return intake.take(storm);
  }
}
