package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * One person, merged from the records of many apps ("collect once, use everywhere"): each field
 * with the value kept and the record it came from.
 *
 * @param residentId the golden record's id, unique in the store
 * @param fields the fields, by name ({@code name}, {@code id_number}, {@code phone}, …)
 * @param recordIds the source records merged into it, at least one
 */
public record GoldenResident(
    String residentId, ImmutableMap<String, FieldValue> fields, ImmutableList<String> recordIds) {

  /** The field that holds the identity number, by which residents are looked up. */
  public static final String ID_NUMBER = "id_number";

  /** Validates the parts. */
  public GoldenResident {
    requireNonNull(residentId, "residentId");
    requireNonNull(fields, "fields");
    requireNonNull(recordIds, "recordIds");
    if (residentId.isBlank()) {
      throw new IllegalArgumentException("a golden record has no id");
    }
    if (recordIds.isEmpty()) {
      throw new IllegalArgumentException("golden record " + residentId + " has no source record");
    }
  }

  /** The value of a field, if the record has it. */
  public Optional<String> value(String field) {
    return Optional.ofNullable(fields.get(field)).map(FieldValue::value);
  }

  @Override
  public String toString() {
    return "GoldenResident[" + residentId + ", " + recordIds.size() + " records]";
  }
}
