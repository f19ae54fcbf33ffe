package org.gridgov.spi.store;

import java.util.Optional;

/**
 * The notifications that finally failed (dead letters), oldest first, until someone sends them
 * again or drops them.
 *
 * @since 1.1
 */
public interface DeadLetters {

  /**
   * Keeps a dead letter. Idempotent: adding one whose id is kept already changes nothing.
   *
   * @throws StoreException when it cannot be written
   */
  void add(DeadLetter letter);

  /** A dead letter by id. */
  Optional<DeadLetter> get(String id);

  /**
   * The dead letters, oldest first (by id when two failed at one millisecond), one page at a time.
   *
   * @throws IllegalArgumentException when the page's cursor is not one this store gave
   */
  Page<DeadLetter> list(PageRequest page);

  /** How many dead letters are kept. */
  long count();

  /** Drops a dead letter (sent again, or given up); whether it was kept. */
  boolean remove(String id);
}
