package org.gridgov.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.core.event.CaseState;
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

class Open311Test {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:30:00+08:00");
  private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
  private static final GridCode MICRO = GridCode.parse("510107011005003012");

  private static final GridEvent GAS =
      GridEvent.builder("E1", T0, EventCategory.SAFETY_GAS)
          .location(104.0712, 30.6543)
          .buildingId("B7")
          .severity(EventSeverity.III)
          .source(EventSource.MEMBER_PATROL)
          .text("3 单元 502 燃气味很重")
          .build();

  private static GridCase opened() {
    return GridCase.open("C1", GAS, MICRO, "system");
  }

  private static String json(ServiceRequest... requests) {
    StringWriter out = new StringWriter();
    Open311.writeRequests(List.of(requests), out);
    return out.toString();
  }

  private static ImmutableList<GridEvent> read(String json) {
    return Open311.readRequests(new StringReader(json), "requests.json", RECEIVED);
  }

  private static InvalidInputException readFails(String json) {
    try {
      read(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected the input to be refused: " + json);
  }

  @Test
  @DisplayName("a case becomes a request: category code and name, grid, times, place, words")
  void caseToRequest() {
    GridCase c =
        opened()
            .moveTo(CaseState.ACCEPTED, "M1", T0.plusMinutes(4), "on my way")
            .moveTo(CaseState.DISPATCHED, "M1", T0.plusMinutes(6), "gas company called");
    ServiceRequest r = Open311.toServiceRequest(c, GAS);
    assertThat(r.serviceRequestId()).isEqualTo("C1");
    assertThat(r.status()).isEqualTo(ServiceRequest.Status.OPEN);
    assertThat(r.statusNotes()).contains("gas company called");
    assertThat(r.serviceCode()).isEqualTo("safety.gas");
    assertThat(r.serviceName()).isEqualTo("gas hazard");
    assertThat(r.agencyResponsible()).isEqualTo("510107011005003012");
    assertThat(r.requestedAt()).isEqualTo(T0);
    assertThat(r.updatedAt()).isEqualTo(T0.plusMinutes(6));
    assertThat(r.addressId()).contains("B7");
    assertThat(r.position()).contains(new ServiceRequest.LatLong(30.6543, 104.0712));
    assertThat(r.description()).contains("3 单元 502 燃气味很重");
  }

  @Test
  @DisplayName("status is closed once verified, closed, merged or rejected, open before")
  void status() {
    GridCase resolved =
        opened()
            .moveTo(CaseState.ACCEPTED, "M1", T0.plusMinutes(1), "")
            .moveTo(CaseState.DISPATCHED, "M1", T0.plusMinutes(2), "")
            .moveTo(CaseState.IN_PROGRESS, "M1", T0.plusMinutes(3), "")
            .moveTo(CaseState.RESOLVED, "M1", T0.plusMinutes(30), "valve replaced");
    GridCase verified = resolved.moveTo(CaseState.VERIFIED, "M2", T0.plusMinutes(40), "checked");
    assertThat(Open311.toServiceRequest(resolved, GAS).status())
        .isEqualTo(ServiceRequest.Status.OPEN);
    assertThat(Open311.toServiceRequest(verified, GAS).status())
        .isEqualTo(ServiceRequest.Status.CLOSED);
    assertThat(
            Open311.toServiceRequest(
                    verified.moveTo(CaseState.CLOSED, "M2", T0.plusMinutes(50), "filed"), GAS)
                .status())
        .isEqualTo(ServiceRequest.Status.CLOSED);
    assertThat(
            Open311.toServiceRequest(
                    opened().moveTo(CaseState.MERGED, "M1", T0.plusMinutes(1), "joined C0"), GAS)
                .status())
        .isEqualTo(ServiceRequest.Status.CLOSED);
    assertThat(
            Open311.toServiceRequest(
                    opened().moveTo(CaseState.REJECTED, "M1", T0.plusMinutes(1), "false alarm"),
                    GAS)
                .statusNotes())
        .contains("false alarm");
  }

  @Test
  @DisplayName("the request needs the case's first report")
  void firstEventOnly() {
    GridEvent other =
        GridEvent.builder("E2", T0.plusMinutes(3), EventCategory.SAFETY_GAS)
            .buildingId("B7")
            .build();
    GridCase c = opened().withEvent("E2");
    assertThatThrownBy(() -> Open311.toServiceRequest(c, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("E2")
        .hasMessageContaining("E1");
  }

  @Test
  @DisplayName("requests are written as a GeoReport v2 array with every key of the specification")
  void writesGeoReportJson() throws Exception {
    JsonNode array = new ObjectMapper().readTree(json(Open311.toServiceRequest(opened(), GAS)));
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    JsonNode r = array.get(0);
    assertThat(r.get("service_request_id").textValue()).isEqualTo("C1");
    assertThat(r.get("status").textValue()).isEqualTo("open");
    assertThat(r.get("status_notes").textValue()).isEqualTo("reported");
    assertThat(r.get("service_code").textValue()).isEqualTo("safety.gas");
    assertThat(r.get("service_name").textValue()).isEqualTo("gas hazard");
    assertThat(r.get("agency_responsible").textValue()).isEqualTo("510107011005003012");
    assertThat(r.get("requested_datetime").textValue()).isEqualTo("2026-03-01T09:30:00+08:00");
    assertThat(r.get("updated_datetime").textValue()).isEqualTo("2026-03-01T09:30:00+08:00");
    assertThat(r.get("address_id").textValue()).isEqualTo("B7");
    assertThat(r.get("lat").doubleValue()).isEqualTo(30.6543);
    assertThat(r.get("long").doubleValue()).isEqualTo(104.0712);
    assertThat(r.get("media_url").isNull()).isTrue();
    assertThat(r.get("attributes").get("severity").textValue()).isEqualTo("iii");
    assertThat(r.fieldNames())
        .toIterable()
        .contains(
            "service_notice",
            "expected_datetime",
            "address",
            "zipcode",
            "media_url",
            "description");
  }

  @Test
  @DisplayName("case → request JSON → report keeps category, point, time, words, building, grade")
  void roundTrip() {
    GridEvent back = read(json(Open311.toServiceRequest(opened(), GAS))).get(0);
    assertThat(back.id()).isEqualTo("C1");
    assertThat(back.category()).isEqualTo(GAS.category());
    assertThat(back.location().orElseThrow().getCoordinate())
        .isEqualTo(GAS.location().orElseThrow().getCoordinate());
    assertThat(back.reportedAt()).isEqualTo(GAS.reportedAt());
    assertThat(back.reportedAt().getOffset()).isEqualTo(GAS.reportedAt().getOffset());
    assertThat(back.text()).isEqualTo(GAS.text());
    assertThat(back.buildingId()).isEqualTo(GAS.buildingId());
    assertThat(back.severity()).isEqualTo(EventSeverity.III);
    assertThat(back.grid()).contains(MICRO);
    assertThat(back.source()).isEqualTo(EventSource.RESIDENT_APP);
  }

  @Test
  @DisplayName("a POST-like object with form values as text becomes one report")
  void postObject() {
    GridEvent e =
        read("""
                {"service_code": "disaster.flood", "lat": "30.60", "long": "104.05",
                 "requested_datetime": "2026-07-12T06:15:00Z",
                 "description": "地下车库进水", "attribute[severity]": "iv",
                 "device_id": "wx-app-8812", "first_name": "Li", "jurisdiction_id": "chengdu"}
                """)
            .get(0);
    assertThat(e.id()).isEqualTo("requests.json#1");
    assertThat(e.category()).isEqualTo(EventCategory.DISASTER_FLOOD);
    assertThat(e.location().orElseThrow().getX()).isEqualTo(104.05);
    assertThat(e.location().orElseThrow().getY()).isEqualTo(30.60);
    assertThat(e.reportedAt()).isEqualTo(OffsetDateTime.parse("2026-07-12T14:15:00+08:00"));
    assertThat(e.severity()).isEqualTo(EventSeverity.IV);
    assertThat(e.reporter()).contains("wx-app-8812");
    assertThat(e.text()).isEqualTo("地下车库进水");
  }

  @Test
  @DisplayName("without a severity attribute a request is routine; attributes.severity is read")
  void severityAttribute() {
    List<GridEvent> events =
        read(
            """
            [{"service_request_id": 638344, "service_code": "facility.damage",
              "address_id": "B3", "requested_datetime": "2026-03-02T08:00:00+08:00"},
             {"service_request_id": "R2", "service_code": "safety.fire", "address_id": "B4",
              "requested_datetime": "2026-03-02T08:00:00+08:00",
              "attributes": {"severity": "ii"}}]
            """);
    assertThat(events).extracting(GridEvent::id).containsExactly("638344", "R2");
    assertThat(events)
        .extracting(GridEvent::severity)
        .containsExactly(EventSeverity.ROUTINE, EventSeverity.II);
  }

  @Test
  @DisplayName("an unknown service code is refused, naming its JSON path and the allowed codes")
  void unknownServiceCode() {
    InvalidInputException e =
        readFails(
            """
            [{"service_code": "safety.gas", "address_id": "B1",
              "requested_datetime": "2026-03-02T08:00:00+08:00"},
             {"service_code": "pothole", "address_id": "B1",
              "requested_datetime": "2026-03-02T08:00:00+08:00"}]
            """);
    assertThat(e.problems()).hasSize(1);
    assertThat(
            readFails(
                    """
                {"service_code": 6, "address_id": "B1",
                 "requested_datetime": "2026-03-02T08:00:00+08:00"}
                """)
                .getMessage())
        .contains("$.service_code: unknown service code \"6\"; expected one of safety.fire|");
    assertThat(e.getMessage())
        .contains("requests.json")
        .contains("$[1].service_code")
        .contains("\"pothole\"")
        .contains("safety.gas|");
  }

  @Test
  @DisplayName("every bad field is reported at once, each with its JSON path")
  void collectsAllProblems() {
    InvalidInputException e =
        readFails(
            """
            [{"service_code": "safety.gas", "address_id": "B1",
              "requested_datetime": "yesterday"},
             {"service_code": "safety.gas", "address_id": "B1"},
             {"service_code": "safety.gas", "lat": 95, "long": 104.0,
              "requested_datetime": "2026-03-02T08:00:00+08:00"},
             {"service_code": "safety.gas", "address_id": "B1",
              "requested_datetime": "2026-03-02T08:00:00+08:00",
              "attribute[severity]": "urgent"},
             {"service_code": "safety.gas", "address_id": 7,
              "requested_datetime": "2026-03-02T08:00:00+08:00", "description": ["a"]}]
            """);
    assertThat(e.problems())
        .extracting(Problem::subject)
        .containsExactly(
            "$[0].requested_datetime", "$[2].lat", "$[3].attribute[severity]", "$[4].description");
    assertThat(e.getMessage())
        .contains("\"yesterday\" is not read as a time")
        .contains("95 is outside")
        .contains("i|ii|iii|iv|routine");
  }

  @Test
  @DisplayName("a request with no usable place is refused, naming it")
  void noPlace() {
    InvalidInputException e =
        readFails(
            """
            {"service_code": "wish.micro", "address_string": "锦江区某路 12 号",
             "requested_datetime": "2026-03-02T08:00:00+08:00"}
            """);
    assertThat(e.problems()).singleElement().extracting(Problem::subject).isEqualTo("$");
    assertThat(e.getMessage()).contains("address_string alone cannot be located");
  }

  @Test
  @DisplayName("lat without long, and a service request id given twice, are refused")
  void halfPointAndDuplicateId() {
    InvalidInputException e =
        readFails(
            """
            [{"service_request_id": "R1", "service_code": "safety.fire", "lat": 30.6,
              "requested_datetime": "2026-03-02T08:00:00+08:00"},
             {"service_request_id": "R1", "service_code": "safety.fire", "address_id": "B1",
              "requested_datetime": "2026-03-02T08:00:00+08:00"}]
            """);
    assertThat(e.problems())
        .extracting(Problem::subject)
        .containsExactly("$[0].long", "$[1].service_request_id");
  }

  @Test
  @DisplayName("malformed JSON is reported with its line")
  void malformed() {
    InvalidInputException e = readFails("[\n{\"service_code\": \"safety.gas\",,}\n]");
    assertThat(e.problems().get(0).location().orElseThrow().line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("malformed JSON");
  }

  @Test
  @DisplayName("neither an array nor an object is refused")
  void wrongRoot() {
    assertThat(readFails("\"hello\"").getMessage()).contains("$").contains("expected a JSON array");
    assertThat(readFails("[1]").problems()).extracting(Problem::subject).containsExactly("$[0]");
  }
}
