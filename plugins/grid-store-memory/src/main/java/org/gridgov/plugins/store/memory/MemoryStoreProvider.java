package org.gridgov.plugins.store.memory;

import static java.util.Objects.requireNonNull;

import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.StoreProvider;

/**
 * Opens in-memory stores: {@code memory:} (optionally {@code memory:NAME}, for people), each {@link
 * #open} a new, empty store.
 */
public final class MemoryStoreProvider implements StoreProvider {

  /** The URL prefix this provider accepts. */
  public static final String PREFIX = "memory:";

  /** Needed by {@link java.util.ServiceLoader}. */
  public MemoryStoreProvider() {}

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public String requestedSpiVersion() {
    return "1.2";
  }

  @Override
  public String description() {
    return "in memory: nothing is kept once the store is closed";
  }

  @Override
  public boolean accepts(String url) {
    return requireNonNull(url, "url").startsWith(PREFIX);
  }

  @Override
  public GridStore open(StoreConfig config) {
    if (!accepts(config.url())) {
      throw new IllegalArgumentException("not an in-memory store URL: " + config.url());
    }
    return new MemoryStore(config.url());
  }
}
