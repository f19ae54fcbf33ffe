package org.gridgov.plugins.notify.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.internal.Times;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;

/**
 * Posts a notification as JSON with the headers {@value #TIMESTAMP} (Unix seconds), {@value
 * #SIGNATURE} ({@code sha256=} and the lower-case hex HMAC-SHA256 of {@code timestamp + "." + body}
 * under the signing key) and {@value #DELIVERY} (the notification's id). Any 2xx answer is success.
 */
final class WebhookNotifier implements Notifier {

  static final String TIMESTAMP = "X-Gridgov-Timestamp";
  static final String SIGNATURE = "X-Gridgov-Signature";
  static final String DELIVERY = "X-Gridgov-Delivery";

  private static final JsonFactory JSON = new JsonFactory();

  private final URI url;
  private final byte[] key;
  private final Duration timeout;
  private final boolean includeMobile;
  private final Clock clock;
  private final HttpClient http;

  WebhookNotifier(URI url, String key, Duration timeout, boolean includeMobile, Clock clock) {
    this.url = url;
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.includeMobile = includeMobile;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void send(Notification n) throws IOException, InterruptedException {
    String body = body(n, includeMobile);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header(TIMESTAMP, timestamp)
            .header(SIGNATURE, "sha256=" + sign(key, timestamp + "." + body))
            .header(DELIVERY, n.id())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String text = response.body();
      throw new IOException(
          "the webhook at "
              + url.getHost()
              + " answered HTTP "
              + response.statusCode()
              + (text.isBlank() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
    }
  }

  /** The lower-case hex HMAC-SHA256 of {@code text} under {@code key}. */
  static String sign(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The JSON body (docs/spi.md, "The webhook's request"). */
  static String body(Notification n, boolean includeMobile) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeStringField("id", n.id());
      g.writeStringField("reason", n.reason().code());
      g.writeStringField("case_id", n.caseId());
      g.writeStringField("grid", n.grid().toString());
      g.writeStringField("category", n.category());
      g.writeStringField("place", n.place());
      g.writeStringField("at", Times.format(n.at()));
      if (n.dueBy().isPresent()) {
        g.writeStringField("due_by", Times.format(n.dueBy().get()));
      }
      g.writeObjectFieldStart("recipient");
      g.writeStringField("kind", n.recipient().kind().code());
      g.writeStringField("id", n.recipient().id());
      g.writeStringField("name", n.recipient().name());
      var contact = n.recipient().contact();
      if (contact.mobile().isPresent()) {
        g.writeStringField(
            "mobile",
            includeMobile ? contact.mobile().get() : contact.maskedMobile().orElseThrow());
      }
      if (contact.channel().isPresent()) {
        g.writeStringField("channel", contact.channel().get());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("message");
      text(g, "zh-CN", n.message().zh());
      text(g, "en", n.message().en());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
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
