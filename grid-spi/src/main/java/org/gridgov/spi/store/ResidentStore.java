package org.gridgov.spi.store;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;

/**
 * Residents as golden records (the dedup engine's output) with every field's provenance, and the
 * source records behind them.
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

  /** The golden record with this id. */
  Optional<GoldenResident> resident(String residentId);

  /** The golden record a source record was merged into. */
  Optional<GoldenResident> byRecord(String recordId);

  /**
   * The golden records whose {@value GoldenResident#ID_NUMBER} field is exactly {@code idNumber}
   * (normally one; several when a merge kept two people apart that share a number).
   */
  ImmutableList<GoldenResident> byIdNumber(String idNumber);

  /** A source record. */
  Optional<SourceRecord> record(String recordId);

  /** How many golden records are stored. */
  long count();
}
