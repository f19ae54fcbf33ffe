package org.gridgov.spi.store;

/**
 * The audit of reads (since 1.2): the store writes a {@link ReadRecord} for every resident or
 * source record a scoped read of {@link ResidentStore} returns with a sensitive field ({@link
 * ReadRecord#AUDITED}), in the same transaction as the read, and lists them like cases: within the
 * reader's scope, oldest first, one page at a time.
 */
public interface ReadLog {

  /**
   * The records within {@code scope} ({@link ReadRecord#within(Scope)}), oldest first (in the order
   * written), one page at a time.
   *
   * @throws IllegalArgumentException when the page's cursor is not one this store gave
   */
  Page<ReadRecord> list(Scope scope, PageRequest page);

  /** How many records are within {@code scope}. */
  long count(Scope scope);
}
