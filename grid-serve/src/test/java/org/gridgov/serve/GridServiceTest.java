package org.gridgov.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.core.household.Household;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridServiceTest {

  private static final GridTree TREE = SampleCommunities.urban();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI BASE = URI.create("https://report.example.gov.cn/r");
  private static final BuildingLinks LINKS =
      BuildingLinks.fromKeyText("00112233445566778899aabbccddeeff", BASE);
  private static final Instant START =
      OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Escalator.Notice> notices = new ArrayList<>();
  private VirtualScheduler time;
  private GridStore store;
  private GridService service;

  @BeforeEach
  void start() {
    time = new VirtualScheduler(START, ZoneId.of("Asia/Shanghai"));
    store = new MemoryStoreProvider().open(StoreConfig.of("memory:"));
    service = service(store);
  }

  private GridService service(GridStore s) {
    return GridService.builder(TREE, RoutingPolicy.defaults(), s)
        .server(ServerSettings.defaults().withPort(0))
        .clock(time.clock())
        .scheduler(time)
        .links(LINKS)
        .listener(
            n -> {
              synchronized (notices) {
                notices.add(n);
              }
            })
        .build()
        .start();
  }

  @AfterEach
  void stop() {
    service.close();
    store.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(service.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(service.uri().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Household someHousehold() {
    return TREE.households().stream()
        .filter(h -> h.location().isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("GeoReport v2: a POST without requested_datetime opens a case the GETs show")
  void open311RoundTrip() throws Exception {
    Household h = someHousehold();
    String body =
        "service_code=safety.gas&lat="
            + h.location().orElseThrow().getY()
            + "&long="
            + h.location().orElseThrow().getX()
            + "&description="
            + enc("楼道有燃气味")
            + "&first_name=Li&phone=13800138000";
    HttpResponse<String> posted = postForm("/open311/v2/requests.json", body);
    assertThat(posted.statusCode()).isEqualTo(201);
    JsonNode answer = JSON.readTree(posted.body());
    String id = answer.get(0).get("service_request_id").asText();
    assertThat(id).startsWith("case-o311-");
    assertThat(posted.body()).doesNotContain("13800138000");

    HttpResponse<String> one = get("/open311/v2/requests/" + id + ".json");
    assertThat(one.statusCode()).isEqualTo(200);
    JsonNode r = JSON.readTree(one.body()).get(0);
    assertThat(r.get("status").asText()).isEqualTo("open");
    assertThat(r.get("service_code").asText()).isEqualTo("safety.gas");

    HttpResponse<String> list = get("/open311/v2/requests.json?status=open");
    assertThat(JSON.readTree(list.body()).findValuesAsText("service_request_id")).contains(id);
    assertThat(JSON.readTree(get("/open311/v2/requests.json?status=closed").body())).isEmpty();

    JsonNode services = JSON.readTree(get("/open311/v2/services.json").body());
    assertThat(services.findValuesAsText("service_code")).contains("safety.gas");
    // metadata true: each service's definition names the attribute severity and its grades.
    assertThat(services.findValuesAsText("metadata")).containsOnly("true");
    JsonNode definition = JSON.readTree(get("/open311/v2/services/safety.gas.json").body());
    assertThat(definition.get("service_code").asText()).isEqualTo("safety.gas");
    assertThat(definition.get("attributes").get(0).get("code").asText()).isEqualTo("severity");
    assertThat(definition.get("attributes").get(0).findValuesAsText("key"))
        .contains("routine", "i");
    HttpResponse<String> noService = get("/open311/v2/services/nope.json");
    assertThat(noService.statusCode()).isEqualTo(404);
    assertThat(noService.body()).contains("no service nope");
    // The store holds the case the answer named, with nothing personal.
    List<CaseEntry> log = store.cases().history(id);
    assertThat(log).hasSize(1);
    assertThat(log.get(0).detail()).doesNotContain("13800138000").doesNotContain("Li");
  }

  @Test
  @DisplayName("GeoReport v2 errors: code and description, with the status")
  void open311Errors() throws Exception {
    HttpResponse<String> unknown =
        postForm("/open311/v2/requests.json", "service_code=nope&lat=1&long=2");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get(0).get("description").asText())
        .contains("unknown service code \"nope\"");
    HttpResponse<String> noPlace = postForm("/open311/v2/requests.json", "service_code=safety.gas");
    assertThat(noPlace.statusCode()).isEqualTo(400);
    assertThat(noPlace.body()).contains("\"code\"");
    HttpResponse<String> outside =
        postForm("/open311/v2/requests.json", "service_code=safety.gas&lat=0.5&long=0.5");
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(get("/open311/v2/requests/case-none.json").statusCode()).isEqualTo(404);
    assertThat(get("/open311/v2/requests.json?start_date=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("a building's QR link opens the form and files a report; a forged link gets 403")
  void qrForm() throws Exception {
    Building b =
        TREE.buildings().stream().filter(x -> x.location().isPresent()).findFirst().orElseThrow();
    URI link = LINKS.link(b.id(), TREE.grids().get(TREE.grids().size() - 1).code());
    String query = link.getRawQuery();
    HttpResponse<String> form = get("/r?" + query);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<form").contains(b.id());
    HttpResponse<String> forged = get("/r?" + query.replace("&s=", "&s=A"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).doesNotContain("<form");
    HttpResponse<String> filed =
        postForm("/r?" + query, "category=facility.damage&description=" + enc("井盖松动"));
    assertThat(filed.statusCode()).isEqualTo(201);
    assertThat(filed.body()).contains("case-qr-");
    HttpResponse<String> forgedPost =
        postForm("/r?" + query.replace("b=", "b=x"), "category=facility.damage");
    assertThat(forgedPost.statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("nobody accepts: the case escalates on the injected clock, and survives a restart")
  void escalatesAndResumes() throws Exception {
    Household h = someHousehold();
    HttpResponse<String> posted =
        postForm(
            "/open311/v2/requests.json",
            "service_code=safety.fire&lat="
                + h.location().orElseThrow().getY()
                + "&long="
                + h.location().orElseThrow().getX());
    String id = JSON.readTree(posted.body()).get(0).get("service_request_id").asText();
    Escalator.Rung rung = service.cases().rung(id).orElseThrow();
    time.advanceTo(rung.acceptBy().plusSeconds(1));
    List<CaseEntry> log = store.cases().history(id);
    assertThat(log.get(log.size() - 1).state()).isEqualTo(CaseState.ESCALATED);
    synchronized (notices) {
      assertThat(notices).hasSize(2);
      assertThat(notices.get(1).level()).isEqualTo(rung.level().up().orElseThrow());
    }
    service.close();
    service = service(store);
    assertThat(service.resumed()).isEqualTo(1);
    assertThat(get("/health").body()).contains("\"status\":\"ok\"");
  }
}
