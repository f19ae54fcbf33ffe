package org.gridgov.plugins.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.samples.district.SyntheticDistrict;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.TreeVersion;

/**
 * Rough figures of the JDBC store, printed, not asserted (no test runs it): appends one per
 * transaction and in batches of 1,000, and saving and loading the synthetic district, on H2 (a file
 * in a temporary folder) and on PostgreSQL ({@link TestPostgres}). Not JMH: one JVM, a few rounds,
 * wall-clock time. Run from the module folder after {@code mvn test-compile}:
 *
 * <pre>{@code
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx8g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     org.gridgov.plugins.store.jdbc.StoreProbe 20000 100
 * }</pre>
 *
 * <p>Arguments: micro grids and households per micro grid of the district (20,000 × 100 is the
 * 2,000,000-household district; 0 skips it).
 */
public final class StoreProbe {

  private StoreProbe() {}

  /** Runs the probe. */
  public static void main(String[] args) throws Exception {
    int micro = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int perMicro = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    GridTree district = null;
    if (micro > 0) {
      long t = System.nanoTime();
      district = SyntheticDistrict.build(micro, perMicro, 1);
      System.out.printf("building the district in memory: %d ms%n", ms(t));
    }
    Path dir = Files.createTempDirectory("gridgov-probe-");
    run("h2", StoreConfig.of("jdbc:h2:file:" + dir.resolve("probe")), district);
    run("postgresql", TestPostgres.get().newStore(), district);
  }

  private static void run(String name, StoreConfig config, GridTree district) {
    GridCode grid = GridCode.parse("510104021001001001");
    OffsetDateTime t0 = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    try (GridStore store = new JdbcStoreProvider().open(config)) {
      for (int round = 0; round < 3; round++) {
        long t = System.nanoTime();
        int n = 500;
        for (int i = 0; i < n; i++) {
          store.cases().append(DurabilityWriter.log("s" + round + "-" + i, grid, t0));
        }
        long took = ms(t);
        System.out.printf(
            "%s: one append per transaction: %d appends of 3 entries in %d ms = %d entries/s%n",
            name, n, took, n * 3 * 1000L / Math.max(1, took));
        t = System.nanoTime();
        for (int b = 0; b < 10; b++) {
          List<CaseAppend> batch = new ArrayList<>();
          for (int i = 0; i < 1000; i++) {
            batch.add(DurabilityWriter.log("b" + round + "-" + b + "-" + i, grid, t0));
          }
          store.cases().appendAll(batch);
        }
        took = ms(t);
        System.out.printf(
            "%s: batches of 1,000 appends: 30,000 entries in %d ms = %d entries/s%n",
            name, took, 30_000 * 1000L / Math.max(1, took));
        t = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
          store.cases().history("b" + round + "-0-" + i);
        }
        System.out.printf("%s: reading 1,000 logs of 3 entries: %d ms%n", name, ms(t));
      }
      if (district != null) {
        long t = System.nanoTime();
        TreeVersion v = store.trees().save(district, LocalDate.of(2026, 1, 1), "district");
        System.out.printf(
            "%s: saving the district (%,d households): %d ms%n", name, v.households(), ms(t));
        t = System.nanoTime();
        GridTree back = store.trees().load(v);
        System.out.printf(
            "%s: loading it: %d ms (equal: %s)%n", name, ms(t), back.equals(district));
      }
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
