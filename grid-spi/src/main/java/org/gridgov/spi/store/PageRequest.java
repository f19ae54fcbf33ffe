package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which page to list: at most {@code limit} items after the cursor a previous page gave.
 *
 * @param limit the most items a page holds, 1 to {@value #MAX_LIMIT}
 * @param after the previous page's {@link Page#next()} cursor; empty for the first page
 */
public record PageRequest(int limit, Optional<String> after) {

  /** The largest page. */
  public static final int MAX_LIMIT = 10_000;

  /** Validates the parts. */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " items, not " + limit);
    }
    requireNonNull(after, "after");
  }

  /** The first page of at most {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }

  /** The page after the one that gave {@code cursor}. */
  public PageRequest after(String cursor) {
    return new PageRequest(limit, Optional.of(cursor));
  }
}
