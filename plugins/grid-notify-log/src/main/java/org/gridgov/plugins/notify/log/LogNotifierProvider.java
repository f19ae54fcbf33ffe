package org.gridgov.plugins.notify.log;

import java.util.Locale;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes log notifiers. Setting: {@code language}, {@code zh-CN} (the default) or {@code en}, the
 * language of the message written.
 */
public final class LogNotifierProvider implements NotifierProvider {

  private static final Logger LOG = LoggerFactory.getLogger("org.gridgov.notify");

  /** Needed by {@link java.util.ServiceLoader}. */
  public LogNotifierProvider() {}

  @Override
  public String name() {
    return "log";
  }

  /**
   * 10: the notifier a service uses when its configuration names none. The other built-in notifiers
   * need settings (an address, a sender) and keep 0.
   */
  @Override
  public int priority() {
    return 10;
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "writes each notification to the log (logger org.gridgov.notify)";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    return new LogNotifier(language(config), LOG::info);
  }

  static Locale language(NotifierConfig config) {
    String language = config.property("language", "zh-CN");
    return switch (language) {
      case "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default ->
          throw new IllegalArgumentException(
              "notifier "
                  + config.name()
                  + ": the property \"language\" is \""
                  + language
                  + "\", expected zh-CN or en");
    };
  }
}
