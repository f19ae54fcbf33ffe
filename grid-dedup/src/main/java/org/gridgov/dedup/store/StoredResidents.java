package org.gridgov.dedup.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.FieldType;
import org.gridgov.dedup.GoldenRecord;
import org.gridgov.dedup.RecordSet;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.ResidentStore;
import org.gridgov.spi.store.SourceRecord;

/**
 * Saves a dedup run into a store: one golden resident per cluster (named by its cluster id), each
 * field with the value kept, its source app and its record, and every input record as a source
 * record with the fields it gave. The field of the identity-number type is saved as {@value
 * GoldenResident#ID_NUMBER} and the one of the phone type as {@value GoldenResident#PHONE} whatever
 * the config calls them ({@link #storedNames}), so that residents are found by ID number in any
 * store and a durable store protects them by type, not by the name a profile gave.
 */
public final class StoredResidents {

  /** How many golden records go in one transaction. */
  static final int BATCH = 10_000;

  private StoredResidents() {}

  /** The golden residents of a run, placed in no grid. */
  public static ImmutableList<GoldenResident> golden(DedupResult result) {
    return golden(result, Placement.NOWHERE);
  }

  /** The golden residents of a run, each placed in the grid {@code placement} finds for it. */
  static ImmutableList<GoldenResident> golden(DedupResult result, Placement placement) {
    requireNonNull(result, "result");
    RecordSet set = result.records();
    DedupConfig config = set.config();
    Map<String, String> names = storedNames(config);
    Map<String, Integer> rows = new java.util.HashMap<>();
    if (placement != Placement.NOWHERE) {
      for (int i = 0; i < set.size(); i++) {
        rows.put(set.id(i), i);
      }
    }
    List<String> addressFields = new ArrayList<>();
    for (DedupConfig.Field f : config.fields()) {
      if (f.type() == FieldType.ADDRESS) {
        addressFields.add(f.name());
      }
    }
    ImmutableList.Builder<GoldenResident> out = ImmutableList.builder();
    for (GoldenRecord g : GoldenRecord.of(result)) {
      ImmutableMap.Builder<String, FieldValue> fields = ImmutableMap.builder();
      g.fields()
          .forEach(
              (name, v) ->
                  fields.put(
                      names.getOrDefault(name, name),
                      new FieldValue(v.value(), v.source(), v.recordId())));
      GoldenResident resident =
          new GoldenResident(g.clusterId(), fields.buildOrThrow(), g.recordIds());
      Optional<String> household = resident.value(HOUSEHOLD_ID);
      // The address kept, then each record's address as entered: a household's address is
      // compared as written, not in the normal form dedup compares in.
      List<String> addresses = new ArrayList<>();
      for (String a : addressFields) {
        resident.value(a).ifPresent(addresses::add);
      }
      for (String id : g.recordIds()) {
        Integer i = rows.get(id);
        if (i != null) {
          ImmutableMap<String, String> raw = set.rawFields(i);
          for (String a : addressFields) {
            Optional.ofNullable(raw.get(a)).ifPresent(addresses::add);
          }
        }
      }
      Optional<GridCode> grid = placement.gridOf(household, addresses);
      out.add(grid.isPresent() ? resident.inGrid(grid.get()) : resident);
    }
    return out.build();
  }

  /** The field by which a golden resident names its household, when the input gives one. */
  public static final String HOUSEHOLD_ID = "household_id";

  /**
   * How many golden residents a save placed where.
   *
   * @param saved every golden resident saved
   * @param inHousehold placed in the grid of their household (found by {@value #HOUSEHOLD_ID} or by
   *     address)
   * @param atCommunity placed at the community's own grid: their household is unknown, so only
   *     callers over the whole community see them
   * @param unassigned placed in no grid (no tree, or several communities): seen only by a scope
   *     over everything
   */
  public record Saved(int saved, int inHousehold, int atCommunity, int unassigned) {}

  /**
   * Saves the run's golden residents and source records, placed in no grid (seen only by a scope
   * over everything), {@value #BATCH} golden records (and their source records) per transaction.
   *
   * @return how many golden residents were saved
   */
  public static int save(ResidentStore store, DedupResult result, Progress progress) {
    return save(store, result, List.of(), progress).saved();
  }

  /**
   * Saves the run's golden residents and source records, each resident placed in a grid of {@code
   * trees} ({@link Placement}), {@value #BATCH} golden records (and their source records) per
   * transaction.
   */
  public static Saved save(
      ResidentStore store, DedupResult result, List<GridTree> trees, Progress progress) {
    requireNonNull(store, "store");
    requireNonNull(trees, "trees");
    requireNonNull(progress, "progress");
    RecordSet set = result.records();
    Map<String, String> names = storedNames(set.config());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      index.put(set.id(i), i);
    }
    Placement placement = Placement.of(trees);
    ImmutableList<GoldenResident> golden = golden(result, placement);
    List<GoldenResident> residents = new ArrayList<>();
    List<SourceRecord> records = new ArrayList<>();
    int done = 0;
    int inHousehold = 0;
    int atCommunity = 0;
    int unassigned = 0;
    for (GoldenResident g : golden) {
      if (g.grid().isEmpty()) {
        unassigned++;
      } else if (placement.isCommunity(g.grid().get())) {
        atCommunity++;
      } else {
        inHousehold++;
      }
      residents.add(g);
      for (String id : g.recordIds()) {
        int i = requireNonNull(index.get(id), id);
        ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
        set.rawFields(i).forEach((k, v) -> fields.put(names.getOrDefault(k, k), v));
        records.add(new SourceRecord(id, set.source(i), fields.buildOrThrow()));
      }
      if (residents.size() == BATCH) {
        store.save(residents, records);
        done += residents.size();
        residents.clear();
        records.clear();
        progress.update("storing residents", done, golden.size());
      }
    }
    if (!residents.isEmpty()) {
      store.save(residents, records);
    }
    return new Saved(golden.size(), inHousehold, atCommunity, unassigned);
  }

  /**
   * Where a golden resident lives, by the grid trees of the store: the grid of its household, found
   * by its {@value #HOUSEHOLD_ID} or else by its address (equal to one household's address but for
   * spaces, and to no other's); else, when the trees cover exactly one community, that community's
   * own grid, so that members of micro and general grids do not see a resident whose home is not
   * known but the community office does; else no grid.
   */
  static final class Placement {

    static final Placement NOWHERE = new Placement(List.of());

    private final List<GridTree> trees;
    private final Map<String, GridCode> byAddress = new java.util.HashMap<>();
    private final java.util.Set<String> sharedAddresses = new java.util.HashSet<>();
    private final Optional<GridCode> community;

    private Placement(List<GridTree> trees) {
      this.trees = List.copyOf(trees);
      java.util.Set<GridCode> communities = new java.util.HashSet<>();
      for (GridTree t : this.trees) {
        t.communities().forEach(c -> communities.add(c.code()));
        for (Household h : t.households()) {
          Optional<GridCode> grid = t.gridOf(h.id()).map(Grid::code);
          String key = addressKey(h.address());
          if (grid.isEmpty() || key.isEmpty()) {
            continue;
          }
          GridCode before = byAddress.putIfAbsent(key, grid.get());
          if (before != null && !before.equals(grid.get())) {
            sharedAddresses.add(key); // two grids claim it: the address decides nothing
          }
        }
      }
      this.community =
          communities.size() == 1 ? Optional.of(communities.iterator().next()) : Optional.empty();
    }

    static Placement of(List<GridTree> trees) {
      return new Placement(trees);
    }

    Optional<GridCode> gridOf(Optional<String> household, List<String> addresses) {
      if (household.isPresent()) {
        for (GridTree t : trees) {
          Optional<Grid> g = t.gridOf(household.get());
          if (g.isPresent()) {
            return Optional.of(g.get().code());
          }
        }
      }
      for (String address : addresses) {
        String key = addressKey(address);
        GridCode g = byAddress.get(key);
        if (g != null && !sharedAddresses.contains(key)) {
          return Optional.of(g);
        }
      }
      return community;
    }

    boolean isCommunity(GridCode grid) {
      return community.isPresent() && community.get().equals(grid);
    }

    private static String addressKey(String address) {
      return address.replaceAll("\\s+", "");
    }
  }

  /**
   * The stored names of the config's identity-number and phone fields, chosen by their TYPE: a
   * store protects values by these names ({@link GoldenResident#isProtectedField}), so a profile
   * that calls its phone field {@code tel} or its ID field {@code sfzh} is still stored encrypted
   * and blind-indexed. The field of the type named {@value GoldenResident#ID_NUMBER} (or {@value
   * GoldenResident#PHONE}), else the first of the type, takes that name; every further field of the
   * type is stored as {@code id_number.NAME} (or {@code phone.NAME}). Fields derived from the ID
   * number (birth date, gender) keep their names: they are not numbers.
   */
  static Map<String, String> storedNames(DedupConfig config) {
    Map<String, String> names = new java.util.HashMap<>();
    name(config, FieldType.ID_NUMBER, GoldenResident.ID_NUMBER, names);
    name(config, FieldType.PHONE, GoldenResident.PHONE, names);
    return names;
  }

  private static void name(
      DedupConfig config, FieldType type, String canonical, Map<String, String> names) {
    List<String> ofType = new ArrayList<>();
    boolean nameTakenByOther = false;
    for (DedupConfig.Field f : config.fields()) {
      if (f.type() == type && !f.fromIdNumber()) {
        ofType.add(f.name());
      } else if (f.name().equals(canonical)) {
        nameTakenByOther = true;
      }
    }
    if (ofType.isEmpty()) {
      return;
    }
    String first = nameTakenByOther ? "" : ofType.contains(canonical) ? canonical : ofType.get(0);
    for (String n : ofType) {
      names.put(n, n.equals(first) ? canonical : canonical + "." + n);
    }
  }
}
