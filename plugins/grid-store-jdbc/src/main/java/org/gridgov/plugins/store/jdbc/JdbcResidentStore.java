package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.ResidentStore;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreException;

/**
 * Golden residents (a row each, with the ID number in an indexed column), their fields with
 * provenance (a row per field), the link from each source record to its golden record, and the
 * source records.
 */
final class JdbcResidentStore implements ResidentStore {

  private final Db db;

  JdbcResidentStore(Db db) {
    this.db = db;
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
                  c, "INSERT INTO source_record (record_id, source, fields) VALUES (?,?,?)", batch);
          try (deleteRecord;
              insertRecord) {
            for (SourceRecord r : sources.values()) {
              deleteRecord.add(r.recordId());
            }
            deleteRecord.flush();
            for (SourceRecord r : sources.values()) {
              insertRecord.add(r.recordId(), r.source(), Json.stringMap(r.fields()));
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
                  "INSERT INTO golden_resident (resident_id, id_number, record_ids) VALUES (?,?,?)",
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
              insertGolden.add(
                  g.residentId(),
                  g.value(GoldenResident.ID_NUMBER).orElse(null),
                  Json.strings(g.recordIds()));
              int ordinal = 0;
              for (Map.Entry<String, FieldValue> f : g.fields().entrySet()) {
                FieldValue v = f.getValue();
                insertField.add(
                    g.residentId(), ordinal++, f.getKey(), v.value(), v.source(), v.recordId());
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
  public Optional<GoldenResident> resident(String residentId) {
    requireNonNull(residentId, "residentId");
    return db.tx("reading golden record " + residentId, c -> read(c, residentId));
  }

  @Override
  public Optional<GoldenResident> byRecord(String recordId) {
    requireNonNull(recordId, "recordId");
    return db.tx(
        "finding the golden record of source record " + recordId,
        c -> {
          String residentId;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT resident_id FROM golden_link WHERE record_id = ?")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              residentId = rs.getString(1);
            }
          }
          return read(c, residentId);
        });
  }

  @Override
  public ImmutableList<GoldenResident> byIdNumber(String idNumber) {
    requireNonNull(idNumber, "idNumber");
    // The number is personal data: the error message does not name it.
    return db.tx(
        "finding golden records by ID number",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT resident_id FROM golden_resident WHERE id_number = ?"
                      + " ORDER BY resident_id")) {
            ps.setString(1, idNumber);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
          }
          ImmutableList.Builder<GoldenResident> out = ImmutableList.builder();
          for (String id : ids) {
            read(c, id).ifPresent(out::add);
          }
          return out.build();
        });
  }

  private static Optional<GoldenResident> read(Connection c, String residentId)
      throws SQLException {
    String recordIds;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT record_ids FROM golden_resident WHERE resident_id = ?")) {
      ps.setString(1, residentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        recordIds = rs.getString(1);
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
          fields.put(
              rs.getString(1), new FieldValue(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return Optional.of(
        new GoldenResident(
            residentId,
            fields.buildOrThrow(),
            Json.strings(recordIds, "golden record " + residentId)));
  }

  @Override
  public Optional<SourceRecord> record(String recordId) {
    requireNonNull(recordId, "recordId");
    return db.tx(
        "reading source record " + recordId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT source, fields FROM source_record WHERE record_id = ?")) {
            ps.setString(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new SourceRecord(
                      recordId,
                      rs.getString(1),
                      Json.stringMap(rs.getString(2), "source record " + recordId)));
            }
          }
        });
  }

  @Override
  public long count() {
    return db.countRows("golden_resident", "counting golden records");
  }
}
