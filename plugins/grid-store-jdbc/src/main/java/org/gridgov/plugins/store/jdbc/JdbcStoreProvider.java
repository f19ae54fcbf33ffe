package org.gridgov.plugins.store.jdbc;

import static java.util.Objects.requireNonNull;

import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreProvider;

/**
 * The JDBC store plugin ({@code jdbc}): grid tree versions, golden residents and case logs in an
 * embedded H2 file database ({@code jdbc:h2:file:/var/lib/gridgov/grid}) or a PostgreSQL server
 * ({@code jdbc:postgresql://host:5432/gridgov}). Opening a store creates its tables, or upgrades
 * them in place with the migrations this version brings; it never drops anything.
 *
 * <p>Properties of {@link StoreConfig#properties()}:
 *
 * <ul>
 *   <li>{@value JdbcGridStore#POOL_SIZE}: the most connections held at once (default {@value
 *       JdbcGridStore#DEFAULT_POOL_SIZE});
 *   <li>{@value JdbcGridStore#CONNECTION_TIMEOUT}: how long, in milliseconds, an operation waits
 *       for a free connection or for the database to answer a new one (default {@value
 *       JdbcGridStore#DEFAULT_CONNECTION_TIMEOUT});
 *   <li>{@value JdbcGridStore#BATCH_SIZE}: rows sent per JDBC batch on bulk loads (default {@value
 *       JdbcGridStore#DEFAULT_BATCH_SIZE}).
 * </ul>
 */
public final class JdbcStoreProvider implements StoreProvider {

  /** Found by {@link java.util.ServiceLoader}: does no work. */
  public JdbcStoreProvider() {}

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public String requestedSpiVersion() {
    return "1.2";
  }

  @Override
  public String description() {
    return "JDBC store: an embedded H2 file database or a PostgreSQL server";
  }

  @Override
  public boolean accepts(String url) {
    requireNonNull(url, "url");
    return Dialect.of(url).isPresent();
  }

  @Override
  public GridStore open(StoreConfig config) {
    requireNonNull(config, "config");
    return JdbcGridStore.open(config);
  }
}
