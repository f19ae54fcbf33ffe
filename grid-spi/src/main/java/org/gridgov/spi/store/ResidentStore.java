package org.gridgov.spi.store;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;

/**
 * Residents as golden records (the dedup engine's output) with every field's provenance, and the
 * source records behind them.
 *
 * <p>Every read takes the caller's {@link Scope} and answers only what it permits ({@link
 * Scope#show(GoldenResident)}): a resident outside the scope is answered as if it were not stored
 * (so a caller cannot learn that it exists), and the special-group fields are left out unless the
 * scope grants them. A source record is within a scope when the golden record it was merged into is
 * (a record merged into none only for a scope over everything), and it too is answered without the
 * special-group fields unless the scope grants them ({@link Scope#show(SourceRecord, Optional)}).
 */
public interface ResidentStore {

  /**
   * Saves golden records and their source records, replacing those with the same ids (a new merge
   * run supersedes the last one's records). Every record id a golden record names must be among
   * {@code records} or already stored; otherwise nothing is saved.
   *
   * @throws StoreException when a golden record names an unknown record
   */
  void save(Collection<GoldenResident> residents, Collection<SourceRecord> records);

  /**
   * Removes golden records and the source records merged into them (retention: the records of
   * people who left, kept as long as the policy says). Unknown ids are passed over. The audit of
   * reads keeps its records, which name ids, not values.
   *
   * @since 1.2
   */
  void remove(Collection<String> residentIds);

  /** The golden record with this id, if within {@code scope}. */
  Optional<GoldenResident> resident(Scope scope, String residentId);

  /** The golden record a source record was merged into, if within {@code scope}. */
  Optional<GoldenResident> byRecord(Scope scope, String recordId);

  /**
   * The golden records within {@code scope} whose {@value GoldenResident#ID_NUMBER} field is
   * exactly {@code idNumber} (normally one; several when a merge kept two people apart that share a
   * number), by id.
   */
  ImmutableList<GoldenResident> byIdNumber(Scope scope, String idNumber);

  /** A source record, if within {@code scope}. */
  Optional<SourceRecord> record(Scope scope, String recordId);

  /**
   * The golden records within {@code scope}, by id, one page at a time. The scope is applied on
   * every page, so a cursor taken under a wider scope lists nothing outside this one.
   *
   * @throws IllegalArgumentException when the page's cursor is not one this store gave
   */
  Page<GoldenResident> list(Scope scope, PageRequest page);

  /** How many golden records are within {@code scope}. */
  long count(Scope scope);
}
