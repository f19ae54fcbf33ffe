package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to make one notifier: its name in the notification configuration, its settings and its
 * secrets. Secrets (robot keys, signing secrets, tokens) are kept apart from the settings so that
 * {@link #toString()} and error messages can show the settings and never a secret.
 *
 * @param name the notifier's name in the configuration ({@code grid-robot}), for messages and
 *     delivery records: lower-case letters, digits, {@code .}, {@code _} and {@code -}
 * @param properties the plugin's settings (URL, time-outs, …), documented by the plugin
 * @param secrets the plugin's secrets, documented by the plugin; never shown
 * @since 1.1
 */
public record NotifierConfig(
    String name, ImmutableMap<String, String> properties, ImmutableMap<String, String> secrets) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** Validates the parts. */
  public NotifierConfig {
    requireNonNull(name, "name");
    requireNonNull(properties, "properties");
    requireNonNull(secrets, "secrets");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a notifier name is lower-case letters, digits, ., _ and -, at most 64: \""
              + name
              + "\"");
    }
  }

  /** A configuration with settings and no secrets. */
  public static NotifierConfig of(String name, ImmutableMap<String, String> properties) {
    return new NotifierConfig(name, properties, ImmutableMap.of());
  }

  /** A setting, if given. */
  public Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(requireNonNull(key, "key")));
  }

  /** A setting, or {@code fallback} when not given. */
  public String property(String key, String fallback) {
    return properties.getOrDefault(requireNonNull(key, "key"), fallback);
  }

  /**
   * A setting that must be given.
   *
   * @throws IllegalArgumentException naming the notifier and the setting when it is missing or
   *     blank
   */
  public String requireProperty(String key) {
    String v = properties.get(requireNonNull(key, "key"));
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(
          "notifier " + name + ": the property \"" + key + "\" is missing");
    }
    return v;
  }

  /** A secret, if given. */
  public Optional<String> secret(String key) {
    return Optional.ofNullable(secrets.get(requireNonNull(key, "key")));
  }

  /**
   * A secret that must be given.
   *
   * @throws IllegalArgumentException naming the notifier and the secret (not its value) when it is
   *     missing or blank
   */
  public String requireSecret(String key) {
    String v = secrets.get(requireNonNull(key, "key"));
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(
          "notifier " + name + ": the secret \"" + key + "\" is missing");
    }
    return v;
  }

  /** The name, the settings and the names of the secrets, each secret's value as {@code ***}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("NotifierConfig[").append(name).append(", ");
    s.append(properties);
    if (!secrets.isEmpty()) {
      s.append(", secrets {");
      s.append(String.join("=***, ", secrets.keySet())).append("=***}");
    }
    return s.append(']').toString();
  }
}
