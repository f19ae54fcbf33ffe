package org.gridgov.plugins.notify.log;

import java.util.Locale;
import java.util.function.Consumer;
import org.gridgov.core.internal.Masking;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;

/** Writes each notification as one line: recipient, masked mobile, title and body. */
final class LogNotifier implements Notifier {

  private final Locale language;
  private final Consumer<String> sink;

  LogNotifier(Locale language, Consumer<String> sink) {
    this.language = language;
    this.sink = sink;
  }

  @Override
  public void send(Notification n) {
    Message.Text t = n.message().in(language);
    // The whole line is scrubbed: a report's text may quote a caller's number or an identity
    // number.
    sink.accept(
        Masking.scrub(
            "notify "
                + n.recipient().key()
                + " ("
                + n.recipient().name()
                + n.recipient().contact().maskedMobile().map(m -> ", " + m).orElse("")
                + ") "
                + n.reason().code()
                + " "
                + n.caseId()
                + ": "
                + t.title()
                + " | "
                + t.body().replace('\n', ' ')));
  }
}
