package org.gridgov.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.routing.GridLocator;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.district.SyntheticDistrict;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Locating points: a synthetic city of {@code microGrids} micro-grid polygons (50,000 by default,
 * with their general and community grids) and 4,096 random points inside it. Target (issue 5): at
 * least 2,000,000 points per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LocateBenchmark {

  static final int POINTS = 4096;

  @Param({"50000"})
  public int microGrids;

  GridLocator locator;
  Point[] points;
  GridLocator sampleLocator;
  Point[] samplePoints;

  @Setup(Level.Trial)
  public void setUp() {
    GridTree city = SyntheticDistrict.build(microGrids, 4, 42);
    locator = GridLocator.of(city);
    Envelope box = cityBox(city);
    SplittableRandom r = new SplittableRandom(7);
    points = new Point[POINTS];
    for (int i = 0; i < POINTS; i++) {
      points[i] =
          Wgs84.point(
              box.getMinX() + r.nextDouble() * box.getWidth(),
              box.getMinY() + r.nextDouble() * box.getHeight());
    }
    // The urban sample's grids are irregular quadrilaterals of a street mesh, not rectangles:
    // every test runs the general point-in-polygon path.
    GridTree sample = SampleCommunities.urban();
    sampleLocator = GridLocator.of(sample);
    Envelope s = sample.communities().get(0).boundary().orElseThrow().getEnvelopeInternal();
    samplePoints = new Point[POINTS];
    for (int i = 0; i < POINTS; i++) {
      samplePoints[i] =
          Wgs84.point(
              s.getMinX() + r.nextDouble() * s.getWidth(),
              s.getMinY() + r.nextDouble() * s.getHeight());
    }
  }

  /** Points per second, one thread, in the urban sample's irregular polygons. */
  @Benchmark
  @OperationsPerInvocation(POINTS)
  public void locatePointsIrregular(Blackhole bh) {
    for (Point p : samplePoints) {
      bh.consume(sampleLocator.locate(p));
    }
  }

  /** Points per second, one thread. */
  @Benchmark
  @OperationsPerInvocation(POINTS)
  public void locatePoints(Blackhole bh) {
    for (Point p : points) {
      bh.consume(locator.locate(p));
    }
  }

  /** The box around a synthetic city's communities, where the benchmarks draw their points. */
  static Envelope cityBox(GridTree city) {
    Envelope box = new Envelope();
    for (Grid c : city.communities()) {
      box.expandToInclude(c.boundary().orElseThrow().getEnvelopeInternal());
    }
    return box;
  }
}
