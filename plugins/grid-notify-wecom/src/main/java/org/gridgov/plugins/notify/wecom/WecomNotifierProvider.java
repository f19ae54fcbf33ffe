package org.gridgov.plugins.notify.wecom;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;

/**
 * Makes WeCom group robot notifiers. Settings: {@code url} (default {@value #DEFAULT_URL}), {@code
 * format} ({@code text}, the default, which mentions the recipient by mobile number, or {@code
 * markdown}, which cannot), {@code language} ({@code zh-CN}, the default, or {@code en}), {@code
 * timeout_ms} (default 10000). Secret: {@code key}, the robot's key from its webhook address.
 */
public final class WecomNotifierProvider implements NotifierProvider {

  /** The robot API's address. */
  public static final String DEFAULT_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send";

  /** Needed by {@link java.util.ServiceLoader}. */
  public WecomNotifierProvider() {}

  @Override
  public String name() {
    return "wecom";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "WeCom (企业微信) group robot webhook";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    return new WecomNotifier(
        url(config),
        config.requireSecret("key"),
        choice(config, "format", "text", "markdown").equals("markdown"),
        choice(config, "language", "zh-CN", "en").equals("en") ? Locale.ENGLISH : Locale.CHINESE,
        Duration.ofMillis(millis(config)));
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
            + ": the property \"url\" is not an http(s) URL without a query (the key is a secret:"
            + " give it as the secret \"key\")");
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
