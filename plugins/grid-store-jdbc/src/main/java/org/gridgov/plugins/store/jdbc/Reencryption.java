package org.gridgov.plugins.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.spi.store.GoldenResident;
import org.jspecify.annotations.Nullable;

/**
 * The re-encryption pass: rewrites under the current key every protected value stored in the clear
 * or under an older key, and the blind indexes of the rows it touches.
 *
 * <p>Each table is read in pages of {@code batch.size} rows in key order (keyset paging: the next
 * page starts after the last key of the one before, so no page is read twice and none skipped), and
 * each page is rewritten in a transaction of its own. So memory holds one page at a time whatever
 * the size of the store, a pass that stops half way leaves every value readable (each value is
 * under either key), and running it again finishes the work: a rewritten value is no longer stale
 * and is passed over.
 */
final class Reencryption {

  private final Db db;
  private final Protector protector;
  private final int page;

  Reencryption(Db db) {
    this.db = db;
    this.protector = db.protector();
    this.page = db.batchSize();
  }

  long run() {
    protector.requireKey();
    return goldenFields()
        + indexes()
        + sourceRecords()
        + treeResidents()
        + texts("case_entry", List.of("case_id", "sequence"), List.of(JdbcCaseLog.DETAIL))
        + texts(
            "dead_letter",
            List.of("id"),
            List.of(
                JdbcDeliveries.LETTER_RECIPIENT,
                JdbcDeliveries.LETTER_ERROR,
                JdbcDeliveries.LETTER_PAYLOAD))
        + texts(
            "delivery",
            List.of("id", "notifier"),
            List.of(JdbcDeliveries.DELIVERY_RECIPIENT, JdbcDeliveries.DELIVERY_DETAIL));
  }

  /**
   * The free-text columns of a table ({@code table.column} names, {@link Protector#protectText}),
   * page by page in key order; counts the rows rewritten. Text an earlier version stored in the
   * clear is encrypted; text stored masked (no key then) stays masked: what was masked is gone.
   */
  private long texts(String table, List<String> keys, List<String> columns) {
    List<String> names = new ArrayList<>();
    for (String c : columns) {
      names.add(c.substring(table.length() + 1));
    }
    String keyList = String.join(", ", keys);
    String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
    String select = "SELECT " + keyList + ", " + String.join(", ", names) + " FROM " + table;
    String order = " ORDER BY " + keyList + " FETCH FIRST " + page + " ROWS ONLY";
    List<String> sets = new ArrayList<>();
    for (String n : names) {
      sets.add(n + " = ?");
    }
    List<String> matches = new ArrayList<>();
    for (String k : keys) {
      matches.add(k + " = ?");
    }
    String update =
        "UPDATE "
            + table
            + " SET "
            + String.join(", ", sets)
            + " WHERE "
            + String.join(" AND ", matches);
    long done = 0;
    @Nullable Object[] last = null;
    while (true) {
      @Nullable Object[] after = last;
      List<Object[]> rows =
          db.tx(
              "reading " + table + " to re-encrypt",
              c -> {
                List<Object[]> out = new ArrayList<>();
                // A row value comparison: the next page starts after the last key of this one.
                String sql =
                    select
                        + (after == null ? "" : " WHERE (" + keyList + ") > (" + marks + ")")
                        + order;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                  if (after != null) {
                    for (int i = 0; i < keys.size(); i++) {
                      ps.setObject(i + 1, after[i]);
                    }
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    int width = keys.size() + names.size();
                    while (rs.next()) {
                      Object[] row = new Object[width];
                      for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                      }
                      out.add(row);
                    }
                  }
                }
                return out;
              });
      if (rows.isEmpty()) {
        return done;
      }
      last = rows.get(rows.size() - 1);
      List<Object[]> stale = new ArrayList<>();
      for (Object[] r : rows) {
        for (int i = 0; i < names.size(); i++) {
          if (protector.stale((String) r[keys.size() + i])) {
            stale.add(r);
            break;
          }
        }
      }
      if (stale.isEmpty()) {
        continue;
      }
      done +=
          db.tx(
              "re-encrypting " + stale.size() + " rows of " + table,
              c -> {
                try (Batch batch = new Batch(c, update, db.batchSize())) {
                  for (Object[] r : stale) {
                    Object[] values = new Object[names.size() + keys.size()];
                    for (int i = 0; i < names.size(); i++) {
                      String column = columns.get(i);
                      values[i] =
                          protector.protectText(
                              column, protector.revealText(column, (String) r[keys.size() + i]));
                    }
                    System.arraycopy(r, 0, values, names.size(), keys.size());
                    batch.add(values);
                  }
                }
                return (long) stale.size();
              });
    }
  }

  private record Field(String residentId, int ordinal, String field, String stored) {}

  /** Golden fields, page by page in (resident_id, ordinal) order. */
  private long goldenFields() {
    long done = 0;
    @Nullable Field last = null;
    while (true) {
      @Nullable Field after = last;
      List<Field> rows =
          db.tx(
              "reading golden record fields to re-encrypt",
              c -> {
                List<Field> out = new ArrayList<>();
                String sql =
                    "SELECT resident_id, ordinal, field, field_value FROM golden_field"
                        + (after == null
                            ? ""
                            : " WHERE resident_id > ? OR (resident_id = ? AND ordinal > ?)")
                        + " ORDER BY resident_id, ordinal FETCH FIRST "
                        + page
                        + " ROWS ONLY";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                  if (after != null) {
                    ps.setString(1, after.residentId());
                    ps.setString(2, after.residentId());
                    ps.setInt(3, after.ordinal());
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(
                          new Field(
                              rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                    }
                  }
                }
                return out;
              });
      if (rows.isEmpty()) {
        return done;
      }
      last = rows.get(rows.size() - 1);
      List<Field> stale = new ArrayList<>();
      for (Field r : rows) {
        if (protector.stale(r.field(), r.stored())) {
          stale.add(r);
        }
      }
      if (!stale.isEmpty()) {
        done +=
            db.tx("re-encrypting " + stale.size() + " golden record fields", c -> fields(c, stale));
      }
    }
  }

  private long fields(Connection c, List<Field> stale) throws SQLException {
    try (Batch value =
            new Batch(
                c,
                // Only if unchanged since it was read: a save in between wrote it anew already.
                "UPDATE golden_field SET field_value = ? WHERE resident_id = ? AND ordinal = ?"
                    + " AND field_value = ?",
                db.batchSize());
        Batch idIndex =
            new Batch(
                c,
                "UPDATE golden_resident SET id_number_index = ?, id_number = NULL"
                    + " WHERE resident_id = ?",
                db.batchSize());
        Batch phoneIndex =
            new Batch(
                c,
                "UPDATE golden_resident SET phone_index = ? WHERE resident_id = ?",
                db.batchSize())) {
      for (Field r : stale) {
        String plain = protector.reveal(r.field(), r.stored());
        value.add(protector.protect(r.field(), plain), r.residentId(), r.ordinal(), r.stored());
        Optional<String> index = protector.index(r.field(), Optional.of(plain));
        if (r.field().equals(GoldenResident.ID_NUMBER)) {
          idIndex.add(index.orElse(null), r.residentId());
        } else if (r.field().equals(GoldenResident.PHONE)) {
          phoneIndex.add(index.orElse(null), r.residentId());
        }
      }
    }
    return stale.size();
  }

  private record Indexed(
      String residentId, @Nullable String idIndex, @Nullable String phoneIndex) {}

  /**
   * Blind indexes computed with an index key that is no longer current, page by page in resident_id
   * order: recomputed from the values they index, so that afterwards only the current index key is
   * used and the others can leave the key file. Counts the residents rewritten.
   */
  private long indexes() {
    long done = 0;
    Optional<String> last = Optional.empty();
    while (true) {
      Optional<String> after = last;
      List<Indexed> rows =
          db.tx(
              "reading blind indexes to recompute",
              c -> {
                List<Indexed> out = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT resident_id, id_number_index, phone_index FROM golden_resident"
                            + (after.isPresent() ? " WHERE resident_id > ?" : "")
                            + " ORDER BY resident_id FETCH FIRST "
                            + page
                            + " ROWS ONLY")) {
                  if (after.isPresent()) {
                    ps.setString(1, after.get());
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(new Indexed(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                  }
                }
                return out;
              });
      if (rows.isEmpty()) {
        return done;
      }
      last = Optional.of(rows.get(rows.size() - 1).residentId());
      List<String> stale = new ArrayList<>();
      for (Indexed r : rows) {
        if ((r.idIndex() != null && protector.indexStale(r.idIndex()))
            || (r.phoneIndex() != null && protector.indexStale(r.phoneIndex()))) {
          stale.add(r.residentId());
        }
      }
      if (stale.isEmpty()) {
        continue;
      }
      done +=
          db.tx(
              "recomputing the blind indexes of " + stale.size() + " golden records",
              c -> {
                java.util.Map<String, java.util.Map<String, String>> values =
                    new java.util.HashMap<>();
                Db.selectIn(
                    c,
                    "SELECT resident_id, field, field_value FROM golden_field WHERE field IN ('"
                        + GoldenResident.ID_NUMBER
                        + "', '"
                        + GoldenResident.PHONE
                        + "') AND resident_id",
                    stale,
                    "",
                    rs ->
                        values
                            .computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                            .put(
                                rs.getString(2),
                                protector.reveal(rs.getString(2), rs.getString(3))));
                try (Batch update =
                    new Batch(
                        c,
                        "UPDATE golden_resident SET id_number_index = ?, phone_index = ?"
                            + " WHERE resident_id = ?",
                        db.batchSize())) {
                  for (String id : stale) {
                    java.util.Map<String, String> v = values.getOrDefault(id, java.util.Map.of());
                    update.add(
                        protector
                            .index(
                                GoldenResident.ID_NUMBER,
                                Optional.ofNullable(v.get(GoldenResident.ID_NUMBER)))
                            .orElse(null),
                        protector
                            .index(
                                GoldenResident.PHONE,
                                Optional.ofNullable(v.get(GoldenResident.PHONE)))
                            .orElse(null),
                        id);
                  }
                }
                return (long) stale.size();
              });
    }
  }

  /** Source records under no key or an old one, page by page in record_id order. */
  private long sourceRecords() {
    String current = protector.currentKeyId().orElseThrow();
    long done = 0;
    Optional<String> last = Optional.empty();
    while (true) {
      Optional<String> after = last;
      List<String[]> rows =
          db.tx(
              "reading source records to re-encrypt",
              c -> {
                List<String[]> out = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT record_id, fields FROM source_record WHERE (key_id IS NULL"
                            + " OR key_id <> ?)"
                            + (after.isPresent() ? " AND record_id > ?" : "")
                            + " ORDER BY record_id FETCH FIRST "
                            + page
                            + " ROWS ONLY")) {
                  ps.setString(1, current);
                  if (after.isPresent()) {
                    ps.setString(2, after.get());
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                  }
                }
                return out;
              });
      if (rows.isEmpty()) {
        return done;
      }
      last = Optional.of(rows.get(rows.size() - 1)[0]);
      done +=
          db.tx(
              "re-encrypting " + rows.size() + " source records",
              c -> {
                try (Batch update =
                    new Batch(
                        c,
                        "UPDATE source_record SET fields = ?, key_id = ? WHERE record_id = ?"
                            + " AND fields = ?",
                        db.batchSize())) {
                  for (String[] r : rows) {
                    String what = "source record " + r[0];
                    update.add(
                        Json.stringMap(
                            protector.protect(protector.reveal(Json.stringMap(r[1], what)))),
                        current,
                        r[0],
                        r[1]);
                  }
                }
                return (long) rows.size();
              });
    }
  }

  private record TreeRow(long version, int ordinal, String json) {}

  /** The resident rows of saved trees, page by page in (version, ordinal) order. */
  private long treeResidents() {
    long done = 0;
    @Nullable TreeRow last = null;
    while (true) {
      @Nullable TreeRow after = last;
      List<TreeRow> rows =
          db.tx(
              "reading the residents of trees to re-encrypt",
              c -> {
                List<TreeRow> out = new ArrayList<>();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT version, ordinal, json FROM tree_item WHERE kind = 'R'"
                            + (after == null
                                ? ""
                                : " AND (version > ? OR (version = ? AND ordinal > ?))")
                            + " ORDER BY version, ordinal FETCH FIRST "
                            + page
                            + " ROWS ONLY")) {
                  if (after != null) {
                    ps.setLong(1, after.version());
                    ps.setLong(2, after.version());
                    ps.setInt(3, after.ordinal());
                  }
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(new TreeRow(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                    }
                  }
                }
                return out;
              });
      if (rows.isEmpty()) {
        return done;
      }
      last = rows.get(rows.size() - 1);
      List<TreeRow> stale = new ArrayList<>();
      for (TreeRow r : rows) {
        if (protector.stale(r.json())) {
          stale.add(r);
        }
      }
      if (stale.isEmpty()) {
        continue;
      }
      done +=
          db.tx(
              "re-encrypting " + stale.size() + " resident rows of trees",
              c -> {
                try (Batch update =
                    new Batch(
                        c,
                        "UPDATE tree_item SET json = ? WHERE version = ? AND kind = 'R'"
                            + " AND ordinal = ?",
                        db.batchSize())) {
                  for (TreeRow r : stale) {
                    update.add(
                        protector.protectTreeResidents(
                            protector.revealTreeResidents(r.json()), true),
                        r.version(),
                        r.ordinal());
                  }
                }
                return (long) stale.size();
              });
    }
  }
}
