package org.gridgov.plugins.store.jdbc;

import java.util.Optional;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.tck.GridStoreContract;

/**
 * The JDBC store on PostgreSQL against the compatibility kit: the server of {@code GRIDGOV_PG_URL},
 * or a throw-away one (see {@link TestPostgres}); each store a schema of its own.
 */
class JdbcPostgresStoreTest extends GridStoreContract {

  private StoreConfig last;

  @Override
  protected GridStore createStore() {
    last = TestPostgres.get().newStore();
    return new JdbcStoreProvider().open(last);
  }

  @Override
  protected Optional<GridStore> reopenStore() {
    return Optional.of(new JdbcStoreProvider().open(last));
  }
}
