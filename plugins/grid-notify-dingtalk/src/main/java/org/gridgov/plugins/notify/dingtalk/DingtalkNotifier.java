package org.gridgov.plugins.notify.dingtalk;

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
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.internal.RobotAnswers;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;

/**
 * Sends to a DingTalk custom robot: {@code POST url?access_token=TOKEN&timestamp=MS&sign=SIGN},
 * where {@code SIGN} is the URL-encoded Base64 of HmacSHA256 under the secret of {@code timestamp +
 * "\n" + secret}, with {@code {"msgtype":"text","text":{"content":…},"at":{"atMobiles":[…],
 * "isAtAll":false}}} or the markdown form; success is HTTP 200 with {@code "errcode":0}.
 */
final class DingtalkNotifier implements Notifier {

  private static final JsonFactory JSON = new JsonFactory();

  private final URI url;
  private final String token;
  private final Optional<String> secret;
  private final boolean markdown;
  private final Locale language;
  private final Duration timeout;
  private final Clock clock;
  private final HttpClient http;

  DingtalkNotifier(
      URI url,
      String token,
      Optional<String> secret,
      boolean markdown,
      Locale language,
      Duration timeout,
      Clock clock) {
    this.url = url;
    this.token = token;
    this.secret = secret;
    this.markdown = markdown;
    this.language = language;
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void send(Notification n) throws IOException, InterruptedException {
    StringBuilder query =
        new StringBuilder("access_token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
    if (secret.isPresent()) {
      long timestamp = clock.millis();
      query
          .append("&timestamp=")
          .append(timestamp)
          .append("&sign=")
          .append(sign(timestamp, secret.get()));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "?" + query))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body(n), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    RobotAnswers.check(
        response.statusCode(), response.body(), "the DingTalk robot at " + url.getHost());
  }

  /**
   * DingTalk's signature: the URL-encoded Base64 of HmacSHA256, keyed with the secret, of {@code
   * timestamp + "\n" + secret}.
   */
  static String sign(long timestamp, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signed = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return URLEncoder.encode(Base64.getEncoder().encodeToString(signed), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The request body. */
  String body(Notification n) {
    Message.Text t = n.message().in(language);
    Optional<String> mobile = n.recipient().contact().mobile();
    // DingTalk shows a mention only where the text names the mobile number with an @.
    String mention = mobile.map(m -> " @" + m).orElse("");
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      if (markdown) {
        g.writeStringField("msgtype", "markdown");
        g.writeObjectFieldStart("markdown");
        g.writeStringField("title", t.title());
        g.writeStringField(
            "text", "### " + t.title() + "\n\n" + t.body().replace("\n", "  \n") + mention);
      } else {
        g.writeStringField("msgtype", "text");
        g.writeObjectFieldStart("text");
        g.writeStringField("content", t.title() + "\n" + t.body() + mention);
      }
      g.writeEndObject();
      g.writeObjectFieldStart("at");
      g.writeArrayFieldStart("atMobiles");
      if (mobile.isPresent()) {
        g.writeString(mobile.get());
      }
      g.writeEndArray();
      g.writeBooleanField("isAtAll", false);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return s.toString();
  }
}
