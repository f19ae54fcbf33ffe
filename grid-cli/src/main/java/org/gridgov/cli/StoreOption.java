package org.gridgov.cli;

import java.nio.file.Path;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.gridgov.spi.store.Stores;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --store URL}: where cases, tree versions and residents are kept. Without it, the embedded
 * H2 database in the data folder ({@code $GRIDGOV_HOME}, else {@code ~/.gridgov}); the user and
 * password of a server come from {@code GRIDGOV_STORE_USER} and {@code GRIDGOV_STORE_PASSWORD}, so
 * that they stay out of the command line and the shell's history.
 */
final class StoreOption {

  /** A system property that replaces the default URL: the CLI's tests keep their stores apart. */
  static final String DEFAULT_PROPERTY = "gridgov.store";

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "Where to keep cases, tree versions and residents: a JDBC URL (jdbc:h2:file:PATH,"
              + " jdbc:postgresql://HOST/DB) or memory:. Default: the embedded H2 store in"
              + " $GRIDGOV_HOME or ~/.gridgov (docs/spi.md). Credentials: GRIDGOV_STORE_USER,"
              + " GRIDGOV_STORE_PASSWORD.")
  @Nullable String url;

  /** The URL to open: the one given, else the default. */
  String url() {
    return url != null ? url : defaultUrl();
  }

  /** The default store's URL. */
  static String defaultUrl() {
    String override = System.getProperty(DEFAULT_PROPERTY);
    if (override != null && !override.isBlank()) {
      return override;
    }
    return "jdbc:h2:file:" + dataFolder().resolve("store").resolve("grid").toAbsolutePath();
  }

  /** The data folder: {@code $GRIDGOV_HOME}, else {@code ~/.gridgov}. */
  static Path dataFolder() {
    String home = System.getenv("GRIDGOV_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(System.getProperty("user.home"), ".gridgov");
  }

  /** Opens the store with the plugins on the class path. */
  GridStore open() {
    String user = System.getenv("GRIDGOV_STORE_USER");
    String password = System.getenv("GRIDGOV_STORE_PASSWORD");
    StoreConfig config =
        new StoreConfig(
            url(),
            user == null ? "" : user,
            password == null ? "" : password,
            com.google.common.collect.ImmutableMap.of());
    return Stores.open(Plugins.load(), config);
  }
}
