package org.gridgov.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.grid.GridTree;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.district.SyntheticDistrict;
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
 * Validating a whole district with every rule on the class path under the default policy: the
 * synthetic district of {@code microGrids} micro grids of 100 households each (20,000 micro grids
 * and 2,000,000 households by default), every grid with a polygon. Target (issue 3): under 5 s per
 * validation on 2 cores with a 4 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class ValidationBenchmark {

  @Param({"20000"})
  public int microGrids;

  GridTree district;
  GridValidator validator;

  @Setup(Level.Trial)
  public void setUp() {
    district = SyntheticDistrict.build(microGrids, 100, 42);
    validator = GridValidator.builder().build();
  }

  /** All rules over the district. */
  @Benchmark
  public ValidationReport validateDistrict() {
    return validator.validate(district, LocalDate.of(2026, 3, 1));
  }
}
