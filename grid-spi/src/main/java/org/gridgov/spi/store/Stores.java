package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import java.util.stream.Collectors;
import org.gridgov.spi.PluginException;
import org.gridgov.spi.Plugins;

/** Opens a store by its URL, with the storage plugin that accepts it. */
public final class Stores {

  private Stores() {}

  /**
   * Opens the store at {@code config}'s URL with the usable store plugin of the highest priority
   * that accepts it.
   *
   * @throws PluginException {@code MISSING} when no plugin accepts the URL: the message names the
   *     artifact that would ({@code org.gridgov:grid-store-jdbc} for a {@code jdbc:} URL) and the
   *     plugins found
   * @throws StoreException when the plugin cannot open the store
   */
  public static GridStore open(Plugins plugins, StoreConfig config) {
    requireNonNull(plugins, "plugins");
    requireNonNull(config, "config");
    var all = plugins.all(StoreProvider.POINT);
    for (StoreProvider p : all) {
      if (p.accepts(config.url())) {
        return p.open(config);
      }
    }
    String url = config.redactedUrl();
    String hint =
        config.url().startsWith("jdbc:")
            ? "add the dependency " + StoreProvider.POINT.artifacts().get("jdbc")
            : config.url().startsWith("memory:")
                ? "add the dependency " + StoreProvider.POINT.artifacts().get("memory")
                : "store URLs start with memory: or jdbc:h2: or jdbc:postgresql:, or a vendor's own";
    throw new PluginException(
        PluginException.Reason.MISSING,
        "no store plugin accepts the URL "
            + url
            + "; "
            + hint
            + "; store plugins found: "
            + (all.isEmpty()
                ? "none"
                : all.stream().map(StoreProvider::name).collect(Collectors.joining(", "))),
        null);
  }
}
