package org.gridgov.plugins.store.jdbc;

import java.util.Locale;
import java.util.Optional;

/** The databases the store runs on, told apart by the URL. */
enum Dialect {
  H2("jdbc:h2:"),
  POSTGRESQL("jdbc:postgresql:");

  private final String prefix;

  Dialect(String prefix) {
    this.prefix = prefix;
  }

  /** The dialect of a JDBC URL, empty when the store does not run there. */
  static Optional<Dialect> of(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    for (Dialect d : values()) {
      if (lower.startsWith(d.prefix)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Where this dialect's Flyway migrations are, on the class path. */
  String migrations() {
    return "classpath:org/gridgov/plugins/store/jdbc/migration/" + name().toLowerCase(Locale.ROOT);
  }
}
