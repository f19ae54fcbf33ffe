package org.gridgov.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.geo.Wgs84;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class CapAlertTest {

  private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-03-01T10:00:00+08:00");
  private static final String SENDER = "yingmenkou@jinniu.example.gov.cn";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws SAXException {
    // From the classpath: CI builds a clean clone, where no shared copy of the schema exists.
    URL xsd = CapAlertTest.class.getResource("cap12.xsd");
    assertThat(xsd).as("cap12.xsd on the test classpath").isNotNull();
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    schema = f.newSchema(xsd);
  }

  private static byte[] bytes(CapAlert alert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    alert.write(out);
    return out.toByteArray();
  }

  private static void validate(byte[] xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document valid(CapAlert alert) throws Exception {
    byte[] xml = bytes(alert);
    validate(xml);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> all(Document d, String element) {
    NodeList nodes = d.getElementsByTagNameNS(CapAlert.NAMESPACE, element);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static String one(Document d, String element) {
    List<String> values = all(d, element);
    assertThat(values).as(element).hasSize(1);
    return values.get(0);
  }

  private static Polygon square(double lon, double lat, double side) {
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(lon, lat),
          new Coordinate(lon + side, lat),
          new Coordinate(lon + side, lat + side),
          new Coordinate(lon, lat + side),
          new Coordinate(lon, lat)
        });
  }

  private static CapAlert.Builder flood() {
    return CapAlert.builder("GG-2026-0001", SENDER, SENT)
        .status(CapAlert.Status.ACTUAL)
        .hazard(EventCategory.DISASTER_FLOOD, EventSeverity.II)
        .urgency(CapAlert.Urgency.IMMEDIATE)
        .certainty(CapAlert.Certainty.OBSERVED)
        .headline("营门口街道暴雨内涝预警")
        .description("沙河水位上涨，沿河小区地下室进水。")
        .instruction("请低楼层住户立即转移至高处，勿进入地下车库。");
  }

  @Test
  @DisplayName("a flood over a polygon is a valid CAP 1.2 alert, lat before lon, in Chinese")
  void polygon() throws Exception {
    Document d = valid(flood().area("营门口街道沙河沿线", square(104.0, 30.5, 0.5)).build());
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(CapAlert.NAMESPACE);
    assertThat(one(d, "identifier")).isEqualTo("GG-2026-0001");
    assertThat(one(d, "sent")).isEqualTo("2026-03-01T10:00:00+08:00");
    assertThat(one(d, "status")).isEqualTo("Actual");
    assertThat(one(d, "msgType")).isEqualTo("Alert");
    assertThat(one(d, "scope")).isEqualTo("Public");
    assertThat(one(d, "language")).isEqualTo("zh-CN");
    assertThat(one(d, "category")).isEqualTo("Met");
    assertThat(one(d, "event")).isEqualTo("洪涝灾害");
    assertThat(one(d, "value")).isEqualTo("disaster.flood");
    assertThat(one(d, "severity")).isEqualTo("Severe");
    assertThat(one(d, "headline")).isEqualTo("营门口街道暴雨内涝预警");
    assertThat(one(d, "areaDesc")).isEqualTo("营门口街道沙河沿线");
    assertThat(one(d, "polygon")).isEqualTo("30.5,104 30.5,104.5 31,104.5 31,104 30.5,104");
    assertThat(all(d, "circle")).isEmpty();
  }

  @Test
  @DisplayName("a MultiPolygon gives one polygon per part, each its exterior ring, closed")
  void multiPolygon() throws Exception {
    Polygon outer = square(104.0, 30.6, 0.02);
    LinearRing hole =
        Wgs84.FACTORY.createLinearRing(
            new Coordinate[] {
              new Coordinate(104.005, 30.605),
              new Coordinate(104.005, 30.61),
              new Coordinate(104.01, 30.61),
              new Coordinate(104.005, 30.605)
            });
    Polygon withHole =
        Wgs84.FACTORY.createPolygon(outer.getExteriorRing(), new LinearRing[] {hole});
    MultiPolygon area =
        Wgs84.FACTORY.createMultiPolygon(new Polygon[] {withHole, square(104.1, 30.7, 0.01)});
    Document d = valid(flood().area("两处低洼片区", area).build());
    List<String> polygons = all(d, "polygon");
    assertThat(polygons).hasSize(2);
    for (String p : polygons) {
      String[] pairs = p.split(" ");
      assertThat(pairs.length).isGreaterThanOrEqualTo(4);
      assertThat(pairs[0]).isEqualTo(pairs[pairs.length - 1]);
    }
    // The hole is dropped: the first polygon is the outer square alone.
    assertThat(polygons.get(0)).doesNotContain("104.005");
    assertThat(polygons.get(1)).startsWith("30.7,104.1 ");
  }

  @Test
  @DisplayName("a fire around a point is a circle \"lat,lon radiusKm\"")
  void circle() throws Exception {
    Document d =
        valid(
            CapAlert.builder("GG-2026-0002", SENDER, SENT)
                .status(CapAlert.Status.EXERCISE)
                .hazard(EventCategory.SAFETY_FIRE, EventSeverity.I)
                .urgency(CapAlert.Urgency.IMMEDIATE)
                .certainty(CapAlert.Certainty.LIKELY)
                .circle("金牛区某化工仓库周边", Wgs84.point(104.07, 30.65), 0.5)
                .build());
    assertThat(one(d, "circle")).isEqualTo("30.65,104.07 0.5");
    assertThat(one(d, "category")).isEqualTo("Fire");
    assertThat(one(d, "severity")).isEqualTo("Extreme");
    assertThat(one(d, "status")).isEqualTo("Exercise");
    assertThat(one(d, "certainty")).isEqualTo("Likely");
    assertThat(all(d, "polygon")).isEmpty();
    assertThat(all(d, "headline")).isEmpty();
  }

  @ParameterizedTest(name = "grade {0} is CAP {1}, category {2} is {3}")
  @CsvSource({
    "I,   Extreme,  disaster.earthquake, Geo",
    "II,  Severe,   safety.gas,          Safety",
    "III, Moderate, health.public,       Health",
    "III, Moderate, incident.mass,       Security",
    "II,  Severe,   disaster.landslide,  Geo",
    "III, Moderate, facility.damage,     Infra"
  })
  @DisplayName("grades I–III map to Extreme, Severe, Moderate, and each alert is schema-valid")
  void gradesAndCategories(String grade, String cap, String category, String capCategory)
      throws Exception {
    Document d =
        valid(
            CapAlert.builder("GG-" + grade + "-" + category, SENDER, SENT)
                .status(CapAlert.Status.TEST)
                .hazard(EventCategory.fromCode(category), EventSeverity.valueOf(grade))
                .urgency(CapAlert.Urgency.EXPECTED)
                .certainty(CapAlert.Certainty.OBSERVED)
                .area("测试区域", square(104.0, 30.6, 0.01))
                .build());
    assertThat(one(d, "severity")).isEqualTo(cap);
    assertThat(one(d, "category")).isEqualTo(capCategory);
    assertThat(one(d, "event")).isEqualTo(EventCategory.fromCode(category).nameZh());
  }

  @Test
  @DisplayName("grade IV and routine matters are refused: a CAP alert is only for I–III")
  void lowGradesRefused() {
    for (EventSeverity low : List.of(EventSeverity.IV, EventSeverity.ROUTINE)) {
      assertThatThrownBy(
              () -> CapAlert.builder("X1", SENDER, SENT).hazard(EventCategory.DISASTER_FLOOD, low))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only for grades I–III")
          .hasMessageContaining(low.code());
      assertThatThrownBy(() -> CapAlert.Severity.of(low))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @DisplayName("service matters that never become emergencies have no CAP alert")
  void serviceCategoriesRefused() {
    assertThatThrownBy(
            () ->
                CapAlert.builder("X1", SENDER, SENT)
                    .hazard(EventCategory.DISPUTE_NEIGHBOUR, EventSeverity.III))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispute.neighbour");
    assertThat(CapAlert.Category.of(EventCategory.WISH_MICRO)).isEmpty();
    for (EventCategory c : EventCategory.values()) {
      assertThat(CapAlert.Category.of(c).isPresent())
          .as(c.code())
          .isEqualTo(c.emergencyClass().isPresent());
    }
  }

  @Test
  @DisplayName("times are written to the second with a numeric offset, UTC as -00:00")
  void times() throws Exception {
    OffsetDateTime utc = OffsetDateTime.parse("2026-03-01T02:00:00.123456Z");
    Document d =
        valid(
            CapAlert.builder("GG-UTC", SENDER, utc)
                .status(CapAlert.Status.TEST)
                .hazard(EventCategory.DISASTER_WEATHER, EventSeverity.III)
                .urgency(CapAlert.Urgency.EXPECTED)
                .certainty(CapAlert.Certainty.LIKELY)
                .expires(utc.plusHours(6))
                .area("全街道", square(104.0, 30.6, 0.01))
                .build());
    assertThat(one(d, "sent")).isEqualTo("2026-03-01T02:00:00-00:00");
    assertThat(one(d, "expires")).isEqualTo("2026-03-01T08:00:00-00:00");
    assertThatThrownBy(() -> CapAlert.builder("X", SENDER, SENT).expires(SENT.minusMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after sent");
  }

  @Test
  @DisplayName("an update needs the alert it updates, written as sender,identifier,sent")
  void update() throws Exception {
    assertThatThrownBy(
            () ->
                flood()
                    .msgType(CapAlert.MsgType.UPDATE)
                    .area("片区", square(104, 30.6, 0.01))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("references");
    Document d =
        valid(
            flood()
                .msgType(CapAlert.MsgType.UPDATE)
                .references(SENDER, "GG-2026-0000", SENT.minusHours(1))
                .area("片区", square(104, 30.6, 0.01))
                .build());
    assertThat(one(d, "msgType")).isEqualTo("Update");
    assertThat(one(d, "references")).isEqualTo(SENDER + ",GG-2026-0000,2026-03-01T09:00:00+08:00");
  }

  @Test
  @DisplayName("build names every missing part at once")
  void missingParts() {
    assertThatThrownBy(() -> CapAlert.builder("X1", SENDER, SENT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status")
        .hasMessageContaining("hazard")
        .hasMessageContaining("urgency")
        .hasMessageContaining("certainty")
        .hasMessageContaining("area");
  }

  @Test
  @DisplayName("bad arguments are refused when given, saying what is wrong")
  void badArguments() {
    assertThatThrownBy(() -> CapAlert.builder("GG 1", SENDER, SENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier")
        .hasMessageContaining("position 3");
    assertThatThrownBy(() -> CapAlert.builder("GG1", "a,b", SENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sender");
    assertThatThrownBy(() -> flood().area("点", Wgs84.point(104, 30.6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Polygon or MultiPolygon");
    assertThatThrownBy(
            () -> flood().area("a", square(104, 30.6, 0.01)).circle("b", Wgs84.point(104, 30), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already set");
    assertThatThrownBy(() -> flood().circle("b", Wgs84.point(104, 30), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius");
    assertThatThrownBy(() -> flood().headline("bell\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0007");
  }

  @Test
  @DisplayName("the schema check is live: a time with Z, which CAP forbids, fails it")
  void schemaCatchesZ() {
    String xml =
        new String(
                bytes(flood().area("片区", square(104, 30.6, 0.01)).build()), StandardCharsets.UTF_8)
            .replace("2026-03-01T10:00:00+08:00", "2026-03-01T02:00:00Z");
    assertThatThrownBy(() -> validate(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class);
    Geometry ok = square(104, 30.6, 0.01);
    assertThatCode(() -> validate(bytes(flood().area("片区", ok).build())))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF", "\uD800",
        "\uDBFF", "\uDC00", "\uDFFF"
      })
  @DisplayName("every character XML 1.0 cannot carry, and every unpaired surrogate, is refused")
  void hostileCharacters(String bad) {
    String text = "沙河" + bad + "水位";
    for (java.util.function.Consumer<CapAlert.Builder> set :
        List.<java.util.function.Consumer<CapAlert.Builder>>of(
            b -> b.headline(text), b -> b.description(text), b -> b.instruction(text))) {
      assertThatThrownBy(() -> set.accept(flood()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.format(java.util.Locale.ROOT, "U+%04X", (int) bad.charAt(0)))
          .hasMessageContaining("position 3");
    }
    assertThatThrownBy(() -> flood().area(text, square(104, 30.6, 0.01)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CapAlert.builder("GG" + bad, SENDER, SENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
    // A surrogate pair the wrong way round is two unpaired surrogates.
    assertThatThrownBy(() -> flood().headline("\uDC00\uD800"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("markup, quotes, paired surrogates and \\r\\n come out valid and read back equal")
  void hostileButLegalText() throws Exception {
    String text = "<b>&amp;</b> ]]> \"'\t 😀 𠀀 \u0085\u2028 a\r\nb\rc";
    Document d =
        valid(
            flood()
                .headline(text)
                .description(text)
                .area("区<&>" + text, square(104, 30.6, 0.01))
                .build());
    String expected = "<b>&amp;</b> ]]> \"'\t 😀 𠀀 \u0085\u2028 a\nb\nc";
    assertThat(one(d, "headline")).isEqualTo(expected);
    assertThat(one(d, "description")).isEqualTo(expected);
    assertThat(
            new String(
                bytes(flood().headline(text).area("a", square(104, 30.6, 0.01)).build()),
                StandardCharsets.UTF_8))
        .doesNotContain("\r");
  }

  @Test
  @DisplayName("a circle larger than the earth is refused; coordinates have at most 7 decimals")
  void figures() throws Exception {
    assertThatThrownBy(() -> flood().circle("b", Wgs84.point(104, 30), 10_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20015");
    assertThatThrownBy(() -> flood().circle("b", Wgs84.point(104, 30), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    Document d =
        valid(
            flood()
                .circle("b", Wgs84.point(104.04131234567891, 30.584783599999998), 20_015)
                .build());
    assertThat(one(d, "circle")).isEqualTo("30.5847836,104.0413123 20015.0");
  }
}
