package org.gridgov.plugins.store.jdbc;

import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.tck.GridStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on an embedded H2 file database against the compatibility kit. */
class JdbcH2StoreTest extends GridStoreContract {

  @TempDir Path dir;

  private int opened;
  private StoreConfig last;

  @Override
  protected GridStore createStore() {
    last = StoreConfig.of("jdbc:h2:file:" + dir.resolve("grid" + ++opened));
    return new JdbcStoreProvider().open(last);
  }

  @Override
  protected Optional<GridStore> reopenStore() {
    return Optional.of(new JdbcStoreProvider().open(last));
  }
}
