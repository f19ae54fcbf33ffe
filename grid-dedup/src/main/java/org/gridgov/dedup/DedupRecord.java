package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One input record as an app exported it.
 *
 * @param id the record's id, unique in a run
 * @param source the app it came from ({@code ""} when the layout has no source column)
 * @param values the raw value of each column by column name; a column left out is empty
 */
public record DedupRecord(String id, String source, ImmutableMap<String, String> values) {

  /** Validates the parts. */
  public DedupRecord {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(values, "values");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a record id must not be blank");
    }
  }

  /** A record from a map of column values. */
  public static DedupRecord of(String id, String source, Map<String, String> values) {
    return new DedupRecord(id, source, ImmutableMap.copyOf(values));
  }
}
