package org.gridgov.plugins.notify.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.gridgov.testing.Loopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DingtalkNotifierTest {

  private static final String TOKEN = "a1b2c3d4e5f6";
  private static final String SECRET = "SEC0123456789abcdef+/=";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T00:00:00.123Z"), ZoneOffset.UTC);

  private final Loopback server;

  DingtalkNotifierTest() throws IOException {
    server = new Loopback();
    server.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Notification notification(Optional<String> mobile) {
    return new Notification(
        "C-1/escalated/member:M1/1772409600000",
        Notification.Reason.ESCALATED,
        new Recipient(Recipient.Kind.MEMBER, "M1", "张三", new Contact(mobile, Optional.empty())),
        "C-1",
        GridCode.parse("510107011005001001"),
        "safety.gas",
        "玉林第一网格",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.empty(),
        new Message(
            new Message.Text("【案件升级】燃气隐患", "事项：燃气隐患\n案件：C-1"),
            new Message.Text("[escalated] gas hazard", "What: gas hazard\nCase: C-1")),
        Optional.empty());
  }

  private DingtalkNotifier notifier(Optional<String> secret, boolean markdown) {
    return new DingtalkNotifier(
        URI.create(server.url("/robot/send")),
        TOKEN,
        secret,
        markdown,
        Locale.CHINESE,
        Duration.ofSeconds(5),
        CLOCK);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      out.put(
          part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  @DisplayName("a signed text message: token, timestamp and sign in the query, the member @-ed")
  void signedText() throws Exception {
    notifier(Optional.of(SECRET), false).send(notification(Optional.of("13800138000")));

    Loopback.Request r = server.requests().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/robot/send");
    assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
    Map<String, String> q = query(r.query());
    assertThat(q.keySet()).containsExactly("access_token", "timestamp", "sign");
    assertThat(q.get("access_token")).isEqualTo(TOKEN);
    assertThat(q.get("timestamp")).isEqualTo("1772409600123");
    // The robot's check, recomputed here: Base64(HmacSHA256(secret, timestamp + "\n" + secret)).
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal(("1772409600123\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(q.get("sign")).isEqualTo(expected);
    assertThat(r.query()).doesNotContain("+").doesNotContain("/");
    assertThat(json(r.body()))
        .isEqualTo(
            json(
                """
                {"msgtype":"text",
                 "text":{"content":"【案件升级】燃气隐患\\n事项：燃气隐患\\n案件：C-1 @13800138000"},
                 "at":{"atMobiles":["13800138000"],"isAtAll":false}}
                """));
  }

  @Test
  @DisplayName("without a secret only the token is sent; markdown has a title and hard breaks")
  void unsignedMarkdown() throws Exception {
    notifier(Optional.empty(), true).send(notification(Optional.empty()));
    Loopback.Request r = server.requests().get(0);
    assertThat(r.query()).isEqualTo("access_token=" + TOKEN);
    assertThat(json(r.body()))
        .isEqualTo(
            json(
                """
                {"msgtype":"markdown",
                 "markdown":{"title":"【案件升级】燃气隐患",
                             "text":"### 【案件升级】燃气隐患\\n\\n事项：燃气隐患  \\n案件：C-1"},
                 "at":{"atMobiles":[],"isAtAll":false}}
                """));
  }

  @Test
  @DisplayName("the robot's error code fails the send, naming it and no secret")
  void errcode() {
    server.answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
    assertThatThrownBy(
            () -> notifier(Optional.of(SECRET), false).send(notification(Optional.empty())))
        .isInstanceOf(IOException.class)
        .hasMessage("the DingTalk robot at 127.0.0.1 answered errcode 310000: sign not match")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN, SECRET));
  }

  @Test
  @DisplayName("the plugin is found as dingtalk, sends through its settings, refuses bad ones")
  void provider() throws Exception {
    NotifierProvider p = Plugins.load().select(NotifierProvider.POINT, "dingtalk");
    p.create(
            new NotifierConfig(
                "ding",
                ImmutableMap.of("url", server.url("/robot/send"), "language", "en"),
                ImmutableMap.of("access_token", TOKEN)))
        .send(notification(Optional.empty()));
    assertThat(json(server.requests().get(0).body()).at("/text/content").asText())
        .isEqualTo("[escalated] gas hazard\nWhat: gas hazard\nCase: C-1");
    assertThatThrownBy(() -> p.create(NotifierConfig.of("ding", ImmutableMap.of())))
        .hasMessage("notifier ding: the secret \"access_token\" is missing");
  }
}
