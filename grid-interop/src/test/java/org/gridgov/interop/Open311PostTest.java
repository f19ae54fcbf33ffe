package org.gridgov.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The GeoReport v2 methods a server answers: POST requests, services, errors, queries. */
class Open311PostTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T01:02:03.456Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A POST body as a client writes it: made with Python's {@code urllib.parse.urlencode} (the
   * encoding of HTML forms and of {@code curl --data-urlencode}), not by our code.
   */
  private static String postBody() throws IOException {
    try (InputStream in = Open311PostTest.class.getResourceAsStream("post-request.form")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InvalidInputException postFails(String body) {
    try {
      Open311.readPost(body, "R1", RECEIVED);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected the body to be refused: " + body);
  }

  @Test
  @DisplayName("a GeoReport v2 POST body becomes a report timed by the receiver, in China time")
  void postBody_isRead() throws IOException {
    GridEvent e = Open311.readPost(postBody(), "R-20260302-0001", RECEIVED);
    assertThat(e.id()).isEqualTo("R-20260302-0001");
    assertThat(e.category()).isEqualTo(EventCategory.SAFETY_GAS);
    assertThat(e.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:02:03.456+08:00"));
    assertThat(e.reportedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(e.location().orElseThrow().getY()).isEqualTo(30.6543219876);
    assertThat(e.location().orElseThrow().getX()).isEqualTo(104.0712);
    assertThat(e.text()).isEqualTo("3 单元 502 燃气味很重 & 有“嘶嘶”声");
    assertThat(e.severity()).isEqualTo(EventSeverity.III);
    assertThat(e.source()).isEqualTo(EventSource.RESIDENT_APP);
    // account_id is empty in the body, so the device is the reporter.
    assertThat(e.reporter()).contains("wx-app-8812");
  }

  @Test
  @DisplayName("a POST's requested_datetime, which GeoReport does not define, cannot backdate it")
  void postTimeIsTheReceivers() {
    GridEvent e =
        Open311.readPost(
            "service_code=safety.fire&address_id=B7&requested_datetime=2020-01-01T00:00:00Z",
            "R2",
            RECEIVED);
    assertThat(e.reportedAt().toInstant()).isEqualTo(RECEIVED);
    assertThat(e.buildingId()).contains("B7");
  }

  @Test
  @DisplayName("every bad argument of a POST is named: code, place, grade, attribute, repeats")
  void postProblems() {
    InvalidInputException e =
        postFails(
            "service_code=pothole&lat=95&long=104&attribute%5Bsize%5D=big"
                + "&attribute[severity]=urgent&email=a%40b.cn&email=c%40d.cn");
    assertThat(e.problems())
        .extracting(Problem::subject)
        .containsExactlyInAnyOrder(
            "attribute[size]", "email", "service_code", "lat", "attribute[severity]");
    assertThat(e.getMessage())
        .contains("unknown service code \"pothole\"")
        .contains("\"95\" is outside")
        .contains("is given twice")
        .contains("not an attribute of our services");
  }

  @Test
  @DisplayName("a POST with only address_string is refused: it cannot be located")
  void addressStringAlone() {
    InvalidInputException e =
        postFails("service_code=wish.micro&address_string=%E9%87%91%E7%89%9B");
    assertThat(e.problems()).singleElement().extracting(Problem::subject).isEqualTo("lat");
    assertThat(e.getMessage()).contains("address_string alone cannot be located");
  }

  @Test
  @DisplayName("a broken escape and bytes that are not UTF-8 are refused, not replaced")
  void badEncoding() {
    assertThat(postFails("service_code=safety.gas&address_id=B1&description=%E9%8").getMessage())
        .contains("description")
        .contains("two hexadecimal digits");
    assertThat(postFails("service_code=safety.gas&address_id=B1&description=%C4%E3").getMessage())
        .contains("not UTF-8");
  }

  @Test
  @DisplayName("a refused POST is answered with GeoReport v2 errors: code 400 and a description")
  void errorsDocument() throws IOException {
    StringWriter out = new StringWriter();
    Open311.writeErrors(postFails("service_code=pothole&address_id=B1"), out);
    JsonNode errors = JSON.readTree(out.toString());
    assertThat(errors.isArray()).isTrue();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("code").intValue()).isEqualTo(400);
    assertThat(errors.get(0).get("description").textValue())
        .startsWith("service_code: unknown service code \"pothole\"");

    StringWriter notFound = new StringWriter();
    Open311.writeError(404, "no service request C9", notFound);
    assertThat(JSON.readTree(notFound.toString()).get(0).get("code").intValue()).isEqualTo(404);
    assertThatThrownBy(() -> Open311.writeError(200, "fine", new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the answer to a POST names the request id the receiver gave")
  void created() throws IOException {
    StringWriter out = new StringWriter();
    Open311.writeCreated("case-R1", Optional.of("网格员将在 30 分钟内联系您"), out);
    JsonNode r = JSON.readTree(out.toString()).get(0);
    assertThat(r.get("service_request_id").textValue()).isEqualTo("case-R1");
    assertThat(r.get("service_notice").textValue()).isEqualTo("网格员将在 30 分钟内联系您");
    assertThat(r.get("account_id").isNull()).isTrue();
  }

  @Test
  @DisplayName("services.json lists every category with the fields of the specification")
  void services() throws IOException {
    StringWriter out = new StringWriter();
    Open311.writeServices(out);
    JsonNode list = JSON.readTree(out.toString());
    assertThat(list).hasSize(EventCategory.values().length);
    for (int i = 0; i < list.size(); i++) {
      EventCategory c = EventCategory.values()[i];
      JsonNode s = list.get(i);
      assertThat(s.get("service_code").textValue()).isEqualTo(c.code());
      assertThat(s.get("service_name").textValue()).isEqualTo(c.nameEn());
      assertThat(s.get("description").textValue()).isEqualTo(c.nameZh());
      assertThat(s.get("group").textValue()).isEqualTo(c.family());
      assertThat(s.get("type").textValue()).isEqualTo("realtime");
      assertThat(s.get("metadata").booleanValue()).isTrue();
      assertThat(s.get("keywords").textValue()).contains(c.code());
    }
  }

  @Test
  @DisplayName("a service's definition offers the grades as a single-value list, each one readable")
  void definition() throws IOException {
    StringWriter out = new StringWriter();
    Open311.writeServiceDefinition(EventCategory.DISASTER_FLOOD, out);
    JsonNode d = JSON.readTree(out.toString());
    assertThat(d.get("service_code").textValue()).isEqualTo("disaster.flood");
    JsonNode a = d.get("attributes").get(0);
    assertThat(a.get("code").textValue()).isEqualTo("severity");
    assertThat(a.get("datatype").textValue()).isEqualTo("singlevaluelist");
    assertThat(a.get("required").booleanValue()).isFalse();
    assertThat(a.get("values")).hasSize(EventSeverity.values().length);
    for (JsonNode v : a.get("values")) {
      GridEvent e =
          Open311.readPost(
              "service_code=disaster.flood&address_id=B1&attribute[severity]="
                  + v.get("key").textValue(),
              "R1",
              RECEIVED);
      assertThat(e.severity().code()).isEqualTo(v.get("key").textValue());
    }
  }

  @Test
  @DisplayName("another server's requests: +0800, a space for T, and no time at all are read")
  void requestedDatetimeForms() {
    List<GridEvent> events =
        Open311.readRequests(
            new StringReader(
                """
                [{"service_code": "safety.gas", "address_id": "B1",
                  "requested_datetime": "2026-03-02T08:00:00+0800"},
                 {"service_code": "safety.gas", "address_id": "B1",
                  "requested_datetime": "2026-03-02 08:00:00+08:00"},
                 {"service_code": "safety.gas", "address_id": "B1"}]
                """),
            "requests.json",
            RECEIVED);
    OffsetDateTime eight = OffsetDateTime.parse("2026-03-02T08:00:00+08:00");
    assertThat(events.get(0).reportedAt()).isEqualTo(eight);
    assertThat(events.get(1).reportedAt()).isEqualTo(eight);
    assertThat(events.get(2).reportedAt().toInstant()).isEqualTo(RECEIVED);
    assertThat(events.get(2).reportedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
  }

  @Test
  @DisplayName("GET requests.json's query: ids override, codes, statuses and dates filter")
  void query() {
    GridEvent gas =
        GridEvent.builder(
                "E1", OffsetDateTime.parse("2026-03-02T09:00:00+08:00"), EventCategory.SAFETY_GAS)
            .buildingId("B1")
            .build();
    ServiceRequest r =
        Open311.toServiceRequest(
            GridCase.open("C1", gas, GridCode.parse("510107011005003012"), "system"), gas);
    assertThat(RequestQuery.ALL.test(r)).isTrue();
    assertThat(RequestQuery.parse(Map.of("service_code", "safety.fire,safety.gas")).test(r))
        .isTrue();
    assertThat(RequestQuery.parse(Map.of("status", "closed")).test(r)).isFalse();
    assertThat(RequestQuery.parse(Map.of("start_date", "2026-03-02T01:00:00Z")).test(r)).isTrue();
    assertThat(RequestQuery.parse(Map.of("end_date", "2026-03-02 08:59:59+0800")).test(r))
        .isFalse();
    assertThat(
            RequestQuery.parse(Map.of("service_request_id", "C2,C1", "status", "closed")).test(r))
        .isTrue();
    InvalidInputException e =
        (InvalidInputException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    RequestQuery.parse(
                        Map.of("status", "pending", "start_date", "March", "service_code", "x")));
    assertThat(e.problems())
        .extracting(Problem::subject)
        .containsExactlyInAnyOrder("status", "start_date", "service_code");
    assertThatThrownBy(
            () ->
                RequestQuery.parse(
                    Map.of(
                        "start_date", "2026-03-02T00:00:00Z", "end_date", "2026-03-01T00:00:00Z")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("end_date");
  }
}
