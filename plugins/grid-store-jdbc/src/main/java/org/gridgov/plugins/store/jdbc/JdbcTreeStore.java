package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.Resident;
import org.gridgov.core.staff.GridMember;
import org.gridgov.core.staff.PartyOrganization;
import org.gridgov.spi.store.TreeStore;
import org.gridgov.spi.store.TreeVersion;
import org.jspecify.annotations.Nullable;

/**
 * Tree versions: a row per version, its communities, and a row per entity of its tree holding the
 * entity's JSON, inserted in JDBC batches.
 */
final class JdbcTreeStore implements TreeStore {

  private static final ObjectWriter GRID = Json.writer(Grid.class);
  private static final ObjectWriter HOUSEHOLD = Json.writer(Household.class);
  private static final ObjectWriter BUILDING = Json.writer(Building.class);
  private static final ObjectWriter RESIDENT = Json.writer(Resident.class);
  private static final ObjectWriter MEMBER = Json.writer(GridMember.class);
  private static final ObjectWriter PARTY = Json.writer(PartyOrganization.class);

  private static final String VERSION_COLUMNS =
      "number, effective_from, saved_at, note, grids, households, members, party_organizations";

  /** Entities per row of {@code tree_item}. */
  static final int CHUNK = 1_000;

  private final Db db;

  JdbcTreeStore(Db db) {
    this.db = db;
  }

  @Override
  public TreeVersion save(GridTree tree, LocalDate effectiveFrom, String note) {
    requireNonNull(tree, "tree");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(note, "note");
    ImmutableSortedSet<DivisionCode> communities =
        tree.communities().stream()
            .map(g -> g.code().community())
            .collect(ImmutableSortedSet.toImmutableSortedSet(DivisionCode::compareTo));
    if (communities.isEmpty()) {
      throw new IllegalArgumentException("a tree without a community grid cannot be saved");
    }
    db.checkOpen();
    return db.tx(
        "saving a grid tree",
        c -> {
          long number;
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM tree_version");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            number = rs.getLong(1);
          }
          TreeVersion v =
              new TreeVersion(
                  number,
                  communities,
                  effectiveFrom,
                  Instant.now(),
                  note,
                  tree.grids().size(),
                  tree.households().size(),
                  tree.members().size(),
                  tree.partyOrganizations().size());
          // The version's row first: a concurrent save of the same number waits here, then
          // fails on the key and runs again with the next number.
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO tree_version (" + VERSION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, v.number());
            ps.setObject(2, v.effectiveFrom());
            ps.setString(3, v.savedAt().toString());
            ps.setString(4, v.note());
            ps.setInt(5, v.grids());
            ps.setInt(6, v.households());
            ps.setInt(7, v.members());
            ps.setInt(8, v.partyOrganizations());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO tree_community (version, community) VALUES (?,?)")) {
            for (DivisionCode d : communities) {
              ps.setLong(1, number);
              ps.setString(2, d.digits());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (Items items = new Items(c, number, db.batchSize(), db.protector())) {
            items.add('G', tree.grids(), g -> g.code().value(), GRID, g -> null);
            items.add(
                'H',
                tree.households(),
                Household::id,
                HOUSEHOLD,
                h -> {
                  StringBuilder grids = new StringBuilder();
                  for (GridCode code : tree.gridsOf(h.id())) {
                    grids.append(grids.length() == 0 ? "" : " ").append(code.value());
                  }
                  return grids.toString();
                });
            items.add('B', tree.buildings(), Building::id, BUILDING, b -> null);
            items.add('R', tree.residents(), Resident::id, RESIDENT, r -> null);
            items.add('M', tree.members(), GridMember::id, MEMBER, m -> null);
            items.add('P', tree.partyOrganizations(), PartyOrganization::id, PARTY, p -> null);
          }
          return v;
        });
  }

  /**
   * The entity rows of one version: each row holds up to {@value #CHUNK} entities of one kind as a
   * JSON array (and, for households, the array of their grids), so a district of two million
   * households is two thousand rows, sent in JDBC batches.
   */
  private static final class Items implements AutoCloseable {
    private final PreparedStatement ps;
    private final long version;
    private final int batchSize;
    private final Protector protector;
    private int pending;

    Items(Connection c, long version, int batchSize, Protector protector) throws SQLException {
      this.protector = protector;
      this.ps =
          c.prepareStatement(
              "INSERT INTO tree_item (version, kind, ordinal, item_id, grids, json)"
                  + " VALUES (?,?,?,?,?,?)");
      this.version = version;
      this.batchSize = batchSize;
    }

    <T> void add(
        char kind,
        List<T> values,
        Function<T, String> id,
        ObjectWriter writer,
        Function<T, @Nullable String> grids)
        throws SQLException {
      int chunk = 0;
      for (int from = 0; from < values.size(); from += CHUNK) {
        List<T> part = values.subList(from, Math.min(values.size(), from + CHUNK));
        StringBuilder json = new StringBuilder(part.size() * 200).append('[');
        List<String> gridsOf = new ArrayList<>();
        boolean anyGrids = false;
        for (T value : part) {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(Json.write(writer, value));
          String g = grids.apply(value);
          anyGrids |= g != null;
          gridsOf.add(g == null ? "" : g);
        }
        json.append(']');
        String stored = json.toString();
        if (kind == 'R') {
          // Residents carry ID and phone numbers: their rows are kept encrypted whole.
          stored =
              protector.protectTreeResidents(
                  stored,
                  part.stream()
                      .map(Resident.class::cast)
                      .anyMatch(r -> r.idNumber().isPresent() || r.phone().isPresent()));
        }
        ps.setLong(1, version);
        ps.setString(2, String.valueOf(kind));
        ps.setInt(3, chunk++);
        ps.setString(4, id.apply(part.get(0)));
        ps.setString(5, anyGrids ? Json.strings(gridsOf) : null);
        ps.setString(6, stored);
        ps.addBatch();
        if (++pending == batchSize) {
          ps.executeBatch();
          pending = 0;
        }
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (pending > 0) {
          ps.executeBatch();
        }
      } finally {
        ps.close();
      }
    }
  }

  @Override
  public Optional<TreeVersion> versionOn(DivisionCode community, LocalDate date) {
    requireNonNull(community, "community");
    requireNonNull(date, "date");
    return db.read(
        "finding the tree version of " + community + " on " + date,
        c -> {
          long number;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.number FROM tree_version v JOIN tree_community t ON t.version ="
                      + " v.number WHERE t.community = ? AND v.effective_from <= ?"
                      + " ORDER BY v.effective_from DESC, v.number DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, community.digits());
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              number = rs.getLong(1);
            }
          }
          return Optional.of(versions(c, number).get(0));
        });
  }

  @Override
  public ImmutableList<TreeVersion> versions() {
    return db.read("listing the tree versions", c -> versions(c, 0));
  }

  /** Every version, or only the one numbered {@code only} when it is not 0. */
  private static ImmutableList<TreeVersion> versions(Connection c, long only) throws SQLException {
    String filter = only == 0 ? "" : " WHERE version = ?";
    Map<Long, ImmutableSortedSet.Builder<DivisionCode>> communities = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version, community FROM tree_community" + filter)) {
      if (only != 0) {
        ps.setLong(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          communities
              .computeIfAbsent(rs.getLong(1), k -> ImmutableSortedSet.naturalOrder())
              .add(DivisionCode.parse(rs.getString(2)));
        }
      }
    }
    List<TreeVersion> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM tree_version"
                + (only == 0 ? "" : " WHERE number = ?")
                + " ORDER BY number")) {
      if (only != 0) {
        ps.setLong(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long number = rs.getLong(1);
          ImmutableSortedSet.Builder<DivisionCode> cs = communities.get(number);
          out.add(
              new TreeVersion(
                  number,
                  cs == null ? ImmutableSortedSet.of() : cs.build(),
                  requireNonNull(rs.getObject(2, LocalDate.class)),
                  Instant.parse(rs.getString(3)),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.getInt(8)));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  @Override
  public GridTree load(TreeVersion version) {
    requireNonNull(version, "version");
    return db.read(
        "loading tree version " + version.number(),
        c -> {
          if (versions(c, version.number()).isEmpty()) {
            throw new IllegalArgumentException(
                "tree version " + version.number() + " is not in the store");
          }
          GridTree.Builder tree = GridTree.builder();
          ObjectReader grid = Json.reader(Grid.class);
          ObjectReader household = Json.reader(Household.class);
          ObjectReader building = Json.reader(Building.class);
          ObjectReader resident = Json.reader(Resident.class);
          ObjectReader member = Json.reader(GridMember.class);
          ObjectReader party = Json.reader(PartyOrganization.class);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT kind, item_id, grids, json FROM tree_item WHERE version = ?"
                      + " ORDER BY kind, ordinal")) {
            // Streams the rows (PostgreSQL reads them all first without a fetch size); a row holds
            // up to CHUNK entities.
            ps.setFetchSize(16);
            ps.setLong(1, version.number());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String kind = rs.getString(1);
                String what =
                    "tree version " + version.number() + ", items from " + rs.getString(2);
                String gridsJson = rs.getString(3);
                List<String> grids = gridsJson == null ? List.of() : Json.strings(gridsJson, what);
                String json = rs.getString(4);
                switch (kind) {
                  case "G" -> Json.each(grid, json, what, (Grid g, int i) -> tree.addGrid(g));
                  case "H" ->
                      Json.each(
                          household,
                          json,
                          what,
                          (Household h, int i) -> {
                            tree.addHousehold(h);
                            String codes = i < grids.size() ? grids.get(i) : "";
                            if (!codes.isEmpty()) {
                              for (String code : Splitter.on(' ').split(codes)) {
                                tree.assign(h.id(), GridCode.parse(code));
                              }
                            }
                          });
                  case "B" ->
                      Json.each(building, json, what, (Building b, int i) -> tree.addBuilding(b));
                  case "R" ->
                      Json.each(
                          resident,
                          db.protector().revealTreeResidents(json),
                          what,
                          (Resident r, int i) -> tree.addResident(r));
                  case "M" ->
                      Json.each(member, json, what, (GridMember m, int i) -> tree.addMember(m));
                  case "P" ->
                      Json.each(
                          party,
                          json,
                          what,
                          (PartyOrganization p, int i) -> tree.addPartyOrganization(p));
                  default ->
                      throw new org.gridgov.spi.store.StoreException(
                          what + ": unknown kind \"" + kind + "\"");
                }
              }
            }
          }
          return tree.build();
        });
  }
}
