package org.gridgov.plugins.notify.cap;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
    config.requireProperty("status"); // never assumed
    CapAlert.Status status =
        switch (config.choice("status", "actual", "exercise", "test")) {
          case "actual" -> CapAlert.Status.ACTUAL;
          case "exercise" -> CapAlert.Status.EXERCISE;
          default -> CapAlert.Status.TEST; // choice allows no other value
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
      target =
          new CapNotifier.Post(
              config.httpUrl("url").orElseThrow(), config.millis("timeout_ms", 10_000, 1, 600_000));
    }
    return new CapNotifier(
        sender, status, config.property("instruction", DEFAULT_INSTRUCTION), target);
  }
}
