package org.gridgov.plugins.notify.wecom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.problem.InvalidInputException;
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
    check(response.statusCode(), response.body(), "the WeCom robot at " + host);
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

  /**
   * Fails unless the answer is HTTP 200 with {@code "errcode":0}: the robot answers an error (a
   * wrong key, too many messages) with HTTP 200 and its code.
   */
  static void check(int status, String body, String who) throws IOException {
    String shown = body.substring(0, Math.min(200, body.length()));
    if (status != 200) {
      throw new IOException(
          who + " answered HTTP " + status + (shown.isBlank() ? "" : ": " + shown));
    }
    JsonNode answer;
    try {
      answer = StrictJson.readTree(new StringReader(body), "the answer", "the robot's answer");
    } catch (InvalidInputException e) {
      throw new IOException(who + " answered with no JSON: " + shown, e);
    }
    JsonNode code = answer.get("errcode");
    if (code == null || !code.isIntegralNumber()) {
      throw new IOException(who + " answered without an errcode: " + shown);
    }
    if (code.asLong() != 0) {
      JsonNode message = answer.get("errmsg");
      throw new IOException(
          who
              + " answered errcode "
              + code.asLong()
              + (message == null ? "" : ": " + message.asText()));
    }
  }
}
