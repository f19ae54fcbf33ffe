package org.gridgov.plugins.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers on one embedded H2 database: H2's row locks lost a case summary's update when two
 * writers appended to one case at once, so the store takes H2 writers one at a time (see {@link
 * Db}). Every case's summary must end where its log ends.
 */
class H2WritersTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));

  @TempDir Path dir;

  @Test
  @DisplayName(
      "four writers racing on two cases: every append lands, and each summary ends with its log")
  void summariesFollowTheLogs() throws Exception {
    GridCode grid =
        SampleCommunities.urban().grids().stream()
            .map(Grid::code)
            .filter(c -> c.level().name().equals("MICRO"))
            .sorted()
            .findFirst()
            .orElseThrow();
    String url = "jdbc:h2:file:" + dir.resolve("writers");
    List<String> cases = List.of("race-1", "race-2");
    int perWriter = 40;
    try (GridStore store = new JdbcStoreProvider().open(StoreConfig.of(url))) {
      for (String id : cases) {
        store
            .cases()
            .append(
                CaseAppend.of(
                    0,
                    new CaseEntry(
                        id,
                        1,
                        T0,
                        CaseEntry.Kind.OPENED,
                        "system",
                        CaseState.REPORTED,
                        grid,
                        Optional.empty(),
                        ImmutableList.of(),
                        "{}")));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          String id = cases.get(w % 2);
          String writer = "w" + w;
          done.add(pool.submit(() -> appendMany(store, id, writer, perWriter)));
        }
        for (Future<Integer> f : done) {
          assertThat(f.get()).isEqualTo(perWriter);
        }
      } finally {
        pool.shutdownNow();
      }
      for (String id : cases) {
        assertThat(store.cases().lastSequence(id)).isEqualTo(1 + 2L * perWriter);
        assertThat(store.cases().history(id)).hasSize(1 + 2 * perWriter);
      }
    }
    // Read back past the store, on a connection of its own.
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.case_id, s.last_sequence, MAX(e.sequence) FROM case_summary s"
                    + " JOIN case_entry e ON e.case_id = s.case_id GROUP BY s.case_id,"
                    + " s.last_sequence");
        ResultSet rs = ps.executeQuery()) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        assertThat(rs.getLong(2)).as("summary of %s", rs.getString(1)).isEqualTo(rs.getLong(3));
      }
      assertThat(rows).isEqualTo(cases.size());
    }
  }

  @Test
  @DisplayName("one writer lock per database, however its URL names it")
  void oneLockPerDatabase() {
    String absolute = Path.of("grid").toAbsolutePath().toString();
    assertThat(Db.database("jdbc:h2:file:./grid;WRITE_DELAY=0"))
        .isEqualTo(Db.database("jdbc:h2:file:" + absolute))
        .isEqualTo(Db.database("jdbc:h2:" + absolute + ";CIPHER=AES"))
        .isNotEqualTo(Db.database("jdbc:h2:file:./other"));
    assertThat(Db.database("jdbc:h2:mem:a;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:a");
    assertThat(Db.database("jdbc:h2:mem:a")).isNotEqualTo(Db.database("jdbc:h2:mem:b"));
  }

  private static int appendMany(GridStore store, String id, String writer, int count) {
    int appended = 0;
    while (appended < count) {
      long last = store.cases().lastSequence(id);
      CaseEntry prev = store.cases().history(id).get((int) last - 1);
      CaseEntry next =
          new CaseEntry(
              id,
              last + 1,
              prev.at().plusSeconds(1),
              CaseEntry.Kind.MOVED,
              writer + "-" + appended,
              prev.state(),
              prev.grid(),
              prev.assignee(),
              prev.departments(),
              "{}");
      try {
        store.cases().append(CaseAppend.of(last, next));
        appended++;
      } catch (AppendConflictException e) {
        // Another writer got there first: read again.
      }
    }
    return appended;
  }
}
