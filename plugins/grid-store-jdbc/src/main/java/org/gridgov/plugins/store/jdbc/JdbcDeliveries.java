package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.spi.store.DeadLetter;
import org.gridgov.spi.store.DeadLetters;
import org.gridgov.spi.store.Delivery;
import org.gridgov.spi.store.DeliveryLog;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;

/**
 * The notifications' dead letters ({@code dead_letter}) and delivery records ({@code delivery}).
 * Both are written if absent: a first look for the key, then the insert; two writers of one key
 * both find none, the primary key lets one insert, and {@link Db#tx} runs the other's transaction
 * again, which then finds the row and does nothing.
 */
final class JdbcDeliveries implements DeadLetters, DeliveryLog {

  private static final String LETTER_COLUMNS =
      "id, at_ms, case_id, notifier, recipient, reason, attempts, error, payload";
  private static final String DELIVERY_COLUMNS =
      "id, notifier, case_id, at_ms, recipient, reason, outcome, attempts, detail";

  /** The free-text columns, encrypted at rest ({@link Protector#protectText}). */
  static final String LETTER_RECIPIENT = "dead_letter.recipient";

  static final String LETTER_ERROR = "dead_letter.error";
  static final String LETTER_PAYLOAD = "dead_letter.payload";
  static final String DELIVERY_RECIPIENT = "delivery.recipient";
  static final String DELIVERY_DETAIL = "delivery.detail";

  private final Db db;

  JdbcDeliveries(Db db) {
    this.db = db;
  }

  @Override
  public void add(DeadLetter letter) {
    requireNonNull(letter, "letter");
    db.tx(
        "add dead letter " + letter.id(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM dead_letter WHERE id = ?")) {
            ps.setString(1, letter.id());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                return false; // kept already
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO dead_letter (" + LETTER_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, letter.id());
            ps.setLong(2, letter.at().toEpochMilli());
            ps.setString(3, letter.caseId());
            ps.setString(4, letter.notifier());
            ps.setString(5, db.protector().protectText(LETTER_RECIPIENT, letter.recipient()));
            ps.setString(6, letter.reason());
            ps.setInt(7, letter.attempts());
            ps.setString(8, db.protector().protectText(LETTER_ERROR, letter.error()));
            ps.setString(9, db.protector().protectText(LETTER_PAYLOAD, letter.payload()));
            ps.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public Optional<DeadLetter> get(String id) {
    requireNonNull(id, "id");
    return db.read(
        "read dead letter " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + LETTER_COLUMNS + " FROM dead_letter WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(letter(rs)) : Optional.<DeadLetter>empty();
            }
          }
        });
  }

  @Override
  public Page<DeadLetter> list(PageRequest page) {
    requireNonNull(page, "page");
    Optional<Cursor> after = page.after().map(Cursor::parse);
    return db.read(
        "list dead letters",
        c -> {
          String where = after.isPresent() ? " WHERE at_ms > ? OR (at_ms = ? AND id > ?)" : "";
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + LETTER_COLUMNS
                      + " FROM dead_letter"
                      + where
                      + " ORDER BY at_ms, id LIMIT ?")) {
            int i = 1;
            if (after.isPresent()) {
              ps.setLong(i++, after.get().atMs);
              ps.setLong(i++, after.get().atMs);
              ps.setString(i++, after.get().id);
            }
            ps.setInt(i, page.limit() + 1);
            List<DeadLetter> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(letter(rs));
              }
            }
            Optional<String> next = Optional.empty();
            if (items.size() > page.limit()) {
              items = items.subList(0, page.limit());
              DeadLetter last = items.get(items.size() - 1);
              next = Optional.of(last.at().toEpochMilli() + "/" + last.id());
            }
            return new Page<>(ImmutableList.copyOf(items), next);
          }
        });
  }

  @Override
  public long count() {
    return db.countRows("dead_letter", "count dead letters");
  }

  @Override
  public boolean remove(String id) {
    requireNonNull(id, "id");
    return db.tx(
        "remove dead letter " + id,
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM dead_letter WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
          }
        });
  }

  @Override
  public void record(Delivery d) {
    requireNonNull(d, "delivery");
    db.tx(
        "record delivery " + d.id(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM delivery WHERE id = ? AND notifier = ?")) {
            ps.setString(1, d.id());
            ps.setString(2, d.notifier());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                return false; // kept already
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO delivery (" + DELIVERY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, d.id());
            ps.setString(2, d.notifier());
            ps.setString(3, d.caseId());
            ps.setLong(4, d.at().toEpochMilli());
            ps.setString(5, db.protector().protectText(DELIVERY_RECIPIENT, d.recipient()));
            ps.setString(6, d.reason());
            ps.setString(7, d.outcome().code());
            ps.setInt(8, d.attempts());
            ps.setString(9, db.protector().protectText(DELIVERY_DETAIL, d.detail()));
            ps.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public ImmutableList<Delivery> history(String caseId) {
    requireNonNull(caseId, "caseId");
    return db.read(
        "read deliveries of case " + caseId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + DELIVERY_COLUMNS
                      + " FROM delivery WHERE case_id = ? ORDER BY at_ms, id, notifier")) {
            ps.setString(1, caseId);
            ImmutableList.Builder<Delivery> out = ImmutableList.builder();
            Protector p = db.protector();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Delivery(
                        rs.getString(1),
                        rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        rs.getString(2),
                        p.revealText(DELIVERY_RECIPIENT, rs.getString(5)),
                        rs.getString(6),
                        Delivery.Outcome.ofCode(rs.getString(7)),
                        rs.getInt(8),
                        p.revealText(DELIVERY_DETAIL, rs.getString(9))));
              }
            }
            return out.build();
          }
        });
  }

  private DeadLetter letter(ResultSet rs) throws SQLException {
    Protector p = db.protector();
    return new DeadLetter(
        rs.getString(1),
        Instant.ofEpochMilli(rs.getLong(2)),
        rs.getString(3),
        rs.getString(4),
        p.revealText(LETTER_RECIPIENT, rs.getString(5)),
        rs.getString(6),
        rs.getInt(7),
        p.revealText(LETTER_ERROR, rs.getString(8)),
        p.revealText(LETTER_PAYLOAD, rs.getString(9)));
  }

  /** A page's cursor: the last letter's {@code millis/id}. */
  private record Cursor(long atMs, String id) {
    static Cursor parse(String text) {
      int slash = text.indexOf('/');
      try {
        if (slash < 1) {
          throw new IllegalArgumentException("no separator");
        }
        return new Cursor(Long.parseLong(text.substring(0, slash)), text.substring(slash + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a cursor this store gave: \"" + text + "\"", e);
      }
    }
  }
}
