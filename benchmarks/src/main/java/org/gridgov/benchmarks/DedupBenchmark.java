package org.gridgov.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.RecordSet;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resident deduplication end to end — CSV in, clusters out — on synthetic records ({@code
 * SyntheticResidents}: households, a dozen apps with their own noise). Target (issue 4): 1,000,000
 * records in under 30 s with a 4 GB heap. Single-shot time per run. The throughput collector
 * ({@code -XX:+UseParallelGC}) suits a batch job like this one better than G1's short pauses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class DedupBenchmark {

  /** People generated; about 2.47 records each, so 405,000 people make about 1,000,000 records. */
  @Param({"405000"})
  public int people;

  Path dir;
  Path input;
  int records;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("dedup-bench");
    input = dir.resolve("residents.csv");
    Dataset d = SyntheticResidents.generate(people, 7);
    records = d.records().size();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      d.writeCsv(w);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  /** Read the CSV, normalise, block, estimate, score, cluster, write record_id,cluster_id. */
  @Benchmark
  public int endToEnd() {
    RecordSet set = RecordSet.read(input, DedupConfig.residentCn(), Progress.NONE);
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    AtomicFiles.write(dir, Map.of("clusters.csv", result::writeClusters));
    return result.clusterCount();
  }
}
