package org.gridgov.plugins.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** One statement run for many rows, sent to the database {@code size} rows at a time. */
final class Batch implements AutoCloseable {

  private final PreparedStatement ps;
  private final int size;
  private int pending;

  Batch(Connection c, String sql, int size) throws SQLException {
    this.ps = c.prepareStatement(sql);
    this.size = size;
  }

  /** Adds a row; strings, numbers and nulls as given. */
  void add(@Nullable Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(i + 1, java.sql.Types.VARCHAR);
      } else if (v instanceof String s) {
        ps.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        ps.setLong(i + 1, n);
      } else {
        ps.setObject(i + 1, v);
      }
    }
    ps.addBatch();
    if (++pending == size) {
      flush();
    }
  }

  /** Sends the rows added so far. */
  void flush() throws SQLException {
    if (pending > 0) {
      ps.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      ps.close();
    }
  }
}
