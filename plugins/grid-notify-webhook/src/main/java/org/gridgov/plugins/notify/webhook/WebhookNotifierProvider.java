package org.gridgov.plugins.notify.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;

/**
 * Makes webhook notifiers. Settings: {@code url} (required, {@code http} or {@code https}), {@code
 * timeout_ms} (the HTTP request's own bound, default 10000), {@code include_mobile} ({@code true}
 * to send recipients' mobile numbers in full, for an SMS gateway; by default masked). Secret:
 * {@code signing_key} (required), the HMAC-SHA256 key the receiver checks the signature with.
 */
public final class WebhookNotifierProvider implements NotifierProvider {

  /** Needed by {@link java.util.ServiceLoader}. */
  public WebhookNotifierProvider() {}

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "posts each notification as JSON signed with HMAC-SHA256";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    URI url = url(config, "url");
    Duration timeout = Duration.ofMillis(millis(config, "timeout_ms", 10_000));
    String flag = config.property("include_mobile", "false");
    if (!flag.equals("true") && !flag.equals("false")) {
      throw new IllegalArgumentException(
          "notifier "
              + config.name()
              + ": the property \"include_mobile\" is \""
              + flag
              + "\", expected true or false");
    }
    return new WebhookNotifier(
        url, config.requireSecret("signing_key"), timeout, flag.equals("true"), Clock.systemUTC());
  }

  static URI url(NotifierConfig config, String key) {
    String text = config.requireProperty(key);
    try {
      URI u = new URI(text);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "notifier " + config.name() + ": the property \"" + key + "\" is not an http(s) URL");
  }

  static long millis(NotifierConfig config, String key, long fallback) {
    String text = config.property(key, Long.toString(fallback));
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
            + ": the property \""
            + key
            + "\" is \""
            + text
            + "\", expected milliseconds from 1 to 600000");
  }
}
