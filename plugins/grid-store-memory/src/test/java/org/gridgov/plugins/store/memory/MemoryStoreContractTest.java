package org.gridgov.plugins.store.memory;

import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.tck.GridStoreContract;

/** The in-memory store against the compatibility kit. */
class MemoryStoreContractTest extends GridStoreContract {

  @Override
  protected GridStore createStore() {
    return new MemoryStoreProvider().open(StoreConfig.of("memory:"));
  }
}
