package org.gridgov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.rules.planning.MicroGridPlan;
import org.gridgov.rules.planning.MicroGridPlanner;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.district.SyntheticDistrict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning the micro grids of one general grid (issue 3): a 500-household general grid of the
 * synthetic district (20 buildings on a lattice), and the largest general grid of the urban sample
 * (467 households in irregular blocks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlannerBenchmark {

  GridTree district;
  GridCode districtGeneral;
  GridTree sample;
  GridCode sampleGeneral;
  MicroGridPlanner planner;

  @Setup
  public void setUp() {
    district = SyntheticDistrict.build(40, 100, 42);
    districtGeneral = district.grids(GridLevel.GENERAL).get(0).code();
    sample = SampleCommunities.urban();
    sampleGeneral =
        sample.grids(GridLevel.GENERAL).stream()
            .max(java.util.Comparator.comparingInt(g -> sample.householdsWithin(g.code()).size()))
            .orElseThrow()
            .code();
    planner = MicroGridPlanner.builder().build();
  }

  /** 500 households in 20 buildings of the synthetic district. */
  @Benchmark
  public MicroGridPlan plan500Households() {
    return planner.plan(district, districtGeneral);
  }

  /** The urban sample's largest general grid. */
  @Benchmark
  public MicroGridPlan planSampleGeneralGrid() {
    return planner.plan(sample, sampleGeneral);
  }
}
