package org.gridgov.plugins.notify.cap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.gridgov.interop.CapAlert;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;

/**
 * Makes CAP notifiers. Settings: {@code sender} (required: the CAP sender, such as {@code
 * yulin@wuhou.gov.cn}), {@code status} (required: {@code actual}, {@code exercise} or {@code test},
 * never assumed), and where the alerts go: {@code folder} (a directory, one file {@code
 * <identifier>.xml} per alert) or {@code url} (an http(s) address the alert is posted to as {@code
 * application/cap+xml}), exactly one; {@code instruction} (what people should do, in Chinese; a
 * default is given); {@code timeout_ms} (10000, for {@code url}).
 */
public final class CapNotifierProvider implements NotifierProvider {

  /** What people are told to do when the configuration says nothing. */
  static final String DEFAULT_INSTRUCTION = "请听从网格员和社区的安排，注意安全，需要帮助请联系所在网格。";

  /** Needed by {@link java.util.ServiceLoader}. */
  public CapNotifierProvider() {}

  @Override
  public String name() {
    return "cap";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "writes or posts the CAP 1.2 public warning of an area incident";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    String sender = config.requireProperty("sender");
    CapAlert.Status status =
        switch (config.requireProperty("status")) {
          case "actual" -> CapAlert.Status.ACTUAL;
          case "exercise" -> CapAlert.Status.EXERCISE;
          case "test" -> CapAlert.Status.TEST;
          default ->
              throw new IllegalArgumentException(
                  "notifier "
                      + config.name()
                      + ": the property \"status\" is \""
                      + config.requireProperty("status")
                      + "\", expected actual, exercise or test");
        };
    Optional<String> folder = config.property("folder");
    Optional<String> url = config.property("url");
    if (folder.isPresent() == url.isPresent()) {
      throw new IllegalArgumentException(
          "notifier "
              + config.name()
              + ": give exactly one of the properties \"folder\" and \"url\"");
    }
    CapNotifier.Target target;
    if (folder.isPresent()) {
      try {
        target = new CapNotifier.Folder(Path.of(folder.get()));
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(
            "notifier "
                + config.name()
                + ": the property \"folder\" is not a path: "
                + e.getReason(),
            e);
      }
    } else {
      target = new CapNotifier.Post(uri(config, url.orElseThrow()), timeout(config));
    }
    return new CapNotifier(
        sender, status, config.property("instruction", DEFAULT_INSTRUCTION), target);
  }

  private static URI uri(NotifierConfig config, String text) {
    try {
      URI u = new URI(text);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "notifier " + config.name() + ": the property \"url\" is not an http(s) URL");
  }

  private static Duration timeout(NotifierConfig config) {
    String text = config.property("timeout_ms", "10000");
    try {
      long v = Long.parseLong(text.strip());
      if (v >= 1 && v <= 600_000) {
        return Duration.ofMillis(v);
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
