package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items the items, in the listing's order
 * @param next the cursor that asks for the following page, empty on the last page
 * @param <T> the items' type
 */
public record Page<T>(ImmutableList<T> items, Optional<String> next) {

  /** Validates the parts. */
  public Page {
    requireNonNull(items, "items");
    requireNonNull(next, "next");
  }
}
