package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * A record as one app collected it, behind a golden record.
 *
 * @param recordId its id, unique in the store
 * @param source the app
 * @param fields its fields as collected, by name
 */
public record SourceRecord(String recordId, String source, ImmutableMap<String, String> fields) {

  /** Validates the parts. */
  public SourceRecord {
    requireNonNull(recordId, "recordId");
    requireNonNull(source, "source");
    requireNonNull(fields, "fields");
    if (recordId.isBlank()) {
      throw new IllegalArgumentException("a source record has no id");
    }
  }

  @Override
  public String toString() {
    // Fields hold ID and phone numbers: a record is shown by id and source only.
    return "SourceRecord[" + recordId + " from " + source + ", " + fields.size() + " fields]";
  }
}
