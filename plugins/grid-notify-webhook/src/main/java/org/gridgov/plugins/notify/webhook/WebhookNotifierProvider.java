package org.gridgov.plugins.notify.webhook;

import java.net.URI;
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
    config.requireProperty("url"); // a missing or blank url gets its own message
    URI url = config.httpUrl("url").orElseThrow();
    Duration timeout = config.millis("timeout_ms", 10_000, 1, 600_000);
    boolean includeMobile = config.flag("include_mobile", false);
    return new WebhookNotifier(
        url, config.requireSecret("signing_key"), timeout, includeMobile, Clock.systemUTC());
  }
}
