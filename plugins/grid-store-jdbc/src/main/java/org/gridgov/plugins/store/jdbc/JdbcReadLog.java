package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.ReadLog;
import org.gridgov.spi.store.ReadRecord;
import org.gridgov.spi.store.Scope;

/**
 * The audit of reads in the table {@code read_audit}: written by the resident reads in their own
 * transaction ({@link #write}), listed in the order written (by {@code seq}) within a scope.
 */
final class JdbcReadLog implements ReadLog {

  private static final String CURSOR = "read:";

  private final Db db;

  JdbcReadLog(Db db) {
    this.db = db;
  }

  /** Writes a record in the reading transaction, so that a read is never unaudited. */
  static void write(Connection c, ReadRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO read_audit (at_text, caller, reason, subject, grid, fields)"
                + " VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, r.at().toString());
      ps.setString(2, r.caller());
      ps.setString(3, r.reason());
      ps.setString(4, r.subject());
      ps.setString(5, r.grid().map(GridCode::value).orElse(null));
      ps.setString(6, Json.strings(r.fields().asList()));
      ps.executeUpdate();
    }
  }

  @Override
  public Page<ReadRecord> list(Scope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    long after = page.after().map(JdbcReadLog::cursor).orElse(0L);
    Optional<String> where = condition(scope);
    if (where.isEmpty()) {
      return new Page<>(ImmutableList.of(), Optional.empty());
    }
    return db.read(
        "listing the audit of reads",
        c -> {
          List<ReadRecord> items = new ArrayList<>();
          List<Long> seqs = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq, at_text, caller, reason, subject, grid, fields FROM read_audit"
                      + " WHERE seq > ? AND "
                      + where.get()
                      + " ORDER BY seq FETCH FIRST "
                      + (page.limit() + 1)
                      + " ROWS ONLY")) {
            ps.setLong(1, after);
            bind(ps, 2, scope);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                seqs.add(rs.getLong(1));
                String grid = rs.getString(6);
                items.add(
                    new ReadRecord(
                        Instant.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Optional.ofNullable(grid).map(GridCode::parse),
                        ImmutableSortedSet.copyOf(
                            Json.strings(rs.getString(7), "audit record " + rs.getLong(1)))));
              }
            }
          }
          if (items.size() <= page.limit()) {
            return new Page<>(ImmutableList.copyOf(items), Optional.<String>empty());
          }
          return new Page<>(
              ImmutableList.copyOf(items.subList(0, page.limit())),
              Optional.of(CURSOR + seqs.get(page.limit() - 1)));
        });
  }

  @Override
  public long count(Scope scope) {
    requireNonNull(scope, "scope");
    Optional<String> where = condition(scope);
    if (where.isEmpty()) {
      return 0;
    }
    return db.read(
        "counting the audit of reads",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM read_audit WHERE " + where.get())) {
            bind(ps, 1, scope);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** The records a scope sees, as a condition; empty when it sees none. */
  private static Optional<String> condition(Scope scope) {
    return switch (scope.kind()) {
      case EVERYTHING -> Optional.of("1 = 1");
      case GRIDS ->
          Optional.of(
              "("
                  + String.join(
                      " OR ", java.util.Collections.nCopies(scope.grids().size(), "grid LIKE ?"))
                  + ")");
      case DEPARTMENTS, NOTHING -> Optional.empty();
    };
  }

  private static void bind(PreparedStatement ps, int first, Scope scope) throws SQLException {
    int i = first;
    if (scope.kind() == Scope.Kind.GRIDS) {
      for (GridCode g : scope.grids()) {
        // Codes are digits and E: no LIKE wildcard to escape.
        ps.setString(i++, g.value() + "%");
      }
    }
  }

  private static long cursor(String text) {
    try {
      if (text.startsWith(CURSOR)) {
        long n = Long.parseLong(text.substring(CURSOR.length()));
        if (n >= 0) {
          return n;
        }
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw new IllegalArgumentException("page cursor \"" + text + "\" is not one this store gave");
  }
}
