package org.gridgov.spi.store;

/**
 * What a community runs on day to day, kept: the grid tree as dated versions, the residents merged
 * from many apps, and the cases' logs. Each method is one transaction where the backend has
 * transactions: it happens whole or not at all, and once it returns it is durable (for a durable
 * backend).
 *
 * <p>Implementations are safe to use from many threads. {@link #close()} releases every connection,
 * file and thread; using a closed store throws {@link IllegalStateException}.
 */
public interface GridStore extends AutoCloseable {

  /** The grid trees, as versions. */
  TreeStore trees();

  /** The residents: golden records and their source records. */
  ResidentStore residents();

  /** The cases, as append-only logs. */
  CaseLog cases();

  /** Where the store is, for people: its URL without password. */
  String describe();

  /** Releases everything the store holds. Closing twice does nothing. */
  @Override
  void close();
}
