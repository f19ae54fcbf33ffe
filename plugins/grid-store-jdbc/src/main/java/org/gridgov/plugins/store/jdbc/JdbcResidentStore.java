package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.ReadRecord;
import org.gridgov.spi.store.ResidentStore;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * Golden residents (a row each, with the ID number in an indexed column), their fields with
 * provenance (a row per field), the link from each source record to its golden record, and the
 * source records.
 */
final class JdbcResidentStore implements ResidentStore {

  private final Db db;
  private final Protector protector;

  JdbcResidentStore(Db db) {
    this.db = db;
    this.protector = db.protector();
  }

  @Override
  public void save(Collection<GoldenResident> residents, Collection<SourceRecord> records) {
    requireNonNull(residents, "residents");
    requireNonNull(records, "records");
    // A later value of one id replaces an earlier one, as a later save would.
    Map<String, GoldenResident> golden = new LinkedHashMap<>();
    for (GoldenResident g : residents) {
      golden.put(requireNonNull(g, "resident").residentId(), g);
    }
    Map<String, SourceRecord> sources = new LinkedHashMap<>();
    for (SourceRecord r : records) {
      sources.put(requireNonNull(r, "record").recordId(), r);
    }
    db.tx(
        "saving " + golden.size() + " golden records and " + sources.size() + " source records",
        c -> {
          checkRecordsKnown(c, golden.values(), sources.keySet());
          int batch = db.batchSize();
          Batch deleteRecord = new Batch(c, "DELETE FROM source_record WHERE record_id = ?", batch);
          Batch insertRecord =
              new Batch(
                  c,
                  "INSERT INTO source_record (record_id, source, fields, key_id) VALUES (?,?,?,?)",
                  batch);
          try (deleteRecord;
              insertRecord) {
            for (SourceRecord r : sources.values()) {
              deleteRecord.add(r.recordId());
            }
            deleteRecord.flush();
            for (SourceRecord r : sources.values()) {
              insertRecord.add(
                  r.recordId(),
                  r.source(),
                  Json.stringMap(protector.protect(r.fields())),
                  protector.currentKeyId().orElse(null));
            }
          }
          Batch deleteFields =
              new Batch(c, "DELETE FROM golden_field WHERE resident_id = ?", batch);
          Batch deleteLinksOf =
              new Batch(c, "DELETE FROM golden_link WHERE resident_id = ?", batch);
          Batch deleteLinksTo = new Batch(c, "DELETE FROM golden_link WHERE record_id = ?", batch);
          Batch deleteGolden =
              new Batch(c, "DELETE FROM golden_resident WHERE resident_id = ?", batch);
          try (deleteFields;
              deleteLinksOf;
              deleteLinksTo;
              deleteGolden) {
            for (GoldenResident g : golden.values()) {
              deleteFields.add(g.residentId());
              deleteLinksOf.add(g.residentId());
              deleteGolden.add(g.residentId());
              for (String recordId : g.recordIds()) {
                // A record merged anew belongs to its new golden record only.
                deleteLinksTo.add(recordId);
              }
            }
          }
          Batch insertGolden =
              new Batch(
                  c,
                  "INSERT INTO golden_resident (resident_id, id_number, record_ids, grid,"
                      + " id_number_index, phone_index) VALUES (?,?,?,?,?,?)",
                  batch);
          Batch insertField =
              new Batch(
                  c,
                  "INSERT INTO golden_field (resident_id, ordinal, field, field_value, source,"
                      + " record_id) VALUES (?,?,?,?,?,?)",
                  batch);
          Batch insertLink =
              new Batch(c, "INSERT INTO golden_link (record_id, resident_id) VALUES (?,?)", batch);
          try (insertGolden;
              insertField;
              insertLink) {
            for (GoldenResident g : golden.values()) {
              // The ID number is kept only encrypted (golden_field) and as its blind index.
              insertGolden.add(
                  g.residentId(),
                  null,
                  Json.strings(g.recordIds()),
                  g.grid().map(GridCode::value).orElse(null),
                  protector
                      .index(GoldenResident.ID_NUMBER, g.value(GoldenResident.ID_NUMBER))
                      .orElse(null),
                  protector
                      .index(GoldenResident.PHONE, g.value(GoldenResident.PHONE))
                      .orElse(null));
              int ordinal = 0;
              for (Map.Entry<String, FieldValue> f : g.fields().entrySet()) {
                FieldValue v = f.getValue();
                insertField.add(
                    g.residentId(),
                    ordinal++,
                    f.getKey(),
                    protector.protect(f.getKey(), v.value()),
                    v.source(),
                    v.recordId());
              }
              Set<String> linked = new HashSet<>();
              for (String recordId : g.recordIds()) {
                if (linked.add(recordId)) {
                  insertLink.add(recordId, g.residentId());
                }
              }
            }
          }
          return Boolean.TRUE;
        });
  }

  /** Refuses the save when a golden record names a source record that is nowhere. */
  private static void checkRecordsKnown(
      Connection c, Collection<GoldenResident> golden, Set<String> given) throws SQLException {
    Set<String> named = new TreeSet<>();
    for (GoldenResident g : golden) {
      for (String id : g.recordIds()) {
        if (!given.contains(id)) {
          named.add(id);
        }
      }
    }
    if (named.isEmpty()) {
      return;
    }
    Set<String> stored = new HashSet<>();
    Db.selectIn(
        c,
        "SELECT record_id FROM source_record WHERE record_id",
        named,
        "",
        rs -> stored.add(rs.getString(1)));
    named.removeAll(stored);
    if (named.isEmpty()) {
      return;
    }
    for (GoldenResident g : golden) {
      for (String id : g.recordIds()) {
        if (named.contains(id)) {
          throw new StoreException(
              "golden record "
                  + g.residentId()
                  + " names source record "
                  + id
                  + ", which is neither given nor stored"
                  + (named.size() > 1 ? " (" + (named.size() - 1) + " more unknown)" : "")
                  + "; nothing was saved");
        }
      }
    }
  }

  @Override
  public void remove(Collection<String> residentIds) {
    requireNonNull(residentIds, "residentIds");
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(residentIds));
    db.tx(
        "removing " + ids.size() + " golden records",
        c -> {
          Set<String> records = new HashSet<>();
          Db.selectIn(
              c,
              "SELECT record_id FROM golden_link WHERE resident_id",
              ids,
              "",
              rs -> records.add(rs.getString(1)));
          int batch = db.batchSize();
          try (Batch fields =
                  new Batch(c, "DELETE FROM golden_field WHERE resident_id = ?", batch);
              Batch links = new Batch(c, "DELETE FROM golden_link WHERE resident_id = ?", batch);
              Batch golden =
                  new Batch(c, "DELETE FROM golden_resident WHERE resident_id = ?", batch);
              Batch sources =
                  new Batch(c, "DELETE FROM source_record WHERE record_id = ?", batch)) {
            for (String id : ids) {
              fields.add(id);
              links.add(id);
              golden.add(id);
            }
            for (String r : records) {
              sources.add(r);
            }
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public Optional<GoldenResident> resident(Scope scope, String residentId) {
    requireNonNull(scope, "scope");
    requireNonNull(residentId, "residentId");
    return db.tx("reading golden record " + residentId, c -> shown(c, scope, read(c, residentId)));
  }

  @Override
  public Optional<GoldenResident> byRecord(Scope scope, String recordId) {
    requireNonNull(scope, "scope");
    requireNonNull(recordId, "recordId");
    return db.tx(
        "finding the golden record of source record " + recordId,
        c -> {
          Optional<String> residentId = residentOf(c, recordId);
          return residentId.isPresent()
              ? shown(c, scope, read(c, residentId.get()))
              : Optional.<GoldenResident>empty();
        });
  }

  private static Optional<String> residentOf(Connection c, String recordId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT resident_id FROM golden_link WHERE record_id = ?")) {
      ps.setString(1, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  @Override
  public ImmutableList<GoldenResident> byIdNumber(Scope scope, String idNumber) {
    requireNonNull(scope, "scope");
    requireNonNull(idNumber, "idNumber");
    // The number is personal data: the error message does not name it.
    return db.tx(
        "finding golden records by ID number",
        c -> {
          List<String> ids = new ArrayList<>();
          // By the blind index under every index key (rows indexed before a rotation of the
          // index key are found until the re-encryption pass recomputes them); or in the clear,
          // in a row an earlier version wrote and the pass has not rewritten yet.
          List<String> indexes = protector.indexes(GoldenResident.ID_NUMBER, idNumber);
          StringBuilder sql =
              new StringBuilder("SELECT resident_id FROM golden_resident WHERE id_number = ?");
          if (!indexes.isEmpty()) {
            sql.append(" OR id_number_index IN (")
                .append(String.join(",", java.util.Collections.nCopies(indexes.size(), "?")))
                .append(')');
          }
          sql.append(" ORDER BY resident_id");
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, idNumber);
            for (int i = 0; i < indexes.size(); i++) {
              ps.setString(i + 2, indexes.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          ImmutableList.Builder<GoldenResident> out = ImmutableList.builder();
          for (String id : ids) {
            shown(c, scope, read(c, id)).ifPresent(out::add);
          }
          return out.build();
        });
  }

  @Override
  public Page<GoldenResident> list(Scope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    Optional<String> after = page.after().map(JdbcResidentStore::cursor);
    Optional<Condition> where = condition(scope);
    if (where.isEmpty()) {
      return new Page<>(ImmutableList.of(), Optional.empty());
    }
    List<Object> args = new ArrayList<>(where.get().args());
    String sql = "SELECT resident_id FROM golden_resident WHERE " + where.get().sql();
    if (after.isPresent()) {
      sql += " AND resident_id > ?";
      args.add(after.get());
    }
    String query = sql + " ORDER BY resident_id FETCH FIRST " + (page.limit() + 1) + " ROWS ONLY";
    return db.tx(
        "listing golden records",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(query)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          boolean more = ids.size() > page.limit();
          List<String> shown = more ? ids.subList(0, page.limit()) : ids;
          ImmutableList.Builder<GoldenResident> out = ImmutableList.builder();
          for (String id : shown) {
            // The condition chose the rows; show() applies the scope once more and drops the
            // special-group fields not granted.
            shown(c, scope, read(c, id)).ifPresent(out::add);
          }
          return new Page<>(
              out.build(),
              more
                  ? Optional.of(RESIDENT_CURSOR + shown.get(shown.size() - 1))
                  : Optional.<String>empty());
        });
  }

  @Override
  public long count(Scope scope) {
    requireNonNull(scope, "scope");
    Optional<Condition> where = condition(scope);
    if (where.isEmpty()) {
      return 0;
    }
    return db.read(
        "counting golden records",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM golden_resident WHERE " + where.get().sql())) {
            bind(ps, where.get().args());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /**
   * A resident as the scope shows it, with the audit record of the read written in the same
   * transaction when it holds a sensitive field.
   */
  private static Optional<GoldenResident> shown(
      Connection c, Scope scope, Optional<GoldenResident> read) throws SQLException {
    Optional<GoldenResident> shown = read.flatMap(scope::show);
    if (shown.isPresent()) {
      Optional<ReadRecord> audit = ReadRecord.of(scope, shown.get(), Instant.now());
      if (audit.isPresent()) {
        JdbcReadLog.write(c, audit.get());
      }
    }
    return shown;
  }

  private static final String RESIDENT_CURSOR = "resident:";

  private static String cursor(String text) {
    if (!text.startsWith(RESIDENT_CURSOR) || text.length() == RESIDENT_CURSOR.length()) {
      throw new IllegalArgumentException("page cursor \"" + text + "\" is not one this store gave");
    }
    return text.substring(RESIDENT_CURSOR.length());
  }

  /** A SQL condition on golden_resident and its arguments. */
  private record Condition(String sql, List<Object> args) {}

  /** The residents a scope permits as a condition; empty when it permits none. */
  private static Optional<Condition> condition(Scope scope) {
    return switch (scope.kind()) {
      case EVERYTHING -> Optional.of(new Condition("1 = 1", List.of()));
      case GRIDS -> {
        List<String> ors = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (GridCode g : scope.grids()) {
          // Codes are digits and E: no LIKE wildcard to escape. The prefix takes in the grid
          // itself and every grid whose code extends it.
          ors.add("grid LIKE ?");
          args.add(g.value() + "%");
        }
        yield Optional.of(new Condition("(" + String.join(" OR ", ors) + ")", args));
      }
      case DEPARTMENTS, NOTHING -> Optional.empty();
    };
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setString(i + 1, (String) args.get(i));
    }
  }

  private Optional<GoldenResident> read(Connection c, String residentId) throws SQLException {
    String recordIds;
    @Nullable String grid;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT record_ids, grid FROM golden_resident WHERE resident_id = ?")) {
      ps.setString(1, residentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        recordIds = rs.getString(1);
        grid = rs.getString(2);
      }
    }
    ImmutableMap.Builder<String, FieldValue> fields = ImmutableMap.builder();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT field, field_value, source, record_id FROM golden_field"
                + " WHERE resident_id = ? ORDER BY ordinal")) {
      ps.setString(1, residentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String field = rs.getString(1);
          fields.put(
              field,
              new FieldValue(
                  protector.reveal(field, rs.getString(2)), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return Optional.of(
        new GoldenResident(
            residentId,
            fields.buildOrThrow(),
            Json.strings(recordIds, "golden record " + residentId),
            Optional.ofNullable(grid).map(GridCode::parse)));
  }

  @Override
  public Optional<SourceRecord> record(Scope scope, String recordId) {
    requireNonNull(scope, "scope");
    requireNonNull(recordId, "recordId");
    return db.tx(
        "reading source record " + recordId,
        c -> {
          SourceRecord record;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT source, fields FROM source_record WHERE record_id = ?")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              record =
                  new SourceRecord(
                      recordId,
                      rs.getString(1),
                      protector.reveal(
                          Json.stringMap(rs.getString(2), "source record " + recordId)));
            }
          }
          Optional<String> owner = residentOf(c, recordId);
          Optional<GoldenResident> mergedInto =
              owner.isPresent() ? read(c, owner.get()) : Optional.<GoldenResident>empty();
          Optional<SourceRecord> shown = scope.show(record, mergedInto);
          if (shown.isPresent()) {
            Optional<ReadRecord> audit =
                ReadRecord.of(
                    scope, shown.get(), mergedInto.flatMap(GoldenResident::grid), Instant.now());
            if (audit.isPresent()) {
              JdbcReadLog.write(c, audit.get());
            }
          }
          return shown;
        });
  }
}
