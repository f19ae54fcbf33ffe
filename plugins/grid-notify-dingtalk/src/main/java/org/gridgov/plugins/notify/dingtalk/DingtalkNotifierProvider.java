package org.gridgov.plugins.notify.dingtalk;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;

/**
 * Makes DingTalk robot notifiers. Settings: {@code url} (default {@value #DEFAULT_URL}), {@code
 * format} ({@code text}, the default, or {@code markdown}; both mention the recipient by mobile
 * number), {@code language} ({@code zh-CN}, the default, or {@code en}), {@code timeout_ms}
 * (default 10000). Secrets: {@code access_token} (required, from the robot's webhook address) and
 * {@code secret} (the {@code SEC…} string of the robot's signing security setting; when given,
 * every request is signed).
 */
public final class DingtalkNotifierProvider implements NotifierProvider {

  /** The robot API's address. */
  public static final String DEFAULT_URL = "https://oapi.dingtalk.com/robot/send";

  /** Needed by {@link java.util.ServiceLoader}. */
  public DingtalkNotifierProvider() {}

  @Override
  public String name() {
    return "dingtalk";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "DingTalk (钉钉) custom robot webhook, signed";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    return new DingtalkNotifier(
        url(config),
        config.requireSecret("access_token"),
        config.secret("secret").filter(s -> !s.isBlank()),
        choice(config, "format", "text", "markdown").equals("markdown"),
        choice(config, "language", "zh-CN", "en").equals("en") ? Locale.ENGLISH : Locale.CHINESE,
        Duration.ofMillis(millis(config)),
        Clock.systemUTC());
  }

  private static URI url(NotifierConfig config) {
    String text = config.property("url", DEFAULT_URL);
    try {
      URI u = new URI(text);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null
          && u.getRawQuery() == null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "notifier "
            + config.name()
            + ": the property \"url\" is not an http(s) URL without a query (the access token is a"
            + " secret: give it as the secret \"access_token\")");
  }

  private static String choice(NotifierConfig config, String key, String first, String second) {
    String v = config.property(key, first);
    if (!v.equals(first) && !v.equals(second)) {
      throw new IllegalArgumentException(
          "notifier "
              + config.name()
              + ": the property \""
              + key
              + "\" is \""
              + v
              + "\", expected "
              + first
              + " or "
              + second);
    }
    return v;
  }

  private static long millis(NotifierConfig config) {
    String text = config.property("timeout_ms", "10000");
    try {
      long v = Long.parseLong(text.strip());
      if (v >= 1 && v <= 600_000) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "notifier "
            + config.name()
            + ": the property \"timeout_ms\" is \""
            + text
            + "\", expected milliseconds from 1 to 600000");
  }
}
