package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The case logs: {@code case_entry} keyed by {@code (case_id, sequence)}, and {@code case_summary}
 * (a case's standing after its last entry, with when it opened) with {@code case_department} for
 * queries.
 *
 * <p>An append locks the summary rows of its cases ({@code SELECT … FOR UPDATE}, in case-id order
 * so that two batches cannot deadlock), checks that each log ends where the writer expected, and
 * writes. Two writers of a new case find no row to lock; the primary key of {@code case_entry} lets
 * only one of them insert entry 1, and the other's transaction runs again and sees the conflict.
 */
final class JdbcCaseLog implements CaseLog {

  private static final String ENTRY_COLUMNS =
      "case_id, sequence, at_text, at_second, at_nano, kind, actor, state, grid, assignee,"
          + " departments, detail";

  /** The column of an entry's free text, encrypted at rest ({@link Protector#protectText}). */
  static final String DETAIL = "case_entry.detail";

  private static final String ORDER = " ORDER BY s.opened_second, s.opened_nano, s.case_id";
  private static final String CURSOR_PREFIX = "j1.";

  private final Db db;

  JdbcCaseLog(Db db) {
    this.db = db;
  }

  @Override
  public void append(CaseAppend append) {
    requireNonNull(append, "append");
    appendAll(List.of(append));
  }

  @Override
  public void appendAll(List<CaseAppend> appends) {
    requireNonNull(appends, "appends");
    Map<String, CaseAppend> byCase = new HashMap<>();
    for (CaseAppend a : appends) {
      if (byCase.put(requireNonNull(a, "append").caseId(), a) != null) {
        throw new IllegalArgumentException(
            "a batch appends to case " + a.caseId() + " twice; send one append per case");
      }
    }
    db.checkOpen();
    if (appends.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(byCase.keySet());
    Collections.sort(ids);
    db.tx(
        appends.size() == 1
            ? "appending to case " + appends.get(0).caseId()
            : "appending to " + appends.size() + " cases",
        c -> {
          Map<String, Long> last = lockLast(c, ids);
          List<CaseAppend> write = new ArrayList<>();
          for (String id : ids) {
            CaseAppend a = requireNonNull(byCase.get(id));
            long at = last.getOrDefault(id, 0L);
            if (at == a.expectedLast()) {
              write.add(a);
            } else {
              checkRepeat(c, a, at);
            }
          }
          write(c, write, last);
          return Boolean.TRUE;
        });
  }

  /** The last sequence of each case that has entries, its summary row locked until commit. */
  private static Map<String, Long> lockLast(Connection c, List<String> ids) throws SQLException {
    Map<String, Long> last = new HashMap<>();
    Db.selectIn(
        c,
        "SELECT case_id, last_sequence FROM case_summary WHERE case_id",
        ids,
        " ORDER BY case_id FOR UPDATE",
        rs -> last.put(rs.getString(1), rs.getLong(2)));
    return last;
  }

  /**
   * An append whose log does not end where it expected: succeeds only when all its entries are in
   * the log already, equal (a repeat); otherwise refused.
   */
  private void checkRepeat(Connection c, CaseAppend a, long at) throws SQLException {
    if (at < a.last()) {
      throw new AppendConflictException(
          a.caseId(),
          a.expectedLast(),
          at,
          at < a.expectedLast()
              ? "the log is shorter than the writer saw"
              : "another writer appended first");
    }
    List<CaseEntry> stored = entries(c, a.caseId(), a.expectedLast() + 1, a.last());
    for (int i = 0; i < a.entries().size(); i++) {
      CaseEntry given = a.entries().get(i);
      if (i >= stored.size() || !stored.get(i).equals(given)) {
        throw new AppendConflictException(
            a.caseId(),
            a.expectedLast(),
            at,
            "entry " + given.sequence() + " is in the log already and differs");
      }
    }
  }

  private void write(Connection c, List<CaseAppend> appends, Map<String, Long> last)
      throws SQLException {
    if (appends.isEmpty()) {
      return;
    }
    int size = db.batchSize();
    try (Batch entries =
        new Batch(
            c,
            "INSERT INTO case_entry (" + ENTRY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            size)) {
      for (CaseAppend a : appends) {
        for (CaseEntry e : a.entries()) {
          Instant at = e.at().toInstant();
          entries.add(
              e.caseId(),
              e.sequence(),
              e.at().toString(),
              at.getEpochSecond(),
              at.getNano(),
              e.kind().code(),
              e.actor(),
              e.state().code(),
              e.grid().value(),
              e.assignee().orElse(null),
              Json.strings(e.departments()),
              db.protector().protectText(DETAIL, e.detail()));
        }
      }
    }
    try (Batch insert =
            new Batch(
                c,
                "INSERT INTO case_summary (case_id, grid, state, assignee, departments,"
                    + " opened_text, opened_second, opened_nano, last_text, last_sequence)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)",
                size);
        Batch update =
            new Batch(
                c,
                "UPDATE case_summary SET grid = ?, state = ?, assignee = ?, departments = ?,"
                    + " last_text = ?, last_sequence = ? WHERE case_id = ?",
                size);
        Batch dropDepartments =
            new Batch(c, "DELETE FROM case_department WHERE case_id = ?", size);
        Batch addDepartment =
            new Batch(c, "INSERT INTO case_department (department, case_id) VALUES (?,?)", size)) {
      for (CaseAppend a : appends) {
        CaseEntry end = a.entries().get(a.entries().size() - 1);
        String departments = Json.strings(end.departments());
        if (last.containsKey(a.caseId())) {
          update.add(
              end.grid().value(),
              end.state().code(),
              end.assignee().orElse(null),
              departments,
              end.at().toString(),
              end.sequence(),
              a.caseId());
          dropDepartments.add(a.caseId());
        } else {
          CaseEntry first = a.entries().get(0);
          Instant opened = first.at().toInstant();
          insert.add(
              a.caseId(),
              end.grid().value(),
              end.state().code(),
              end.assignee().orElse(null),
              departments,
              first.at().toString(),
              opened.getEpochSecond(),
              opened.getNano(),
              end.at().toString(),
              end.sequence());
        }
      }
      insert.flush();
      update.flush();
      dropDepartments.flush();
      for (CaseAppend a : appends) {
        CaseEntry end = a.entries().get(a.entries().size() - 1);
        for (String d : new LinkedHashSet<>(end.departments())) {
          addDepartment.add(d, a.caseId());
        }
      }
    }
  }

  @Override
  public long lastSequence(String caseId) {
    requireNonNull(caseId, "caseId");
    return db.read(
        "reading the last sequence of case " + caseId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT last_sequence FROM case_summary WHERE case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          }
        });
  }

  @Override
  public ImmutableMap<String, Long> lastSequences(Collection<String> caseIds) {
    requireNonNull(caseIds, "caseIds");
    List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(caseIds));
    if (ids.isEmpty()) {
      return ImmutableMap.of();
    }
    return db.read(
        "reading the last sequences of " + ids.size() + " cases",
        c -> {
          ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
          Db.selectIn(
              c,
              "SELECT case_id, last_sequence FROM case_summary WHERE case_id",
              ids,
              "",
              rs -> out.put(rs.getString(1), rs.getLong(2)));
          return out.buildOrThrow();
        });
  }

  @Override
  public ImmutableList<CaseEntry> history(String caseId) {
    requireNonNull(caseId, "caseId");
    return db.read("reading the log of case " + caseId, c -> entries(c, caseId, 1, Long.MAX_VALUE));
  }

  private ImmutableList<CaseEntry> entries(Connection c, String caseId, long from, long to)
      throws SQLException {
    ImmutableList.Builder<CaseEntry> out = ImmutableList.builder();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + ENTRY_COLUMNS
                + " FROM case_entry WHERE case_id = ? AND sequence BETWEEN ? AND ?"
                + " ORDER BY sequence")) {
      ps.setString(1, caseId);
      ps.setLong(2, from);
      ps.setLong(3, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String what = "case " + caseId + ", entry " + rs.getLong(2);
          out.add(
              new CaseEntry(
                  rs.getString(1),
                  rs.getLong(2),
                  OffsetDateTime.parse(rs.getString(3)),
                  CaseEntry.Kind.ofCode(rs.getString(6)),
                  rs.getString(7),
                  CaseState.fromCode(rs.getString(8)),
                  GridCode.parse(rs.getString(9)),
                  Optional.ofNullable(rs.getString(10)),
                  Json.strings(rs.getString(11), what),
                  db.protector().revealText(DETAIL, rs.getString(12))));
        }
      }
    }
    return out.build();
  }

  @Override
  public Page<CaseSummary> query(Scope scope, CaseQuery query, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    Where where = where(scope, query);
    Optional<Cursor> after = page.after().map(Cursor::parse);
    if (after.isPresent()) {
      Cursor k = after.get();
      where.and(
          "(s.opened_second > ? OR (s.opened_second = ? AND (s.opened_nano > ? OR"
              + " (s.opened_nano = ? AND s.case_id > ?))))",
          k.second(),
          k.second(),
          k.nano(),
          k.nano(),
          k.caseId());
    }
    return db.read(
        "listing cases",
        c -> {
          List<CaseSummary> items = new ArrayList<>();
          List<Cursor> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.case_id, s.grid, s.state, s.assignee, s.departments, s.opened_text,"
                      + " s.last_text, s.last_sequence, s.opened_second, s.opened_nano"
                      + " FROM case_summary s"
                      + where.sql()
                      + ORDER
                      + " FETCH FIRST "
                      + (page.limit() + 1)
                      + " ROWS ONLY")) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(summary(rs));
                keys.add(new Cursor(rs.getLong(9), rs.getInt(10), rs.getString(1)));
              }
            }
          }
          if (items.size() <= page.limit()) {
            return new Page<>(ImmutableList.copyOf(items), Optional.<String>empty());
          }
          return new Page<>(
              ImmutableList.copyOf(items.subList(0, page.limit())),
              Optional.of(keys.get(page.limit() - 1).text()));
        });
  }

  @Override
  public long count(Scope scope, CaseQuery query) {
    requireNonNull(scope, "scope");
    requireNonNull(query, "query");
    Where where = where(scope, query);
    return db.read(
        "counting cases",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM case_summary s" + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static CaseSummary summary(ResultSet rs) throws SQLException {
    String caseId = rs.getString(1);
    return new CaseSummary(
        caseId,
        GridCode.parse(rs.getString(2)),
        CaseState.fromCode(rs.getString(3)),
        Optional.ofNullable(rs.getString(4)),
        Json.strings(rs.getString(5), "case " + caseId),
        OffsetDateTime.parse(rs.getString(6)),
        OffsetDateTime.parse(rs.getString(7)),
        rs.getLong(8));
  }

  /** The scope and the query as one SQL condition: the scope is enforced by the database. */
  private static Where where(Scope scope, CaseQuery query) {
    Where w = new Where();
    switch (scope.kind()) {
      case EVERYTHING -> {
        // No condition: the caller has said why it sees everything.
      }
      case GRIDS -> {
        List<String> ors = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (GridCode g : scope.grids()) {
          // Codes are digits and E: no LIKE wildcard to escape. The prefix takes in the grid
          // itself and every grid whose code extends it.
          ors.add("s.grid LIKE ?");
          args.add(g.value() + "%");
        }
        w.and("(" + String.join(" OR ", ors) + ")", args.toArray());
      }
      case NOTHING -> w.and("1 = 0");
      case DEPARTMENTS -> {
        Set<String> ds = new HashSet<>(scope.departments());
        w.and(
            "EXISTS (SELECT 1 FROM case_department d WHERE d.case_id = s.case_id AND"
                + " d.department IN ("
                + String.join(",", Collections.nCopies(ds.size(), "?"))
                + "))",
            ds.toArray());
      }
    }
    query.grid().ifPresent(g -> w.and("s.grid LIKE ?", g.value() + "%"));
    query.state().ifPresent(s -> w.and("s.state = ?", s.code()));
    query.assignee().ifPresent(a -> w.and("s.assignee = ?", a));
    query
        .department()
        .ifPresent(
            d ->
                w.and(
                    "EXISTS (SELECT 1 FROM case_department d WHERE d.case_id = s.case_id AND"
                        + " d.department = ?)",
                    d));
    query
        .openedFrom()
        .ifPresent(
            f ->
                w.and(
                    "(s.opened_second > ? OR (s.opened_second = ? AND s.opened_nano >= ?))",
                    f.getEpochSecond(),
                    f.getEpochSecond(),
                    f.getNano()));
    query
        .openedBefore()
        .ifPresent(
            b ->
                w.and(
                    "(s.opened_second < ? OR (s.opened_second = ? AND s.opened_nano < ?))",
                    b.getEpochSecond(),
                    b.getEpochSecond(),
                    b.getNano()));
    return w;
  }

  /** A {@code WHERE} clause and its arguments. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    void and(String condition, Object... values) {
      conditions.add(condition);
      Collections.addAll(args, values);
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(PreparedStatement ps) throws SQLException {
      for (int i = 0; i < args.size(); i++) {
        Object v = args.get(i);
        if (v instanceof Long n) {
          ps.setLong(i + 1, n);
        } else if (v instanceof Integer n) {
          ps.setInt(i + 1, n);
        } else {
          ps.setString(i + 1, (String) v);
        }
      }
    }
  }

  /** Where a page ended: the last case's opening instant and id. */
  private record Cursor(long second, int nano, String caseId) {

    String text() {
      String plain = second + ":" + nano + ":" + caseId;
      return CURSOR_PREFIX
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor parse(String text) {
      @Nullable Cursor c = tryParse(text);
      if (c == null) {
        throw new IllegalArgumentException(
            "page cursor \"" + text + "\" is not one this store gave");
      }
      return c;
    }

    private static @Nullable Cursor tryParse(String text) {
      if (!text.startsWith(CURSOR_PREFIX)) {
        return null;
      }
      try {
        String plain =
            new String(
                Base64.getUrlDecoder().decode(text.substring(CURSOR_PREFIX.length())),
                StandardCharsets.UTF_8);
        String[] parts = plain.split(":", 3);
        if (parts.length != 3 || parts[2].isEmpty()) {
          return null;
        }
        long second = Long.parseLong(parts[0]);
        int nano = Integer.parseInt(parts[1]);
        if (nano < 0 || nano > 999_999_999) {
          return null;
        }
        return new Cursor(second, nano, parts[2]);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
