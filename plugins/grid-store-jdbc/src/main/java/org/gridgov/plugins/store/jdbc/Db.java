package org.gridgov.plugins.store.jdbc;

import com.google.common.collect.Lists;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.gridgov.spi.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The pool and the one way to use it: every operation of the store is one transaction, run by
 * {@link #tx} (or {@link #read} when it only reads), committed whole or rolled back whole.
 */
final class Db {

  /** A transaction's body. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * How often a transaction that lost a race is run again: a unique key taken by a concurrent
   * writer, a serialization failure, a deadlock, a lock wait that timed out. Run again, it reads
   * what the other writer committed and decides anew (an idempotent repeat, or a conflict). Each
   * run again waits a short random while first ({@link #pause}).
   */
  private static final int ATTEMPTS = 8;

  /**
   * One lock per embedded H2 database in this process, taken by every transaction that may write.
   *
   * <p>H2's row locks lose updates when two transactions write the same row at once: with two
   * writers appending to one case, the summary row's new last sequence was sometimes gone after a
   * commit that had returned, while the entry written in the same transaction stayed (seen with H2
   * 2.3.232 and 2.5.252, with {@code SELECT … FOR UPDATE} and with {@code UPDATE} as the lock; the
   * compatibility kit's {@code concurrentWriters} failed in about one run of ten on a loaded
   * machine). Embedded H2 writes through one store file anyway, so taking writers one at a time
   * costs little; PostgreSQL keeps its row locks.
   */
  private static final ConcurrentMap<String, ReentrantLock> H2_WRITERS = new ConcurrentHashMap<>();

  private final @Nullable ReentrantLock writers;

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final String where;
  private final int batchSize;
  private final Protector protector;
  private volatile boolean closed;

  Db(HikariDataSource pool, Dialect dialect, String where, int batchSize, Protector protector) {
    this.pool = pool;
    this.protector = protector;
    this.dialect = dialect;
    this.where = where;
    this.batchSize = batchSize;
    this.writers =
        dialect == Dialect.H2
            ? H2_WRITERS.computeIfAbsent(database(where), k -> new ReentrantLock())
            : null;
  }

  /**
   * The database an H2 URL names: its file as an absolute, normalised path (so that {@code ./grid},
   * {@code ~/grid} and the full path share one lock), else the URL without its settings.
   */
  static String database(String url) {
    Optional<Path> file = Protector.h2File(url);
    if (file.isPresent()) {
      return "file:" + file.get().normalize();
    }
    int settings = url.indexOf(';');
    return settings < 0 ? url : url.substring(0, settings);
  }

  /** What is protected at rest, and with which keys. */
  Protector protector() {
    return protector;
  }

  Dialect dialect() {
    return dialect;
  }

  int batchSize() {
    return batchSize;
  }

  String where() {
    return where;
  }

  /** How many ids one {@code IN (…)} list holds: well under every driver's parameter limit. */
  static final int IN_LIST = 500;

  /** Reads one row of a result set, while it is open. */
  @FunctionalInterface
  interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code select + " IN (?, …)" + rest} for the ids, {@value #IN_LIST} at a time, and hands
   * every row of every result to {@code row}.
   */
  static void selectIn(Connection c, String select, Collection<String> ids, String rest, Row row)
      throws SQLException {
    for (List<String> part : Lists.partition(new ArrayList<>(ids), IN_LIST)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              select
                  + " IN ("
                  + String.join(",", Collections.nCopies(part.size(), "?"))
                  + ")"
                  + rest)) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            row.read(rs);
          }
        }
      }
    }
  }

  /**
   * Runs {@code work} in one transaction; {@code what} names it in error messages. On H2 the
   * transaction first takes the database's writer lock ({@link #writers}).
   */
  <T> T tx(String what, Work<T> work) {
    if (writers == null) {
      return run(what, work);
    }
    try {
      writers.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(where + ": interrupted while waiting to " + what, e);
    }
    try {
      return run(what, work);
    } finally {
      writers.unlock();
    }
  }

  /**
   * Runs {@code work}, which only reads, in one transaction: on H2 without the writer lock, as
   * reads see committed rows and lock nothing.
   */
  <T> T read(String what, Work<T> work) {
    return run(what, work);
  }

  private <T> T run(String what, Work<T> work) {
    checkOpen();
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException e) {
          rollback(c, e);
          if (!lostRace(e)) {
            throw failed(what, e);
          }
          last = e;
        } catch (RuntimeException | Error e) {
          rollback(c, e);
          throw e;
        }
      } catch (SQLException e) {
        checkOpen();
        throw failed(what, e);
      }
      checkOpen();
      pause(attempt);
    }
    throw failed(what + " (" + ATTEMPTS + " attempts, each lost a race with another writer)", last);
  }

  /**
   * Waits a random while before attempt {@code attempt + 1}: up to 2, 4, 8 … 128 ms. Writers that
   * collided and retried at once would meet again; a spread lets one of them finish first.
   */
  private void pause(int attempt) {
    if (attempt >= ATTEMPTS) {
      return;
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1L << attempt) + 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(where + ": interrupted while waiting to retry a transaction", e);
    }
  }

  private StoreException failed(String what, @Nullable SQLException e) {
    return new StoreException(
        where + ": " + what + " failed" + (e == null ? "" : ": " + e.getMessage()), e);
  }

  /**
   * How many rows a table holds, in a transaction of its own.
   *
   * @param table one of the schema's tables (a constant of ours, never user input)
   * @param what what is being counted, for the error message
   */
  long countRows(String table, String what) {
    return read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Whether the transaction failed because another one got there first: worth running again. */
  private static boolean lostRace(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null
            && (state.equals("23505") // unique key taken (by a concurrent writer)
                || state.equals("40001") // serialization failure
                || state.equals("40P01") // deadlock (PostgreSQL)
                || state.equals("HYT00") // lock wait timed out (H2)
                || state.equals("55P03"))) { // lock not available (PostgreSQL)
          return true;
        }
        // H2: a concurrent update of the same row (90131) or a deadlock (40001 above).
        if (s.getErrorCode() == 90131) {
          return true;
        }
      }
    }
    return false;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store at " + where + " is closed");
    }
  }

  void close() {
    closed = true;
    pool.close();
  }
}
