package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.ROUTE_FILES;
import static org.gridgov.cli.GridCommandTest.grid;
import static org.gridgov.cli.GridCommandTest.over;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gridgov.cli.GridCommandTest.Run;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.io.EventCsv;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid open311} and {@code grid cap}: the interchange documents from the command line. */
class InteropCommandTest {

  /** RFC 3339 with seconds and the offset, and nothing else. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @DisplayName("open311 services lists every category; --code writes one service's definition")
  void services() throws IOException {
    Run run = grid("open311", "services");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode list = JSON.readTree(run.out());
    assertThat(list).hasSize(EventCategory.values().length);
    assertThat(list.get(0).get("service_code").textValue())
        .isEqualTo(EventCategory.values()[0].code());
    Path out = dir.resolve("gas.json");
    Run one = grid("open311", "services", "--code", "safety.gas", "--out", out.toString());
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(JSON.readTree(out.toFile()).get("attributes").get(0).get("code").textValue())
        .isEqualTo("severity");
    assertThat(grid("open311", "services", "--code", "pothole").exit())
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  @DisplayName("open311 requests turns routed cases into GET requests.json, filtered as GeoReport")
  void requests() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "60").exit()).isZero();
    Path routed = dir.resolve("routed");
    Run route = grid(over("route", sample, ROUTE_FILES, "--out", routed.toString()));
    assertThat(route.exit()).as(route.err()).isZero();
    String audit = routed.resolve("audit.jsonl").toString();
    String events = sample.resolve("events.csv").toString();

    Run all = grid("open311", "requests", "--audit", audit, "--events", events);
    assertThat(all.exit()).as(all.err()).isZero();
    JsonNode requests = JSON.readTree(all.out());
    long opened =
        Files.readAllLines(routed.resolve("audit.jsonl")).stream()
            .filter(l -> l.startsWith("{\"type\":\"open\""))
            .count();
    assertThat(requests).hasSize((int) opened);
    for (JsonNode r : requests) {
      assertThat(r.get("requested_datetime").textValue()).matches(RFC3339);
      assertThat(r.get("updated_datetime").textValue()).matches(RFC3339);
      assertThat(r.get("status").textValue()).isIn("open", "closed");
      if (r.get("lat").isNumber()) {
        assertThat(r.get("lat").asText()).matches("-?\\d+(\\.\\d{1,7})?");
        assertThat(r.get("long").asText()).matches("-?\\d+(\\.\\d{1,7})?");
      }
    }

    String firstId = requests.get(0).get("service_request_id").textValue();
    Path one = dir.resolve("one.json");
    Run byId =
        grid(
            "open311",
            "requests",
            "--audit",
            audit,
            "--events",
            events,
            "--service-request-id",
            firstId,
            "--out",
            one.toString());
    assertThat(byId.exit()).as(byId.err()).isZero();
    assertThat(JSON.readTree(one.toFile())).hasSize(1);
    Run closed =
        grid("open311", "requests", "--audit", audit, "--events", events, "--status", "closed");
    assertThat(JSON.readTree(closed.out())).isEmpty();
    Run unknown =
        grid(
            "open311",
            "requests",
            "--audit",
            audit,
            "--events",
            events,
            "--service-request-id",
            "case-NOPE");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    Run badStatus =
        grid("open311", "requests", "--audit", audit, "--events", events, "--status", "pending");
    assertThat(badStatus.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badStatus.err()).contains("status").contains("pending");
  }

  @Test
  @DisplayName("open311 read turns a POST body into events.csv, timed by --received")
  void readPost() throws IOException {
    Path body = dir.resolve("post.form");
    Files.writeString(
        body,
        "service_code=disaster.flood&lat=30.6012&long=104.0523"
            + "&description=%E5%9C%B0%E4%B8%8B%E8%BD%A6%E5%BA%93%E8%BF%9B%E6%B0%B4"
            + "&attribute%5Bseverity%5D=iv&device_id=wx-8812\n",
        StandardCharsets.US_ASCII);
    Path out = dir.resolve("events.csv");
    Run run =
        grid(
            "open311",
            "read",
            "--input",
            body.toString(),
            "--out",
            out.toString(),
            "--received",
            "2026-07-12 06:15:00+0800",
            "--id",
            "R7");
    assertThat(run.exit()).as(run.err()).isZero();
    List<GridEvent> events = EventCsv.read(out);
    assertThat(events).hasSize(1);
    GridEvent e = events.get(0);
    assertThat(e.id()).isEqualTo("R7");
    assertThat(e.category()).isEqualTo(EventCategory.DISASTER_FLOOD);
    assertThat(e.severity()).isEqualTo(EventSeverity.IV);
    assertThat(e.text()).isEqualTo("地下车库进水");
    assertThat(e.reportedAt().toString()).isEqualTo("2026-07-12T06:15+08:00");

    Path bad = dir.resolve("bad.form");
    Files.writeString(bad, "service_code=pothole&address_id=B1", StandardCharsets.US_ASCII);
    Run refused = grid("open311", "read", "--input", bad.toString(), "--out", out.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("service_code").contains("pothole");
  }

  @Test
  @DisplayName("cap writes the area incident as a CAP 1.2 alert; grade IV exits 2")
  void cap() throws IOException {
    Path fire = dir.resolve("fire.geojson");
    Files.writeString(fire, GridCommandTest.FIRE_AREA, StandardCharsets.UTF_8);
    Path out = dir.resolve("alert.xml");
    Run run =
        grid(
            "cap",
            "--area",
            fire.toString(),
            "--area-desc",
            "营门口街道 3 号院",
            "--category",
            "safety.fire",
            "--severity",
            "ii",
            "--status",
            "exercise",
            "--identifier",
            "GG-2026-0001",
            "--sender",
            "yingmenkou@jinniu.gov.cn",
            "--sent",
            "2026-03-02 10:00:00+0800",
            "--headline",
            "火灾演练",
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String xml = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<status>Exercise</status>")
        .contains("<sent>2026-03-02T10:00:00+08:00</sent>")
        .contains("<severity>Severe</severity>")
        .contains("<areaDesc>营门口街道 3 号院</areaDesc>")
        .contains("<polygon>30.");
    Run routine =
        grid(
            "cap",
            "--area",
            fire.toString(),
            "--area-desc",
            "x",
            "--category",
            "safety.fire",
            "--severity",
            "iv",
            "--status",
            "actual",
            "--identifier",
            "GG-2",
            "--sender",
            "s@x.cn");
    assertThat(routine.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(routine.err()).contains("only for grades I–III");
  }
}
