package org.gridgov.plugins.notify.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.Notifier;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.gridgov.testing.Loopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WecomNotifierTest {

  private static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";

  private final Loopback server;
  private final NotifierProvider provider = Plugins.load().select(NotifierProvider.POINT, "wecom");

  WecomNotifierTest() throws IOException {
    server = new Loopback();
    server.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Notification notification(Optional<String> mobile) {
    return new Notification(
        "C-1/assigned/member:M1",
        Notification.Reason.ASSIGNED,
        new Recipient(Recipient.Kind.MEMBER, "M1", "张三", new Contact(mobile, Optional.empty())),
        "C-1",
        GridCode.parse("510107011005001001"),
        "safety.fire",
        "玉林第一微网格",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.empty(),
        new Message(
            new Message.Text("【新案件】火灾隐患", "事项：火灾隐患\n案件：C-1"),
            new Message.Text("[new case] fire hazard", "What: fire hazard\nCase: C-1")),
        Optional.empty());
  }

  private Notifier notifier(ImmutableMap<String, String> more) {
    return provider.create(
        new NotifierConfig(
            "grid-robot",
            ImmutableMap.<String, String>builder()
                .put("url", server.url("/cgi-bin/webhook/send"))
                .putAll(more)
                .buildOrThrow(),
            ImmutableMap.of("key", KEY)));
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  @DisplayName("a text message mentions the member by mobile, as the robot API defines it")
  void text() throws Exception {
    notifier(ImmutableMap.of()).send(notification(Optional.of("13800138000")));

    Loopback.Request r = server.requests().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
    assertThat(r.query()).isEqualTo("key=" + KEY);
    assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(json(r.body()))
        .isEqualTo(
            json(
                """
                {"msgtype":"text","text":{"content":"【新案件】火灾隐患\\n事项：火灾隐患\\n案件：C-1",
                 "mentioned_mobile_list":["13800138000"]}}
                """));
  }

  @Test
  @DisplayName("a markdown message in English carries the title as a heading and no mention")
  void markdown() throws Exception {
    notifier(ImmutableMap.of("format", "markdown", "language", "en"))
        .send(notification(Optional.of("13800138000")));
    assertThat(json(server.requests().get(0).body()))
        .isEqualTo(
            json(
                """
                {"msgtype":"markdown","markdown":{"content":
                 "### [new case] fire hazard\\nWhat: fire hazard\\nCase: C-1"}}
                """));
  }

  @Test
  @DisplayName("an office without a mobile gets a text with no mention list")
  void noMobile() throws Exception {
    notifier(ImmutableMap.of()).send(notification(Optional.empty()));
    assertThat(json(server.requests().get(0).body()).at("/text").has("mentioned_mobile_list"))
        .isFalse();
  }

  @Test
  @DisplayName("the robot's error code fails the send, naming the code and not the key")
  void errcode() {
    server.answer(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
    assertThatThrownBy(() -> notifier(ImmutableMap.of()).send(notification(Optional.empty())))
        .isInstanceOf(IOException.class)
        .hasMessage("the WeCom robot at 127.0.0.1 answered errcode 93000: invalid webhook url")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    server.answer(502, "");
    assertThatThrownBy(() -> notifier(ImmutableMap.of()).send(notification(Optional.empty())))
        .hasMessage("the WeCom robot at 127.0.0.1 answered HTTP 502");
  }

  @Test
  @DisplayName("settings it cannot use are refused, the key never in a query of the url")
  void settings() {
    assertThatThrownBy(() -> provider.create(NotifierConfig.of("r", ImmutableMap.of())))
        .hasMessage("notifier r: the secret \"key\" is missing");
    assertThatThrownBy(
            () ->
                provider.create(
                    new NotifierConfig(
                        "r",
                        ImmutableMap.of("url", WecomNotifierProvider.DEFAULT_URL + "?key=" + KEY),
                        ImmutableMap.of("key", KEY))))
        .hasMessageStartingWith("notifier r: the property \"url\" is not an http(s) URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    assertThatThrownBy(() -> notifier(ImmutableMap.of("format", "card")))
        .hasMessage(
            "notifier grid-robot: the property \"format\" is \"card\", expected text or markdown");
  }
}
