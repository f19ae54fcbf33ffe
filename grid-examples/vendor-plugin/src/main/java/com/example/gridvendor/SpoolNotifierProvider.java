package com.example.gridvendor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;

/**
 * The {@code spool} notifier: each notification becomes one text file in a spool folder, which the
 * vendor's SMS daemon picks up and sends. Property {@code folder} (required): the spool folder.
 *
 * <p>A file appears whole or not at all (written beside, then moved into place), named after the
 * notification's id, so that a retry of the same notification replaces its file rather than making
 * a second message. The mobile number is written in full only to the spool (the daemon needs it);
 * it never appears in a message or {@code toString()}.
 */
public final class SpoolNotifierProvider implements NotifierProvider {

  /** Public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public SpoolNotifierProvider() {}

  @Override
  public String name() {
    return "spool";
  }

  @Override
  public String requestedSpiVersion() {
    return "1.1";
  }

  @Override
  public String description() {
    return "spools notifications as text files for an SMS daemon (example vendor plugin)";
  }

  @Override
  public Notifier create(NotifierConfig config) {
    Path folder = Path.of(config.requireProperty("folder"));
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "notifier " + config.name() + ": the spool folder " + folder + " does not exist");
    }
    return new Spool(folder);
  }

  /** The notifier: one file per notification. */
  private static final class Spool implements Notifier {
    private final Path folder;

    Spool(Path folder) {
      this.folder = folder;
    }

    @Override
    public void send(Notification n) throws IOException {
      String file = n.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".sms";
      Message.Text zh = n.message().zh();
      String text =
          "to: "
              + n.recipient().contact().mobile().orElse("")
              + "\ncase: "
              + n.caseId()
              + "\n\n"
              + zh.title()
              + "\n"
              + zh.body()
              + "\n";
      Path part = Files.createTempFile(folder, ".part-", ".tmp");
      try {
        Files.writeString(part, text, StandardCharsets.UTF_8);
        try {
          Files.move(
              part,
              folder.resolve(file),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(part);
      }
    }

    @Override
    public String toString() {
      return "spool notifier into " + folder;
    }
  }
}
