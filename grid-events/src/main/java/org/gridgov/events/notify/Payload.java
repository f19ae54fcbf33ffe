package org.gridgov.events.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.gridgov.core.internal.Times;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;

/**
 * The payload of a dead letter: the notification as one JSON object (docs/spi.md). The recipient's
 * mobile number is left out, as personal data the store need not hold: sending a dead letter again
 * takes the contact from the configuration of the day.
 */
final class Payload {

  private static final JsonFactory JSON = new JsonFactory();

  private Payload() {}

  static String of(Notification n) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("reason", n.reason().code());
      g.writeObjectFieldStart("recipient");
      g.writeStringField("kind", n.recipient().kind().code());
      g.writeStringField("id", n.recipient().id());
      g.writeStringField("name", n.recipient().name());
      if (n.recipient().contact().channel().isPresent()) {
        g.writeStringField("channel", n.recipient().contact().channel().get());
      }
      g.writeEndObject();
      g.writeStringField("case_id", n.caseId());
      g.writeStringField("grid", n.grid().toString());
      g.writeStringField("category", n.category());
      g.writeStringField("place", n.place());
      g.writeStringField("at", Times.format(n.at()));
      if (n.dueBy().isPresent()) {
        g.writeStringField("due_by", Times.format(n.dueBy().get()));
      }
      text(g, "zh", n.message().zh());
      text(g, "en", n.message().en());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  private static void text(JsonGenerator g, String lang, Message.Text t) throws IOException {
    g.writeObjectFieldStart(lang);
    g.writeStringField("title", t.title());
    g.writeStringField("body", t.body());
    g.writeEndObject();
  }
}
