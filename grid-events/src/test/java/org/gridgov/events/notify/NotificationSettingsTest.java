package org.gridgov.events.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Recipient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

  static final String EXAMPLE =
      """
      {
        "delivery": {
          "timeout_ms": 3000,
          "attempts": 5,
          "backoff": {"initial_ms": 500, "multiplier": 3, "max_ms": 30000, "jitter": 0.1},
          "threads": 2,
          "queue": 500,
          "drain_ms": 2000
        },
        "notifiers": [
          {
            "name": "grid-robot",
            "plugin": "wecom",
            "serves": ["member", "office:510107011005"],
            "properties": {"url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"},
            "secrets": {"key": "env:WECOM_KEY"}
          },
          {"name": "log", "plugin": "log"}
        ],
        "contacts": {
          "members": {"M0001": {"mobile": "13800138000"}},
          "departments": {"fire_brigade": {"name": "玉林消防救援站", "channel": "fire-group"}},
          "offices": {"510107011005": {"name": "玉林社区居委会", "mobile": "028-85551234"}}
        }
      }
      """;

  private static NotificationSettings read(String json, Map<String, String> env) {
    return NotificationSettings.read(new StringReader(json), "notify.json", env::get);
  }

  @Test
  @DisplayName("the documented example reads as written, secrets from the environment")
  void example() {
    NotificationSettings s = read(EXAMPLE, Map.of("WECOM_KEY", "k-123"));
    assertThat(s.delivery())
        .isEqualTo(
            new NotificationSettings.Delivery(
                Duration.ofSeconds(3),
                5,
                new Backoff(Duration.ofMillis(500), 3.0, Duration.ofSeconds(30), 0.1),
                2,
                500,
                Duration.ofSeconds(2)));
    NotificationSettings.NotifierEntry robot = s.notifiers().get(0);
    assertThat(robot.plugin()).isEqualTo("wecom");
    assertThat(robot.config().secret("key")).contains("k-123");
    assertThat(robot.config().toString()).doesNotContain("k-123").contains("key=***");
    assertThat(s.notifiers().get(1).serves()).containsExactly("member", "department", "office");
    assertThat(s.contacts().members().get("M0001").mobile()).contains("13800138000");
    assertThat(s.contacts().members().get("M0001").toString()).contains("138****8000");
    assertThat(s.contacts().departments().get("fire_brigade").name()).isEqualTo("玉林消防救援站");

    Recipient office = new Recipient(Recipient.Kind.OFFICE, "510107011005", "玉林社区", Contact.NONE);
    Recipient otherOffice =
        new Recipient(Recipient.Kind.OFFICE, "510107012001", "其他社区", Contact.NONE);
    Recipient dept = new Recipient(Recipient.Kind.DEPARTMENT, "fire_brigade", "消防", Contact.NONE);
    assertThat(robot.serves(office)).isTrue();
    assertThat(robot.serves(otherOffice)).isFalse();
    assertThat(robot.serves(dept)).isFalse();
  }

  @Test
  @DisplayName("every bad field is reported with its JSON path, and a secret is never echoed")
  void problems() {
    String bad =
        """
        {
          "delivery": {"timeout_ms": 0, "backoff": {"jitter": 2}, "color": "red"},
          "notifiers": [
            {"plugin": "wecom", "serves": ["everyone"], "secrets": {"key": 12345}},
            {"name": "a", "plugin": "log"},
            {"name": "a", "plugin": "log"},
            {"name": "b", "plugin": "wecom", "secrets": {"key": "env:NOT_SET"}}
          ],
          "contacts": {
            "members": {"M1": {"mobile": "call me"}},
            "offices": {"5101": {"name": "x"}}
          }
        }
        """;
    assertThatThrownBy(() -> read(bad, Map.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::subject)
                    .containsExactlyInAnyOrder(
                        "$.delivery.color",
                        "$.delivery.timeout_ms",
                        "$.delivery.backoff.jitter",
                        "$.notifiers[0].name",
                        "$.notifiers[0].serves[0]",
                        "$.notifiers[0].secrets.key",
                        "$.notifiers[2].name",
                        "$.notifiers[3].secrets.key",
                        "$.contacts.members.M1.mobile",
                        "$.contacts.offices.5101"))
        .hasMessageContaining("notify.json")
        .satisfies(e -> assertThat(e.toString()).doesNotContain("12345", "call me"));
  }

  @Test
  @DisplayName("the example of docs/spi.md reads, its secrets from the environment")
  void docExample() {
    NotificationSettings s =
        read(
            org.gridgov.testing.DocExamples.block("spi.md", "notify.json", "json"),
            Map.of(
                "GRIDGOV_WECOM_KEY",
                "k1",
                "GRIDGOV_DING_TOKEN",
                "t1",
                "GRIDGOV_DING_SECRET",
                "s1"));
    assertThat(s.notifiers())
        .extracting(e -> e.config().name() + ":" + e.plugin())
        .containsExactly("grid-robot:wecom", "district-robot:dingtalk", "log:log");
    assertThat(s.notifiers().get(1).config().secret("secret")).contains("s1");
    assertThat(s.delivery()).isEqualTo(NotificationSettings.Delivery.DEFAULT);
    assertThat(s.contacts().offices()).containsKey("510107011005");
  }

  @Test
  @DisplayName("an empty object is the defaults")
  void empty() {
    assertThat(read("{}", Map.of())).isEqualTo(NotificationSettings.defaults());
  }

  @Test
  @DisplayName("the back-off grows by its multiplier up to its cap, spread by the jitter")
  void backoff() {
    Backoff b = new Backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(1000), 0.5);
    assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(n -> b.delay(n, () -> 0.5)))
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000));
    assertThat(b.delay(2, () -> 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(b.delay(2, () -> 0.999)).isEqualTo(Duration.ofNanos(299_800_000));
    assertThatThrownBy(() -> b.delay(0, () -> 0.5)).hasMessageContaining("from 1");
  }

  @Test
  @DisplayName("a message has its four lines in Chinese and in English")
  void templates() {
    var m =
        Templates.render(
            org.gridgov.spi.notify.Notification.Reason.ESCALATED,
            org.gridgov.core.event.EventCategory.SAFETY_GAS,
            "玉林第三微网格（510107011005001003）",
            "C-9",
            Optional.of(java.time.OffsetDateTime.parse("2026-03-02T09:15:00+08:00")));
    assertThat(m.zh().title()).isEqualTo("【案件升级】燃气隐患 · 玉林第三微网格（510107011005001003）");
    assertThat(m.zh().body())
        .isEqualTo("事项：燃气隐患\n地点：玉林第三微网格（510107011005001003）\n案件：C-9\n时限：请于 2026-03-02 09:15 前接单");
    assertThat(m.en().body())
        .isEqualTo(
            "What: gas hazard\nWhere: 玉林第三微网格（510107011005001003）\nCase: C-9\nBy when: accept by"
                + " 2026-03-02 09:15");
    assertThat(m.in(java.util.Locale.ENGLISH)).isEqualTo(m.en());
    assertThat(m.in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(m.zh());
  }
}
