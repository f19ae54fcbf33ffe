package org.gridgov.dedup.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * GoldenResident#ID_NUMBER} whatever the config calls it, so that residents are found by ID number
 * in any store.
 */
public final class StoredResidents {

  /** How many golden records go in one transaction. */
  static final int BATCH = 10_000;

  private StoredResidents() {}

  /** The golden residents of a run. */
  public static ImmutableList<GoldenResident> golden(DedupResult result) {
    requireNonNull(result, "result");
    Map<String, String> names = storedNames(result.records().config());
    ImmutableList.Builder<GoldenResident> out = ImmutableList.builder();
    for (GoldenRecord g : GoldenRecord.of(result)) {
      ImmutableMap.Builder<String, FieldValue> fields = ImmutableMap.builder();
      g.fields()
          .forEach(
              (name, v) ->
                  fields.put(
                      names.getOrDefault(name, name),
                      new FieldValue(v.value(), v.source(), v.recordId())));
      out.add(new GoldenResident(g.clusterId(), fields.buildOrThrow(), g.recordIds()));
    }
    return out.build();
  }

  /**
   * Saves the run's golden residents and source records, {@value #BATCH} golden records (and their
   * source records) per transaction.
   *
   * @return how many golden residents were saved
   */
  public static int save(ResidentStore store, DedupResult result, Progress progress) {
    requireNonNull(store, "store");
    requireNonNull(progress, "progress");
    RecordSet set = result.records();
    Map<String, String> names = storedNames(set.config());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      index.put(set.id(i), i);
    }
    ImmutableList<GoldenResident> golden = golden(result);
    List<GoldenResident> residents = new ArrayList<>();
    List<SourceRecord> records = new ArrayList<>();
    int done = 0;
    for (GoldenResident g : golden) {
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
    return golden.size();
  }

  /** The config's identity-number field, stored as {@code id_number}. */
  private static Map<String, String> storedNames(DedupConfig config) {
    Map<String, String> names = new java.util.HashMap<>();
    for (DedupConfig.Field f : config.fields()) {
      if (f.type() == FieldType.ID_NUMBER && !f.fromIdNumber()) {
        names.put(f.name(), GoldenResident.ID_NUMBER);
      }
    }
    return names;
  }
}
