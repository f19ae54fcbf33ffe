package org.gridgov.plugins.notify.wecom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.gridgov.core.internal.RobotAnswers;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;

/**
 * Sends to a WeCom group robot: {@code POST url?key=KEY} with {@code {"msgtype":"text","text":
 * {"content":…,"mentioned_mobile_list":[…]}}} or {@code {"msgtype":"markdown","markdown":
 * {"content":…}}}; success is HTTP 200 with {@code "errcode":0}.
 */
final class WecomNotifier implements Notifier {

  private static final JsonFactory JSON = new JsonFactory();

  private final URI target;
  private final String host;
  private final boolean markdown;
  private final Locale language;
  private final Duration timeout;
  private final HttpClient http;

  WecomNotifier(URI url, String key, boolean markdown, Locale language, Duration timeout) {
    this.target = URI.create(url + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    this.host = String.valueOf(url.getHost());
    this.markdown = markdown;
    this.language = language;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void send(Notification n) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body(n), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    RobotAnswers.check(response.statusCode(), response.body(), "the WeCom robot at " + host);
  }

  /** The request body. */
  String body(Notification n) {
    Message.Text t = n.message().in(language);
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      if (markdown) {
        g.writeStringField("msgtype", "markdown");
        g.writeObjectFieldStart("markdown");
        g.writeStringField("content", "### " + t.title() + "\n" + t.body());
      } else {
        g.writeStringField("msgtype", "text");
        g.writeObjectFieldStart("text");
        g.writeStringField("content", t.title() + "\n" + t.body());
        if (n.recipient().contact().mobile().isPresent()) {
          g.writeArrayFieldStart("mentioned_mobile_list");
          g.writeString(n.recipient().contact().mobile().get());
          g.writeEndArray();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return s.toString();
  }
}
