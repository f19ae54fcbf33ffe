package org.gridgov.plugins.notify.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gridgov.core.event.EventSeverity;
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
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.w3c.dom.Document;

class CapNotifierTest {

  private static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";

  private final NotifierProvider provider = Plugins.load().select(NotifierProvider.POINT, "cap");
  private final Loopback server;

  CapNotifierTest() throws IOException {
    server = new Loopback();
    server.answer(202, "");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Notification notification(Notification.Reason reason) {
    GeometryFactory f = new GeometryFactory();
    var square =
        f.createPolygon(
            new Coordinate[] {
              new Coordinate(104.05, 30.64),
              new Coordinate(104.06, 30.64),
              new Coordinate(104.06, 30.65),
              new Coordinate(104.05, 30.65),
              new Coordinate(104.05, 30.64)
            });
    return new Notification(
        "C-1/area_alert/office:510107000000/1772409600000",
        reason,
        new Recipient(Recipient.Kind.OFFICE, "510107000000", "武侯区应急指挥中心", Contact.NONE),
        "C-1",
        GridCode.parse("510107011005001001"),
        "disaster.flood",
        "玉林第一微网格（510107011005001001）",
        OffsetDateTime.parse("2026-03-02T08:00:00+08:00"),
        Optional.empty(),
        new Message(
            new Message.Text("【区域预警】洪涝灾害 · 玉林第一微网格", "事项：洪涝灾害\n案件：C-1"),
            new Message.Text("[area alert] flood", "What: flood\nCase: C-1")),
        Optional.of(
            new Notification.Incident(EventSeverity.II, "玉林第一微网格（510107011005001001）", square)));
  }

  private Notifier notifier(String where, String value) {
    return provider.create(
        NotifierConfig.of(
            "cap",
            ImmutableMap.of("sender", "yulin@wuhou.gov.cn", "status", "exercise", where, value)));
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String first(Document d, String element) {
    return d.getElementsByTagNameNS(CAP, element).item(0).getTextContent();
  }

  @Test
  @DisplayName("an area alert is written to the folder as a CAP 1.2 alert of the incident")
  void folder(@TempDir Path dir) throws Exception {
    notifier("folder", dir.toString()).send(notification(Notification.Reason.AREA_ALERT));

    Path file = dir.resolve("gridgov-C-1-1772409600000.xml");
    Document d = xml(Files.readString(file));
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("alert");
    assertThat(first(d, "identifier")).isEqualTo("gridgov-C-1-1772409600000");
    assertThat(first(d, "sender")).isEqualTo("yulin@wuhou.gov.cn");
    assertThat(first(d, "sent")).isEqualTo("2026-03-02T08:00:00+08:00");
    assertThat(first(d, "status")).isEqualTo("Exercise");
    assertThat(first(d, "severity")).isEqualTo("Severe");
    assertThat(first(d, "urgency")).isEqualTo("Immediate");
    assertThat(first(d, "headline")).isEqualTo("【区域预警】洪涝灾害 · 玉林第一微网格");
    assertThat(first(d, "areaDesc")).isEqualTo("玉林第一微网格（510107011005001001）");
    assertThat(first(d, "polygon"))
        .isEqualTo("30.64,104.05 30.64,104.06 30.65,104.06 30.65,104.05 30.64,104.05");
    // The same incident told to another office is the same alert, written again unchanged.
    notifier("folder", dir.toString()).send(notification(Notification.Reason.AREA_ALERT));
    assertThat(Files.list(dir)).hasSize(1);
  }

  @Test
  @DisplayName("only area alerts are published; other notifications are nothing to publish")
  void onlyAreaAlerts(@TempDir Path dir) throws Exception {
    notifier("folder", dir.toString()).send(notification(Notification.Reason.ESCALATED));
    assertThat(Files.exists(dir) ? Files.list(dir).count() : 0).isZero();
  }

  @Test
  @DisplayName("posted, the alert goes as application/cap+xml; an error answer fails the send")
  void post() throws Exception {
    notifier("url", server.url("/cap/alerts")).send(notification(Notification.Reason.AREA_ALERT));
    Loopback.Request r = server.requests().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/cap/alerts");
    assertThat(r.headers().getFirst("Content-Type"))
        .isEqualTo("application/cap+xml; charset=utf-8");
    assertThat(first(xml(r.body()), "identifier")).isEqualTo("gridgov-C-1-1772409600000");

    server.answer(500, "down");
    assertThatThrownBy(
            () ->
                notifier("url", server.url("/cap/alerts"))
                    .send(notification(Notification.Reason.AREA_ALERT)))
        .isInstanceOf(IOException.class)
        .hasMessage("the CAP endpoint at 127.0.0.1 answered HTTP 500: down");
  }

  @Test
  @DisplayName("the status is never assumed, and exactly one of folder and url is given")
  void settings() {
    assertThatThrownBy(
            () -> provider.create(NotifierConfig.of("cap", ImmutableMap.of("sender", "a@b.cn"))))
        .hasMessage("notifier cap: the property \"status\" is missing");
    assertThatThrownBy(
            () ->
                provider.create(
                    NotifierConfig.of(
                        "cap", ImmutableMap.of("sender", "a@b.cn", "status", "drill"))))
        .hasMessage(
            "notifier cap: the property \"status\" is \"drill\", expected actual, exercise or"
                + " test");
    assertThatThrownBy(
            () ->
                provider.create(
                    NotifierConfig.of(
                        "cap", ImmutableMap.of("sender", "a@b.cn", "status", "actual"))))
        .hasMessage("notifier cap: give exactly one of the properties \"folder\" and \"url\"");
  }
}
