package org.gridgov.spi.notify;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
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

  /**
   * An http(s) URL setting, if given: an absolute {@code http} or {@code https} URL with a host.
   * The message never shows the value, since a URL may carry a token.
   *
   * @throws IllegalArgumentException {@code notifier <name>: the property "<key>" is not an http(s)
   *     URL} when given and not such a URL
   */
  public Optional<URI> httpUrl(String key) {
    Optional<String> text = property(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(text.get());
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return Optional.of(u);
      }
    } catch (URISyntaxException e) {
      // Reported below, without the text.
    }
    throw notHttpUrl(key, "");
  }

  /**
   * An http(s) URL setting without a query, if given: for a service whose token is a secret, so
   * that a token in the URL's query is refused rather than shown with the settings.
   *
   * @param key the setting
   * @param hint what to do instead, appended in brackets to the message, e.g. {@code the key is a
   *     secret: give it as the secret "key"}
   * @throws IllegalArgumentException {@code notifier <name>: the property "<key>" is not an http(s)
   *     URL without a query (<hint>)} when given and not such a URL
   */
  public Optional<URI> httpUrlWithoutQuery(String key, String hint) {
    requireNonNull(hint, "hint");
    String refused = " without a query (" + hint + ")";
    Optional<URI> url;
    try {
      url = httpUrl(key);
    } catch (IllegalArgumentException e) {
      throw notHttpUrl(key, refused);
    }
    if (url.isPresent() && url.get().getRawQuery() != null) {
      throw notHttpUrl(key, refused);
    }
    return url;
  }

  private IllegalArgumentException notHttpUrl(String key, String more) {
    return new IllegalArgumentException(
        "notifier " + name + ": the property \"" + key + "\" is not an http(s) URL" + more);
  }

  /**
   * A setting that must be one of {@code allowed}, the first when not given.
   *
   * @param key the setting
   * @param allowed the values allowed, the default first; at least one
   * @throws IllegalArgumentException {@code notifier <name>: the property "<key>" is "<value>",
   *     expected <a> or <b>} (or {@code <a>, <b> or <c>}) when given and not allowed
   */
  public String choice(String key, String... allowed) {
    if (allowed.length == 0) {
      throw new IllegalArgumentException("choice of " + key + ": no value allowed");
    }
    String v = property(key, allowed[0]);
    if (Arrays.asList(allowed).contains(v)) {
      return v;
    }
    throw badValue(key, v, alternatives(allowed));
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  private static String alternatives(String... values) {
    int last = values.length - 1;
    if (last == 0) {
      return values[0];
    }
    return String.join(", ", Arrays.copyOf(values, last)) + " or " + values[last];
  }

  /**
   * A setting of whole milliseconds from {@code min} to {@code max}, {@code fallback} when not
   * given; surrounding white space is ignored.
   *
   * @throws IllegalArgumentException {@code notifier <name>: the property "<key>" is "<value>",
   *     expected milliseconds from <min> to <max>} when given and not such a number
   */
  public Duration millis(String key, long fallback, long min, long max) {
    String text = property(key, Long.toString(fallback));
    try {
      long v = Long.parseLong(text.strip());
      if (v >= min && v <= max) {
        return Duration.ofMillis(v);
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw badValue(key, text, "milliseconds from " + min + " to " + max);
  }

  /**
   * A setting of {@code true} or {@code false}, {@code fallback} when not given.
   *
   * @throws IllegalArgumentException {@code notifier <name>: the property "<key>" is "<value>",
   *     expected true or false} when given and neither
   */
  public boolean flag(String key, boolean fallback) {
    String v = property(key, Boolean.toString(fallback));
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw badValue(key, v, "true or false");
  }

  private IllegalArgumentException badValue(String key, String value, String expected) {
    return new IllegalArgumentException(
        "notifier "
            + name
            + ": the property \""
            + key
            + "\" is \""
            + value
            + "\", expected "
            + expected);
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
