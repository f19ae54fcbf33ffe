package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * Where and how to open a store.
 *
 * @param url the location, such as {@code jdbc:h2:file:/var/lib/gridgov/grid} or {@code memory:}
 * @param user the user, empty when the URL or the backend needs none
 * @param password the password, empty when none; never shown by {@link #toString()}
 * @param properties settings particular to a plugin (pool size, …), documented by the plugin
 */
public record StoreConfig(
    String url, String user, String password, ImmutableMap<String, String> properties) {

  /** Validates the parts. */
  public StoreConfig {
    requireNonNull(url, "url");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    requireNonNull(properties, "properties");
    if (url.isBlank()) {
      throw new IllegalArgumentException("a store URL is empty");
    }
  }

  /** A store at {@code url} with no user, password or properties. */
  public static StoreConfig of(String url) {
    return new StoreConfig(url, "", "", ImmutableMap.of());
  }

  /** A plugin's setting, or {@code fallback} when not given. */
  public String property(String key, String fallback) {
    return properties.getOrDefault(key, fallback);
  }

  /** The URL with any password in it replaced by {@code ***}, for messages and logs. */
  public String redactedUrl() {
    return redact(url);
  }

  /**
   * A URL with the values of its {@code password} parameters and the password of its user
   * information ({@code //user:secret@host}) replaced by {@code ***}.
   */
  public static String redact(String url) {
    return requireNonNull(url, "url")
        .replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("(//[^/:@]+:)[^@/]*@", "$1***@");
  }

  @Override
  public String toString() {
    return "StoreConfig[" + redactedUrl() + (user.isEmpty() ? "" : ", user " + user) + "]";
  }
}
