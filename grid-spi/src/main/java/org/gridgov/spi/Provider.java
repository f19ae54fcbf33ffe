package org.gridgov.spi;

/**
 * What every plugin tells the loader about itself: its name, its priority and the version of this
 * SPI it was built against. Each extension point has its own sub-interface ({@code StoreProvider},
 * …) listed in a {@code META-INF/services} file of the plugin's jar, and {@link Plugins} finds it
 * with {@link java.util.ServiceLoader}.
 *
 * <p>Implementations must have a public no-argument constructor that does no work that can fail:
 * open connections and read files when the plugin is used, not when it is found. A constructor that
 * throws anyway does not stop the others from loading; {@link Plugins} reports it.
 */
public interface Provider {

  /**
   * The plugin's name, unique within its kind: lower-case letters, digits, {@code .}, {@code _} and
   * {@code -}, at most 64 ({@code memory}, {@code jdbc}, a rule's id {@code size.micro}). Users
   * select a plugin by it, so it is part of the plugin's contract.
   */
  String name();

  /**
   * Which plugin wins when several of one kind are found and the user names none: the highest
   * priority. The built-in plugins use 0 (the in-memory store, the notifiers that need settings),
   * 10 (the log notifier), 100 (the JDBC store); a vendor's plugin that should replace them by
   * default returns more.
   */
  default int priority() {
    return 0;
  }

  /**
   * The version of the SPI this plugin was compiled against, as {@code major.minor} ({@code
   * "1.0"}); return the constant {@link SpiVersion#CURRENT} of the SPI you build with, written as a
   * literal so that it keeps the version of that build ({@code return "1.0";}). The loader refuses
   * a plugin whose major version differs from its own, or whose minor version is newer (SLF4J 2's
   * {@code getRequestedApiVersion()} does the same).
   */
  String requestedSpiVersion();

  /** A line for people: what the plugin does. By default its class name. */
  default String description() {
    return getClass().getName();
  }
}
