package org.gridgov.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.samples.district.SyntheticDistrict;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.Stores;
import org.gridgov.spi.store.TreeVersion;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The case log of each built-in store, in log entries per second: appends of one entry per
 * transaction, batches of 1,000 entries in one transaction (1,000 new cases of one entry, the worst
 * case, each entry a new summary row; and 100 cases of 10 entries), and reading a case's log.
 * Target (issue 10): batched appends at 50,000 entries a second or more on H2 and on PostgreSQL.
 *
 * <p>{@code store} is {@code memory}, {@code h2} (a new file database under the temporary folder)
 * or {@code postgresql}, which needs a server: its URL in {@code GRIDGOV_PG_URL}, with {@code
 * GRIDGOV_PG_USER} and {@code GRIDGOV_PG_PASSWORD} (benchmarks/README.md says how to start one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class StoreBenchmark {

  static final int BATCH = 1_000;
  static final int READ_CASES = 2_000;
  static final int READ_ENTRIES = 10;

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));

  @Param({"memory", "h2", "postgresql"})
  public String store;

  GridStore open;
  Path folder;
  GridCode grid;
  // A server keeps what earlier runs wrote: each run's cases get ids of their own.
  final String run = Long.toString(System.nanoTime(), 36);
  long next;
  SplittableRandom random = new SplittableRandom(7);

  @Setup(Level.Trial)
  public void setUp() {
    folder = tempFolder();
    open = open(store, folder);
    grid = GridCode.parse("510107011005001001");
    // Cases with ten entries each, for the reading benchmark.
    List<CaseAppend> batch = new ArrayList<>();
    for (int c = 0; c < READ_CASES; c++) {
      List<CaseEntry> log = new ArrayList<>();
      String id = run + "-read-" + c;
      log.add(entry(id, 1, CaseEntry.Kind.OPENED, CaseState.REPORTED));
      for (int s = 2; s <= READ_ENTRIES; s++) {
        log.add(entry(id, s, CaseEntry.Kind.JOINED, CaseState.REPORTED));
      }
      batch.add(new CaseAppend(id, 0, ImmutableList.copyOf(log)));
      if (batch.size() == 100) {
        open.cases().appendAll(batch);
        batch.clear();
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    open.close();
    deleteRecursively(folder);
  }

  /** One new case opened per transaction. */
  @Benchmark
  public void appendOne() {
    String id = run + "-one-" + next++;
    open.cases().append(CaseAppend.of(0, entry(id, 1, CaseEntry.Kind.OPENED, CaseState.REPORTED)));
  }

  /** A thousand new cases opened in one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void appendBatch() {
    List<CaseAppend> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      String id = run + "-batch-" + next++;
      batch.add(CaseAppend.of(0, entry(id, 1, CaseEntry.Kind.OPENED, CaseState.REPORTED)));
    }
    open.cases().appendAll(batch);
  }

  /**
   * A thousand log entries in one transaction as a day's cases bring them: a hundred new cases of
   * ten entries each (opened, reports joined, accepted and moved on), as a simulation or a replay
   * of the audit log writes them.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void appendLifecycles() {
    List<CaseAppend> batch = new ArrayList<>(BATCH / READ_ENTRIES);
    for (int i = 0; i < BATCH / READ_ENTRIES; i++) {
      String id = run + "-life-" + next++;
      List<CaseEntry> log = new ArrayList<>(READ_ENTRIES);
      log.add(entry(id, 1, CaseEntry.Kind.OPENED, CaseState.REPORTED));
      for (int s = 2; s <= READ_ENTRIES; s++) {
        log.add(
            entry(
                id,
                s,
                s < 5 ? CaseEntry.Kind.JOINED : CaseEntry.Kind.MOVED,
                s < 5 ? CaseState.REPORTED : CaseState.ACCEPTED));
      }
      batch.add(new CaseAppend(id, 0, ImmutableList.copyOf(log)));
    }
    open.cases().appendAll(batch);
  }

  /** One case's log of ten entries, read back. */
  @Benchmark
  @OperationsPerInvocation(READ_ENTRIES)
  public int readHistory() {
    return open.cases().history(run + "-read-" + random.nextInt(READ_CASES)).size();
  }

  static CaseEntry entry(String caseId, long sequence, CaseEntry.Kind kind, CaseState state) {
    return new CaseEntry(
        caseId,
        sequence,
        T0.plusSeconds(sequence),
        kind,
        "system",
        state,
        GridCode.parse("510107011005001001"),
        Optional.empty(),
        ImmutableList.of("fire"),
        "{\"type\":\"" + kind.code() + "\",\"case\":\"" + caseId + "\"}");
  }

  /** Opens the store of a benchmark parameter with the plugins on the class path. */
  static GridStore open(String store, Path folder) {
    String url =
        switch (store) {
          case "memory" -> "memory:";
          case "h2" -> "jdbc:h2:file:" + folder.resolve("bench").toAbsolutePath();
          case "postgresql" -> {
            String pg = System.getenv("GRIDGOV_PG_URL");
            if (pg == null || pg.isBlank()) {
              throw new IllegalStateException(
                  "store=postgresql needs a server: set GRIDGOV_PG_URL (and GRIDGOV_PG_USER,"
                      + " GRIDGOV_PG_PASSWORD); benchmarks/README.md says how to start one, or"
                      + " pass -p store=memory,h2");
            }
            yield pg;
          }
          default -> throw new IllegalArgumentException("unknown store " + store);
        };
    String user = System.getenv().getOrDefault("GRIDGOV_PG_USER", "");
    String password = System.getenv().getOrDefault("GRIDGOV_PG_PASSWORD", "");
    return Stores.open(
        Plugins.load(),
        new StoreConfig(
            url,
            store.equals("postgresql") ? user : "",
            store.equals("postgresql") ? password : "",
            com.google.common.collect.ImmutableMap.of()));
  }

  static Path tempFolder() {
    try {
      return Files.createTempDirectory("gridgov-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saving the synthetic district of 2,000,000 households (20,000 micro grids of 100) as one tree
   * version, once per iteration, into a new store.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(
      value = 1,
      jvmArgs = {"-Xms8g", "-Xmx8g"})
  public static class LoadDistrict {

    @Param({"memory", "h2", "postgresql"})
    public String store;

    @Param({"20000"})
    public int microGrids;

    GridTree district;
    GridStore open;
    Path folder;

    @Setup(Level.Trial)
    public void build() {
      district = SyntheticDistrict.build(microGrids, 100, 42);
    }

    @Setup(Level.Iteration)
    public void openStore() {
      folder = tempFolder();
      open = StoreBenchmark.open(store, folder);
    }

    @TearDown(Level.Iteration)
    public void closeStore() {
      open.close();
      deleteRecursively(folder);
    }

    /** Saves the district. */
    @Benchmark
    public TreeVersion save() {
      return open.trees().save(district, LocalDate.of(2026, 1, 1), "benchmark");
    }
  }
}
