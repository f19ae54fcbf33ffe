package org.gridgov.plugins.notify.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.notify.Contact;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.spi.notify.Recipient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogNotifierTest {

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
        "玉林第一微网格",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.empty(),
        new Message(
            new Message.Text("【新案件】火灾隐患", "事项：火灾隐患\n案件：C-1"),
            new Message.Text("[new case] fire hazard", "What: fire hazard\nCase: C-1")),
        Optional.empty());
  }

  @Test
  @DisplayName("a notification is one line in the language set, the mobile number masked")
  void line() {
    List<String> lines = new ArrayList<>();
    new LogNotifier(Locale.SIMPLIFIED_CHINESE, lines::add).send(notification());
    new LogNotifier(Locale.ENGLISH, lines::add).send(notification());
    assertThat(lines)
        .containsExactly(
            "notify member:M1 (张三, 138****8000) assigned C-1: 【新案件】火灾隐患 | 事项：火灾隐患 案件：C-1",
            "notify member:M1 (张三, 138****8000) assigned C-1: [new case] fire hazard | What: fire"
                + " hazard Case: C-1");
  }

  @Test
  @DisplayName("the plugin is found by the loader as log; an unknown language is refused")
  void found() {
    NotifierProvider p = Plugins.load().select(NotifierProvider.POINT, "log");
    assertThat(p).isInstanceOf(LogNotifierProvider.class);
    assertThatThrownBy(
            () -> p.create(NotifierConfig.of("console", ImmutableMap.of("language", "fr"))))
        .hasMessage("notifier console: the property \"language\" is \"fr\", expected zh-CN or en");
  }
}
