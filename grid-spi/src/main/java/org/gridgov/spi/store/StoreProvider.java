package org.gridgov.spi.store;

import org.gridgov.spi.ExtensionPoint;
import org.gridgov.spi.Provider;

/**
 * A storage plugin: opens a {@link GridStore} at a location given as a URL. List the class in
 * {@code META-INF/services/org.gridgov.spi.store.StoreProvider}.
 */
public interface StoreProvider extends Provider {

  /** The store extension point, with the artifacts of the built-in stores. */
  ExtensionPoint<StoreProvider> POINT =
      new ExtensionPoint<>(
          StoreProvider.class,
          "store",
          com.google.common.collect.ImmutableMap.of(
              "memory", "org.gridgov:grid-store-memory",
              "jdbc", "org.gridgov:grid-store-jdbc"));

  /**
   * Whether this plugin opens stores at {@code url}: {@code memory:} for the in-memory store,
   * {@code jdbc:h2:…} and {@code jdbc:postgresql:…} for the JDBC store. Must not connect.
   */
  boolean accepts(String url);

  /**
   * Opens (creating or upgrading it as needed) the store described by {@code config}.
   *
   * @throws StoreException when it cannot be opened: the message names the URL (without its
   *     password) and why
   */
  GridStore open(StoreConfig config);
}
