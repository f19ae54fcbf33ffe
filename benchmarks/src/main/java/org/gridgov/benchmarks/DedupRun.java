package org.gridgov.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.RecordSet;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;

/**
 * {@link DedupBenchmark}'s run outside JMH, phase by phase, with the process's CPU time beside the
 * wall clock: on a machine shared with other work the CPU time of a phase moves far less than its
 * wall time, so two versions of the code can be compared there. Also the main to profile with JFR.
 * Usage: {@code java -cp benchmarks.jar org.gridgov.benchmarks.DedupRun PEOPLE RUNS [DIR]}; the
 * records ({@code SyntheticResidents.generate(PEOPLE, 7)}, as the benchmark's) are written once to
 * {@code DIR/residents-PEOPLE.csv}, with their ground truth in {@code DIR/truth-PEOPLE.csv}
 * (default: the temporary directory), and read again by later invocations; {@code RUNS} 0 only
 * writes them (for the Spark job's scale figures).
 */
public final class DedupRun {

  private DedupRun() {}

  /** Runs: see the class comment. */
  public static void main(String[] args) throws IOException {
    int people = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path dir = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir"));
    Files.createDirectories(dir);
    Path input = dir.resolve("residents-" + people + ".csv");
    if (!Files.exists(input)) {
      Dataset d = SyntheticResidents.generate(people, 7);
      AtomicFiles.write(
          dir,
          Map.of(
              input.getFileName().toString(),
              d::writeCsv,
              "truth-" + people + ".csv",
              d::writeTruth));
    }
    for (int i = 0; i < runs; i++) {
      double cpu0 = cpu();
      long t0 = System.nanoTime();
      RecordSet set = RecordSet.read(input, DedupConfig.residentCn(), Progress.NONE);
      long t1 = System.nanoTime();
      double cpu1 = cpu();
      StringBuilder phases = new StringBuilder();
      DedupResult result =
          new Deduplicator()
              .run(
                  set,
                  (phase, done, total) -> {
                    if (done == 0) {
                      phases.append(
                          String.format(
                              " %s@%.2f/%.1f",
                              phase, (System.nanoTime() - t1) / 1e9, cpu() - cpu1));
                    }
                  });
      long t2 = System.nanoTime();
      AtomicFiles.write(dir, Map.of("clusters-" + people + ".csv", result::writeClusters));
      long t3 = System.nanoTime();
      System.out.printf(
          "run %d: read %.2f s (cpu %.2f s), dedup %.2f s (cpu %.2f s), write %.2f s, total %.2f s"
              + " (cpu %.2f s); %,d records, %,d clusters; phase@wall/cpu s since reading:%s%n",
          i,
          (t1 - t0) / 1e9,
          cpu1 - cpu0,
          (t2 - t1) / 1e9,
          cpu() - cpu1,
          (t3 - t2) / 1e9,
          (t3 - t0) / 1e9,
          cpu() - cpu0,
          set.size(),
          result.clusterCount(),
          phases);
    }
  }

  /** The process's CPU time so far, all threads (the collector's too), in seconds. */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }
}
