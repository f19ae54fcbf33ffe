package org.gridgov.plugins.store.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;

/**
 * The writer of {@link DurabilityTest}, run in a JVM of its own: appends batches of cases, each
 * case a log of {@value #ENTRIES} entries, and prints {@code ack CASE} for each case of a batch
 * after {@code appendAll} returned, until it is killed.
 *
 * <p>Arguments: the store's URL, user and password, and the number of cases per batch.
 */
public final class DurabilityWriter {

  /** Entries in each case's log. */
  static final int ENTRIES = 3;

  private DurabilityWriter() {}

  /** Runs the writer. */
  public static void main(String[] args) {
    StoreConfig config =
        new StoreConfig(args[0], args[1], args[2], ImmutableMap.of("pool.size", "2"));
    int perBatch = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    GridCode grid = GridCode.parse("510104021001001001");
    OffsetDateTime t0 = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    try (GridStore store = new JdbcStoreProvider().open(config)) {
      out.println("open");
      out.flush();
      for (int batch = 0; batch < 100_000; batch++) {
        List<CaseAppend> appends = new ArrayList<>();
        for (int i = 0; i < perBatch; i++) {
          appends.add(log(String.format("k-%06d-%04d", batch, i), grid, t0.plusSeconds(batch)));
        }
        store.cases().appendAll(appends);
        for (CaseAppend a : appends) {
          out.println("ack " + a.caseId());
        }
        out.flush();
      }
    }
  }

  /** A case's whole log: opened, accepted, resolved. */
  static CaseAppend log(String caseId, GridCode grid, OffsetDateTime at) {
    ImmutableList.Builder<CaseEntry> entries = ImmutableList.builder();
    CaseState[] states = {CaseState.REPORTED, CaseState.ACCEPTED, CaseState.RESOLVED};
    for (int s = 1; s <= ENTRIES; s++) {
      entries.add(
          new CaseEntry(
              caseId,
              s,
              at.plusMinutes(s),
              s == 1 ? CaseEntry.Kind.OPENED : CaseEntry.Kind.MOVED,
              "writer",
              states[s - 1],
              grid,
              s == 1 ? Optional.empty() : Optional.of("m-1"),
              ImmutableList.of("fire"),
              "{\"step\":" + s + "}"));
    }
    return new CaseAppend(caseId, 0, entries.build());
  }
}
