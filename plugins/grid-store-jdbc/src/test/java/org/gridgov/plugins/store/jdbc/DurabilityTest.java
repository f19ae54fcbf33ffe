package org.gridgov.plugins.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An append that returned has been committed: a writer in another JVM appends batches and says
 * which cases were acknowledged; it is killed ({@code destroyForcibly}, SIGKILL) in the middle of a
 * batch; the reopened store holds every acknowledged case, each with its whole log, and no case
 * with part of one.
 */
class DurabilityTest {

  private static final int PER_BATCH = 200;
  private static final int ACKS_BEFORE_KILL = 5 * PER_BATCH;

  @TempDir Path dir;

  @Test
  @DisplayName("H2: a writer killed mid-batch loses no acknowledged case and leaves none half")
  void h2() throws Exception {
    killAndCheck(StoreConfig.of("jdbc:h2:file:" + dir.resolve("grid")));
  }

  @Test
  @DisplayName(
      "PostgreSQL: a writer killed mid-batch loses no acknowledged case and leaves none half")
  void postgres() throws Exception {
    killAndCheck(TestPostgres.get().newStore());
  }

  private void killAndCheck(StoreConfig config) throws Exception {
    // Creates the schema first, so the writer's time goes to appends.
    new JdbcStoreProvider().open(config).close();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path err = dir.resolve("writer.err");
    Process writer =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classPath,
                DurabilityWriter.class.getName(),
                config.url(),
                config.user(),
                config.password(),
                Integer.toString(PER_BATCH))
            .redirectError(err.toFile())
            .start();
    Set<String> acknowledged = new HashSet<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          acknowledged.add(line.substring(4));
        }
      }
      // The writer is now inside the append of the next batch (it spends its time there).
      // Killing it closes the pipe: what it printed after the last line read is not known here,
      // at most one more batch.
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged)
        .as("the writer acknowledged cases before it was killed; its errors: %s", errors(err))
        .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

    try (GridStore store = new JdbcStoreProvider().open(config)) {
      List<String> stored = new ArrayList<>();
      Scope all = Scope.everything("durability test");
      PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
      while (true) {
        Page<CaseSummary> p = store.cases().query(all, CaseQuery.all(), page);
        p.items().forEach(c -> stored.add(c.caseId()));
        if (p.next().isEmpty()) {
          break;
        }
        page = page.after(p.next().get());
      }
      assertThat(stored).containsAll(acknowledged);
      // Besides: the batch whose acknowledgement was not read, and the one in flight.
      assertThat(stored.size() - acknowledged.size()).isBetween(0, 2 * PER_BATCH);
      for (String id : stored) {
        List<CaseEntry> log = store.cases().history(id);
        assertThat(log).as("case %s", id).hasSize(DurabilityWriter.ENTRIES);
        assertThat(store.cases().lastSequence(id)).isEqualTo(DurabilityWriter.ENTRIES);
      }
      assertThat(stored.size() % PER_BATCH).as("whole batches only").isZero();
    }
    // No entry of a case the queries do not see: the log table holds the whole logs, no more.
    try (Connection c =
            DriverManager.getConnection(config.url(), config.user(), config.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT case_id) FROM case_entry")) {
      rs.next();
      long cases = rs.getLong(2);
      assertThat(cases % PER_BATCH).as("whole batches only").isZero();
      assertThat(rs.getLong(1)).isEqualTo(cases * DurabilityWriter.ENTRIES);
      assertThat(cases).isGreaterThanOrEqualTo(acknowledged.size());
    }
  }

  private static String errors(Path err) throws IOException {
    return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
  }
}
