package org.gridgov.plugins.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.spi.store.GoldenResident;

/**
 * The re-encryption pass: rewrites under the current key every protected value stored in the clear
 * or under an older key, and the blind indexes of the rows it touches. Each table is one
 * transaction, so a pass that stops half way leaves every value readable, and running it again
 * finishes the work.
 */
final class Reencryption {

  private final Db db;
  private final Protector protector;

  Reencryption(Db db) {
    this.db = db;
    this.protector = db.protector();
  }

  long run() {
    protector.requireKey();
    return goldenFields() + sourceRecords() + treeResidents();
  }

  private record Row(String residentId, int ordinal, String field, String stored) {}

  private long goldenFields() {
    return db.tx(
        "re-encrypting golden record fields",
        c -> {
          List<Row> stale = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT resident_id, ordinal, field, field_value FROM golden_field"
                      + " WHERE field IN (?,?,?)")) {
            int i = 1;
            for (String f : Protector.fields()) {
              ps.setString(i++, f);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (protector.stale(rs.getString(4))) {
                  stale.add(
                      new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
              }
            }
          }
          try (Batch value =
                  new Batch(
                      c,
                      "UPDATE golden_field SET field_value = ? WHERE resident_id = ? AND ordinal = ?",
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
            for (Row r : stale) {
              String plain = protector.reveal(r.field(), r.stored());
              value.add(protector.protect(r.field(), plain), r.residentId(), r.ordinal());
              Optional<String> index = protector.index(r.field(), Optional.of(plain));
              if (r.field().equals(GoldenResident.ID_NUMBER)) {
                idIndex.add(index.orElse(null), r.residentId());
              } else if (r.field().equals(GoldenResident.PHONE)) {
                phoneIndex.add(index.orElse(null), r.residentId());
              }
            }
          }
          return (long) stale.size();
        });
  }

  private long sourceRecords() {
    String current = protector.currentKeyId().orElseThrow();
    return db.tx(
        "re-encrypting source records",
        c -> {
          List<String[]> stale = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT record_id, fields FROM source_record WHERE key_id IS NULL"
                      + " OR key_id <> ?")) {
            ps.setString(1, current);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                stale.add(new String[] {rs.getString(1), rs.getString(2)});
              }
            }
          }
          try (Batch update =
              new Batch(
                  c,
                  "UPDATE source_record SET fields = ?, key_id = ? WHERE record_id = ?",
                  db.batchSize())) {
            for (String[] r : stale) {
              String what = "source record " + r[0];
              update.add(
                  Json.stringMap(protector.protect(protector.reveal(Json.stringMap(r[1], what)))),
                  current,
                  r[0]);
            }
          }
          return (long) stale.size();
        });
  }

  private long treeResidents() {
    return db.tx(
        "re-encrypting the residents of trees",
        c -> {
          List<Object[]> stale = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT version, ordinal, json FROM tree_item WHERE kind = 'R'")) {
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (protector.stale(rs.getString(3))) {
                  stale.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)});
                }
              }
            }
          }
          try (Batch update =
              new Batch(
                  c,
                  "UPDATE tree_item SET json = ? WHERE version = ? AND kind = 'R' AND ordinal = ?",
                  db.batchSize())) {
            for (Object[] r : stale) {
              update.add(
                  protector.protectTreeResidents(
                      protector.revealTreeResidents((String) r[2]), true),
                  r[0],
                  r[1]);
            }
          }
          return (long) stale.size();
        });
  }
}
