package org.gridgov.spi.store;

/**
 * What a community runs on day to day, kept: the grid tree as dated versions, the residents merged
 * from many apps, the cases' logs, and (since 1.1) the notifications' delivery records and dead
 * letters. Each method is one transaction where the backend has transactions: it happens whole or
 * not at all, and once it returns it is durable (for a durable backend).
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

  /**
   * The notifications that finally failed. A store built against SPI 1.0 keeps none: this default
   * throws, and the library then logs each dead letter as an error instead of keeping it.
   *
   * @throws UnsupportedOperationException when the store keeps no dead letters
   * @since 1.1
   */
  default DeadLetters deadLetters() {
    throw new UnsupportedOperationException(
        describe() + " keeps no dead letters (a store built against grid-spi 1.0)");
  }

  /**
   * The delivery records of notifications, per case. A store built against SPI 1.0 keeps none: this
   * default throws, and the library then logs each delivery instead of keeping it.
   *
   * @throws UnsupportedOperationException when the store keeps no delivery records
   * @since 1.1
   */
  default DeliveryLog deliveries() {
    throw new UnsupportedOperationException(
        describe() + " keeps no delivery records (a store built against grid-spi 1.0)");
  }

  /**
   * The audit of reads of sensitive fields. A store built against SPI 1.1 or earlier keeps none:
   * this default throws.
   *
   * @throws UnsupportedOperationException when the store keeps no audit of reads
   * @since 1.2
   */
  default ReadLog reads() {
    throw new UnsupportedOperationException(
        describe() + " keeps no audit of reads (a store built against grid-spi 1.1 or earlier)");
  }

  /**
   * Rewrites under the current key every value the store protects at rest (ID and phone numbers,
   * {@link GoldenResident#PROTECTED_FIELDS}) that is stored in the clear, by an earlier version, or
   * under an older key, so that the old key can be retired (docs/security.md). Safe to run at any
   * time and again; values are readable throughout. A store that keeps nothing at rest returns 0.
   *
   * @return how many values or rows were rewritten; 0 when everything is under the current key
   * @throws StoreException when the store has no key to write with
   * @since 1.2
   */
  default long reencrypt() {
    return 0;
  }

  /** Where the store is, for people: its URL without password. */
  String describe();

  /** Releases everything the store holds. Closing twice does nothing. */
  @Override
  void close();
}
