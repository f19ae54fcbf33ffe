package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

/**
 * One field of a golden record and where it came from.
 *
 * @param value the value kept
 * @param source the app that collected it
 * @param recordId the source record it was taken from
 */
public record FieldValue(String value, String source, String recordId) {

  /** Validates the parts. */
  public FieldValue {
    requireNonNull(value, "value");
    requireNonNull(source, "source");
    requireNonNull(recordId, "recordId");
  }
}
