package org.gridgov.spi.notify;

import com.google.common.collect.ImmutableMap;
import org.gridgov.spi.ExtensionPoint;
import org.gridgov.spi.Provider;

/**
 * A notification plugin: creates {@link Notifier}s of one channel from their configuration. List
 * the class in {@code META-INF/services/org.gridgov.spi.notify.NotifierProvider}.
 *
 * @since 1.1
 */
public interface NotifierProvider extends Provider {

  /** The notifier extension point, with the artifacts of the built-in notifiers. */
  ExtensionPoint<NotifierProvider> POINT =
      new ExtensionPoint<>(
          NotifierProvider.class,
          "notifier",
          ImmutableMap.of(
              "log", "org.gridgov:grid-notify-log",
              "webhook", "org.gridgov:grid-notify-webhook",
              "wecom", "org.gridgov:grid-notify-wecom",
              "dingtalk", "org.gridgov:grid-notify-dingtalk",
              "cap", "org.gridgov:grid-notify-cap"));

  /**
   * Creates a notifier. Checks the configuration and does no other work that can fail: connect on
   * the first {@link Notifier#send}.
   *
   * @throws IllegalArgumentException when a property is missing or wrong: the message names the
   *     notifier ({@link NotifierConfig#name()}), the property and what is expected, never a secret
   */
  Notifier create(NotifierConfig config);
}
