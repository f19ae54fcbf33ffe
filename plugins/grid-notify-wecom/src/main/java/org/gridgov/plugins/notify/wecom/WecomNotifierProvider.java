package org.gridgov.plugins.notify.wecom;

import java.net.URI;
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
        config.choice("format", "text", "markdown").equals("markdown"),
        config.choice("language", "zh-CN", "en").equals("en") ? Locale.ENGLISH : Locale.CHINESE,
        config.millis("timeout_ms", 10_000, 1, 600_000));
  }

  private static URI url(NotifierConfig config) {
    return config
        .httpUrlWithoutQuery("url", "the key is a secret: give it as the secret \"key\"")
        .orElse(URI.create(DEFAULT_URL));
  }
}
