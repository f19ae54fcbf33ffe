package org.gridgov.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.access.AccessPolicy;
import org.gridgov.spi.store.CaseAppend;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.SourceRecord;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API: who proves nothing gets nothing, and each caller gets its scope. The sample's M0012
 * serves micro grid 510107011005001001; M0015 the neighbouring 510107011005001002; M0013 served
 * 510107011005001001 until 2026-01-02.
 */
class ReadApiTest {

  private static final GridTree TREE = SampleCommunities.urban();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();
  private static final GridCode MICRO_A = GridCode.parse("510107011005001001");
  private static final GridCode MICRO_B = GridCode.parse("510107011005001002");
  private static final String TOKEN_KEY = "00112233445566778899aabbccddeeff0011223344556677";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private GridStore store;
  private GridService service;

  @BeforeEach
  void start() throws IOException {
    store = new MemoryStoreProvider().open(StoreConfig.of("memory:"));
    Path keys = dir.resolve("api-keys.csv");
    Files.writeString(
        keys,
        "caller,key_sha256\n"
            + "member:M0012,"
            + sha256("key-of-m0012")
            + "\nmember:M0013,"
            + sha256("key-of-m0013")
            + "\ndepartment:fire,"
            + sha256("key-of-fire")
            + "\ncommunity:510107011005,"
            + sha256("key-of-office")
            + "\n");
    VirtualScheduler time = new VirtualScheduler(NOW, ZoneId.of("Asia/Shanghai"));
    service =
        GridService.builder(TREE, RoutingPolicy.defaults(), store)
            .server(ServerSettings.defaults().withPort(0))
            .clock(time.clock())
            .scheduler(time)
            .readAccess(Credentials.apiKeys(keys).withTokenKey(TOKEN_KEY), AccessPolicy.defaults())
            .build()
            .start();
    // Written after the start: the service follows again only the cases it finds at start,
    // reading their audit records, which these hand-made entries are not.
    OffsetDateTime t = NOW.atOffset(java.time.ZoneOffset.ofHours(8)).minusHours(2);
    store
        .cases()
        .appendAll(
            List.of(
                CaseAppend.of(0, opened("c-a", MICRO_A, t, "fire")),
                CaseAppend.of(0, opened("c-b", MICRO_B, t.plusMinutes(1), "police"))));
    store
        .residents()
        .save(
            List.of(resident("res-a", "ra", MICRO_A), resident("res-b", "rb", MICRO_B)),
            List.of(
                new SourceRecord("ra", "hukou", ImmutableMap.of("name", "张三")),
                new SourceRecord("rb", "hukou", ImmutableMap.of("name", "李四"))));
  }

  @AfterEach
  void stop() {
    service.close();
    store.close();
  }

  @Test
  @DisplayName("no credential, an unknown key or a bad header gets 401 and nothing")
  void unauthenticated() throws Exception {
    assertThat(get("/api/v1/cases", Optional.empty()).statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = get("/api/v1/cases", Optional.of("Bearer not-a-key"));
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(unknown.body()).doesNotContain("c-a").doesNotContain("张三");
    assertThat(get("/api/v1/cases", Optional.of("Basic a2V5")).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("a member reads their grid's resident and cases, never the neighbouring grid's")
  void member() throws Exception {
    Optional<String> m = bearer("key-of-m0012");
    assertThat(json(get("/api/v1/residents/res-a", m), 200).at("/fields/name/value").asText())
        .isEqualTo("张三");
    assertThat(get("/api/v1/residents/res-b", m).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/cases/c-b", m).statusCode()).isEqualTo(404);
    assertThat(ids(json(get("/api/v1/cases", m), 200).get("cases"))).containsExactly("c-a");
    assertThat(ids(json(get("/api/v1/residents", m), 200).get("residents")))
        .containsExactly("res-a");
    assertThat(json(get("/api/v1/cases/c-a", m), 200).at("/entries/0/state").asText())
        .isEqualTo("reported");
    // Each read of res-a showed its ID number: the audit names the member, the office sees it.
    JsonNode reads = json(get("/api/v1/reads", bearer("key-of-office")), 200).get("reads");
    assertThat(reads).isNotEmpty();
    assertThat(reads.get(0).get("caller").asText()).isEqualTo("member:M0012");
    assertThat(reads.get(0).get("subject").asText()).isEqualTo("resident res-a");
    assertThat(reads.get(0).get("fields").get(0).asText()).isEqualTo("id_number");
    assertThat(json(get("/api/v1/reads", bearer("key-of-fire")), 200).get("reads")).isEmpty();
  }

  @Test
  @DisplayName("a department reads the cases routed to it, not another's, and no resident")
  void department() throws Exception {
    Optional<String> d = bearer("key-of-fire");
    assertThat(ids(json(get("/api/v1/cases", d), 200).get("cases"))).containsExactly("c-a");
    assertThat(get("/api/v1/cases/c-b", d).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/cases?department=police", d).body()).doesNotContain("c-b");
    assertThat(get("/api/v1/residents/res-a", d).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("a member whose active_until has passed reads nothing")
  void departed() throws Exception {
    Optional<String> gone = bearer("key-of-m0013");
    assertThat(json(get("/api/v1/whoami", gone), 200).get("scope").asText()).isEqualTo("nothing");
    assertThat(json(get("/api/v1/cases", gone), 200).get("cases")).isEmpty();
    assertThat(get("/api/v1/residents/res-a", gone).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("the community office reads both grids; paging past its scope shows nothing more")
  void officeAndPaging() throws Exception {
    Optional<String> office = bearer("key-of-office");
    JsonNode first = json(get("/api/v1/cases?limit=1", office), 200);
    assertThat(ids(first.get("cases"))).containsExactly("c-a");
    // The cursor is opaque text: sent URL-encoded.
    String next = java.net.URLEncoder.encode(first.get("next").asText(), StandardCharsets.UTF_8);
    assertThat(ids(json(get("/api/v1/cases?limit=1&after=" + next, office), 200).get("cases")))
        .containsExactly("c-b");
    // The office's cursor in a member's hands lists nothing outside the member's grid.
    assertThat(
            ids(
                json(get("/api/v1/cases?limit=5&after=" + next, bearer("key-of-m0012")), 200)
                    .get("cases")))
        .isEmpty();
    assertThat(get("/api/v1/cases?after=nonsense", office).statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("a signed token works until it expires; a forged or expired one gets 401")
  void tokens() throws Exception {
    String token = Credentials.token(TOKEN_KEY, "member:M0012", NOW.plus(Duration.ofHours(8)));
    assertThat(ids(json(get("/api/v1/cases", Optional.of("Bearer " + token)), 200).get("cases")))
        .containsExactly("c-a");
    // Another caller written into a token signed for M0012.
    String[] parts = token.split("\\.");
    String payload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("community:510107011005\n" + NOW.plus(Duration.ofHours(8)).getEpochSecond())
                    .getBytes(StandardCharsets.UTF_8));
    String forged = parts[0] + "." + payload + "." + parts[2];
    HttpResponse<String> refused = get("/api/v1/cases", Optional.of("Bearer " + forged));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("signature");
    String otherKey =
        Credentials.token(
            "ffeeddccbbaa99887766554433221100", "member:M0012", NOW.plus(Duration.ofHours(8)));
    assertThat(get("/api/v1/cases", Optional.of("Bearer " + otherKey)).statusCode()).isEqualTo(401);
    String expired = Credentials.token(TOKEN_KEY, "member:M0012", NOW.minusSeconds(1));
    HttpResponse<String> late = get("/api/v1/cases", Optional.of("Bearer " + expired));
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(late.body()).contains("expired");
  }

  @Test
  @DisplayName("Open311 stays public: a report is posted and listed without a credential")
  void open311StaysPublic() throws Exception {
    Household h =
        TREE.households().stream().filter(x -> x.location().isPresent()).findFirst().orElseThrow();
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(service.uri().resolve("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "service_code=safety.gas&lat="
                            + h.location().orElseThrow().getY()
                            + "&long="
                            + h.location().orElseThrow().getX()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String id = JSON.readTree(posted.body()).get(0).get("service_request_id").asText();
    HttpResponse<String> listed = get("/open311/v2/requests/" + id + ".json", Optional.empty());
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(id);
  }

  @Test
  @DisplayName("an API key file with a bad caller or a key in clear is refused, line by line")
  void badKeyFile() throws IOException {
    Path keys = dir.resolve("bad.csv");
    Files.writeString(
        keys, "caller,key_sha256\nnobody," + sha256("x") + "\nmember:M1,the-key-itself\n");
    assertThatThrownBy(() -> Credentials.apiKeys(keys))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":2")
        .hasMessageContaining(":3")
        .hasMessageNotContaining("the-key-itself");
  }

  private HttpResponse<String> get(String path, Optional<String> authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(service.uri().resolve(path)).GET();
    authorization.ifPresent(a -> b.header("Authorization", a));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> bearer(String key) {
    return Optional.of("Bearer " + key);
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.has("case_id") ? n.get("case_id").asText() : n.get("resident_id").asText());
    }
    return out;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static GoldenResident resident(String id, String record, GridCode grid) {
    return new GoldenResident(
        id,
        ImmutableMap.of(
            "name",
            new FieldValue(id.equals("res-a") ? "张三" : "李四", "hukou", record),
            GoldenResident.ID_NUMBER,
            new FieldValue(
                id.equals("res-a") ? "510104199001011234" : "510104199202022345", "hukou", record)),
        ImmutableList.of(record),
        Optional.of(grid));
  }

  private static CaseEntry opened(String id, GridCode grid, OffsetDateTime at, String dept) {
    return new CaseEntry(
        id,
        1,
        at,
        CaseEntry.Kind.OPENED,
        "system",
        CaseState.REPORTED,
        grid,
        Optional.empty(),
        ImmutableList.of(dept),
        "{\"type\":\"open\"}");
  }
}
