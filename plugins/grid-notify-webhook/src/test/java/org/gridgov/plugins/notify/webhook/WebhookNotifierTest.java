package org.gridgov.plugins.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
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

class WebhookNotifierTest {

  private static final String KEY = "whsec-5f1c0d";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T00:00:07Z"), ZoneOffset.UTC);

  private final Loopback server;

  WebhookNotifierTest() throws IOException {
    server = new Loopback();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Notification notification() {
    return new Notification(
        "C-1/assigned/member:M1",
        Notification.Reason.ASSIGNED,
        new Recipient(
            Recipient.Kind.MEMBER,
            "M1",
            "张三",
            new Contact(Optional.of("13800138000"), Optional.empty())),
        "C-1",
        GridCode.parse("510107011005001001"),
        "safety.fire",
        "玉林第一微网格（510107011005001001）",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.of(OffsetDateTime.parse("2026-03-02T08:30:00+08:00")),
        new Message(
            new Message.Text("【新案件】火灾隐患", "事项：火灾隐患\n案件：C-1"),
            new Message.Text("[new case] fire hazard", "What: fire hazard\nCase: C-1")),
        Optional.empty());
  }

  private WebhookNotifier notifier(boolean includeMobile) {
    return new WebhookNotifier(
        URI.create(server.url("/hooks/grid")), KEY, Duration.ofSeconds(5), includeMobile, CLOCK);
  }

  @Test
  @DisplayName("the request is a signed JSON POST as docs/spi.md defines it")
  void request() throws Exception {
    notifier(false).send(notification());

    Loopback.Request r = server.requests().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/hooks/grid");
    assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.headers().getFirst("X-Gridgov-Timestamp")).isEqualTo("1772409607");
    assertThat(r.headers().getFirst("X-Gridgov-Delivery")).isEqualTo("C-1/assigned/member:M1");
    // The receiver's check: HMAC-SHA256 over timestamp "." body, recomputed here independently.
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        java.util.HexFormat.of()
            .formatHex(mac.doFinal(("1772409607." + r.body()).getBytes(StandardCharsets.UTF_8)));
    assertThat(r.headers().getFirst("X-Gridgov-Signature")).isEqualTo("sha256=" + expected);

    JsonNode body = new ObjectMapper().readTree(r.body());
    JsonNode want =
        new ObjectMapper()
            .readTree(
                """
                {"version":1,"id":"C-1/assigned/member:M1","reason":"assigned","case_id":"C-1",
                 "grid":"510107011005001001","category":"safety.fire",
                 "place":"玉林第一微网格（510107011005001001）",
                 "at":"2026-03-02T08:00:00+08:00","due_by":"2026-03-02T08:30:00+08:00",
                 "recipient":{"kind":"member","id":"M1","name":"张三","mobile":"138****8000"},
                 "message":{"zh-CN":{"title":"【新案件】火灾隐患","body":"事项：火灾隐患\\n案件：C-1"},
                            "en":{"title":"[new case] fire hazard",
                                  "body":"What: fire hazard\\nCase: C-1"}}}
                """);
    assertThat(body).isEqualTo(want);
  }

  @Test
  @DisplayName("with include_mobile the mobile number goes in full, for an SMS gateway")
  void fullMobile() throws Exception {
    notifier(true).send(notification());
    JsonNode body = new ObjectMapper().readTree(server.requests().get(0).body());
    assertThat(body.at("/recipient/mobile").asText()).isEqualTo("13800138000");
  }

  @Test
  @DisplayName("an error answer fails the send with the status and the answer, not the key")
  void errorAnswer() {
    server.answer(503, "{\"error\":\"busy\"}");
    assertThatThrownBy(() -> notifier(false).send(notification()))
        .isInstanceOf(IOException.class)
        .hasMessage("the webhook at 127.0.0.1 answered HTTP 503: {\"error\":\"busy\"}")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
  }

  @Test
  @DisplayName("the plugin is found as webhook and refuses settings it cannot use")
  void provider() {
    NotifierProvider p = Plugins.load().select(NotifierProvider.POINT, "webhook");
    assertThat(p).isInstanceOf(WebhookNotifierProvider.class);
    assertThatThrownBy(
            () -> p.create(NotifierConfig.of("hook", ImmutableMap.of("url", server.url("/")))))
        .hasMessage("notifier hook: the secret \"signing_key\" is missing");
    assertThatThrownBy(
            () ->
                p.create(
                    new NotifierConfig(
                        "hook",
                        ImmutableMap.of("url", "ftp://example.org/x"),
                        ImmutableMap.of("signing_key", KEY))))
        .hasMessage("notifier hook: the property \"url\" is not an http(s) URL");
    assertThatThrownBy(
            () ->
                p.create(
                    new NotifierConfig(
                        "hook",
                        ImmutableMap.of("url", server.url("/"), "timeout_ms", "soon"),
                        ImmutableMap.of("signing_key", KEY))))
        .hasMessageContaining("\"timeout_ms\" is \"soon\"");
  }
}
