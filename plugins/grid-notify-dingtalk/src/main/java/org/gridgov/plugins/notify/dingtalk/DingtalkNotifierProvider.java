package org.gridgov.plugins.notify.dingtalk;

import java.net.URI;
import java.time.Clock;
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
        config.choice("format", "text", "markdown").equals("markdown"),
        config.choice("language", "zh-CN", "en").equals("en") ? Locale.ENGLISH : Locale.CHINESE,
        config.millis("timeout_ms", 10_000, 1, 600_000),
        Clock.systemUTC());
  }

  private static URI url(NotifierConfig config) {
    return config
        .httpUrlWithoutQuery(
            "url", "the access token is a secret: give it as the secret \"access_token\"")
        .orElse(URI.create(DEFAULT_URL));
  }
}
