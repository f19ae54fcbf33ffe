package org.gridgov.benchmarks;

import cn.hutool.core.util.IdcardUtil;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.identity.ResidentIdNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating resident identity numbers (GB 11643): ours against Hutool's {@code
 * IdcardUtil.isValidCard}, a widely used Chinese utility library, on the same mix of inputs as
 * records carry them (valid 18-character numbers, 15-digit old numbers, numbers with a wrong check
 * character, lower-case x). Ours also normalises full-width digits and recognises masked numbers,
 * which Hutool does not; the mix holds none of those so that both do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResidentIdNumberBenchmark {

  static final int BATCH = 1024;

  String[] inputs;

  @Setup
  public void setUp() {
    Random r = new Random(42);
    inputs = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      String full = valid(r);
      inputs[i] =
          switch (i % 8) {
            case 0 -> full.substring(0, 6) + full.substring(8, 17); // 15-digit old number
            case 1 -> full.substring(0, 17) + (full.charAt(17) == '0' ? '1' : '0'); // wrong check
            case 2 -> full.replace('X', 'x');
            default -> full;
          };
    }
  }

  static String valid(Random r) {
    String first17 =
        String.format(
            "51%02d%02d%04d%02d%02d%03d",
            1 + r.nextInt(20),
            1 + r.nextInt(30),
            1930 + r.nextInt(90),
            1 + r.nextInt(12),
            1 + r.nextInt(28),
            r.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** Ours: parse into a value (check character, date, province), empty when invalid. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void gridgovTryParse(Blackhole bh) {
    for (String s : inputs) {
      bh.consume(ResidentIdNumber.tryParse(s));
    }
  }

  /** Ours: yes/no only. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void gridgovIsValid(Blackhole bh) {
    for (String s : inputs) {
      bh.consume(ResidentIdNumber.isValid(s));
    }
  }

  /** Hutool 5.8: yes/no. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void hutoolIsValidCard(Blackhole bh) {
    for (String s : inputs) {
      bh.consume(IdcardUtil.isValidCard(s));
    }
  }
}
