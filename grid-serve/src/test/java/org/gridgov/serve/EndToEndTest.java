package org.gridgov.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Building;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.device.DeviceRegistry;
import org.gridgov.events.device.RefusedPayloads;
import org.gridgov.events.notify.NotificationCenter;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.GridLocator;
import org.gridgov.events.routing.Location;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.VirtualScheduler;
import org.gridgov.plugins.device.json.JsonDeviceAdapter;
import org.gridgov.plugins.store.memory.MemoryStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.serve.mqtt.MqttSettings;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on loopback, as the issue states it: a water-level payload arrives over MQTT from
 * an embedded broker, a case opens in the grid of the sensor's building, its member is told through
 * a webhook, nobody accepts, the case climbs the ladder on an injected clock until the community's
 * office is told through the webhook, and Open311's {@code GET requests.json} shows the case.
 */
class EndToEndTest {

  private static final String SAMPLE = "org/gridgov/samples/community/urban/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @DisplayName("MQTT payload → case in the right grid → webhook → escalation → community → Open311")
  void deviceToCommunity() throws Exception {
    GridTree tree = SampleCommunities.urban();
    // The virtual clock starts when the sample sensor's alarm was read.
    VirtualScheduler time =
        new VirtualScheduler(Instant.parse("2026-03-02T02:00:30Z"), ZoneId.of("Asia/Shanghai"));

    // A webhook receiver: every request body, by path.
    BlockingQueue<String[]> hooks = new LinkedBlockingQueue<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        x -> {
          try (x;
              InputStream in = x.getRequestBody()) {
            hooks.add(
                new String[] {x.getRequestURI().getPath(), new String(in.readAllBytes(), UTF_8)});
            x.sendResponseHeaders(204, -1);
          }
        });
    receiver.start();
    String hookBase = "http://127.0.0.1:" + receiver.getAddress().getPort();
    Path notify = dir.resolve("notify.json");
    Files.writeString(
        notify,
        """
        {"delivery": {"timeout_ms": 5000, "attempts": 2,
                      "backoff": {"initial_ms": 10, "multiplier": 2, "max_ms": 100, "jitter": 0}},
         "notifiers": [
           {"name": "members", "plugin": "webhook", "serves": ["member"],
            "properties": {"url": "%s/members"}, "secrets": {"signing_key": "k1-0123456789abcdef"}},
           {"name": "offices", "plugin": "webhook", "serves": ["office"],
            "properties": {"url": "%s/offices"}, "secrets": {"signing_key": "k2-0123456789abcdef"}}
         ]}
        """
            .formatted(hookBase, hookBase),
        UTF_8);

    Server broker = broker();
    int mqttPort = Integer.parseInt(brokerPort);
    try (GridStore store = new MemoryStoreProvider().open(StoreConfig.of("memory:"));
        NotificationCenter center =
            NotificationCenter.open(Plugins.load(), notify, store, () -> tree, time.clock())) {
      DeviceRegistry registry;
      try (InputStreamReader in = new InputStreamReader(resource("devices.csv"), UTF_8)) {
        registry = DeviceRegistry.read(in, SAMPLE + "devices.csv", tree);
      }
      DeviceIntake devices =
          DeviceIntake.builder(registry)
              .adapter(new JsonDeviceAdapter())
              .refused(RefusedPayloads.appendingTo(dir.resolve("refused.jsonl")))
              .build();
      try (GridService service =
          GridService.builder(tree, RoutingPolicy.defaults(), store)
              .server(ServerSettings.defaults().withPort(0))
              .clock(time.clock())
              .scheduler(time)
              .devices(devices)
              .mqtt(MqttSettings.of("tcp://127.0.0.1:" + mqttPort))
              .notifications(center)
              .build()
              .start()) {
        // A sensor by building B0001 reports the water rising over MQTT.
        MqttClient sensor =
            new MqttClient("tcp://127.0.0.1:" + mqttPort, "sensor-1", new MemoryPersistence());
        sensor.connect();
        try (InputStream payload = resource("device-payloads/water-level.json")) {
          sensor.publish("gridgov/devices/WL-B0001-G1", payload.readAllBytes(), 1, false);
        }
        sensor.disconnect();
        sensor.close();

        Scope all = Scope.everything("end-to-end test");
        await(() -> store.cases().count(all, CaseQuery.all()) == 1, "a case opened");
        CaseSummary opened =
            store.cases().query(all, CaseQuery.all(), PageRequest.first(10)).items().get(0);
        Building b0001 = tree.building("B0001").orElseThrow();
        Location where = GridLocator.of(tree).locate(b0001.location().orElseThrow());
        assertThat(opened.grid()).isEqualTo(((Location.Located) where).grid().code());
        assertThat(opened.state()).isEqualTo(CaseState.REPORTED);

        // The member of that grid is told through the webhook.
        String[] first = hooks.poll(30, TimeUnit.SECONDS);
        assertThat(first).as("the member's notification").isNotNull();
        assertThat(first[0]).isEqualTo("/members");
        JsonNode told = JSON.readTree(first[1]);
        assertThat(told.get("case_id").asText()).isEqualTo(opened.caseId());
        assertThat(told.get("recipient").get("kind").asText()).isEqualTo("member");

        // Nobody accepts: the case climbs on the injected clock until the community is told.
        String caseId = opened.caseId();
        for (int step = 0; step < 4; step++) {
          Escalator.Rung rung = service.cases().rung(caseId).orElseThrow();
          if (rung.level() == LadderLevel.COMMUNITY) {
            break;
          }
          time.advanceTo(rung.acceptBy().plusSeconds(1));
        }
        assertThat(service.cases().rung(caseId).orElseThrow().level())
            .isEqualTo(LadderLevel.COMMUNITY);
        List<CaseEntry> log = store.cases().history(caseId);
        assertThat(log.get(log.size() - 1).state()).isEqualTo(CaseState.ESCALATED);
        String[] office = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (office == null && System.nanoTime() < until) {
          String[] h = hooks.poll(1, TimeUnit.SECONDS);
          if (h != null && h[0].equals("/offices")) {
            office = h;
          }
        }
        assertThat(office).as("the community office's notification").isNotNull();
        JsonNode toOffice = JSON.readTree(office[1]);
        assertThat(toOffice.get("case_id").asText()).isEqualTo(caseId);
        assertThat(toOffice.get("recipient").get("id").asText())
            .isEqualTo(opened.grid().community().digits());

        // Open311 shows the case.
        HttpResponse<String> listing =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(service.uri().resolve("open311/v2/requests.json"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(listing.body()).findValuesAsText("service_request_id"))
            .containsExactly(caseId);
      }
    } finally {
      broker.stopServer();
      receiver.stop(0);
    }
  }

  private String brokerPort = "";

  private Server broker() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    brokerPort = Integer.toString(port);
    Properties p = new Properties();
    p.setProperty("host", InetAddress.getLoopbackAddress().getHostAddress());
    p.setProperty("port", brokerPort);
    p.setProperty("websocket_port", "disabled");
    p.setProperty("persistence_enabled", "false");
    p.setProperty("telemetry_enabled", "false");
    p.setProperty("allow_anonymous", "true");
    p.setProperty("data_path", dir.resolve("broker").toString());
    Server broker = new Server();
    broker.startServer(new MemoryConfig(p));
    return broker;
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(
        EndToEndTest.class.getClassLoader().getResourceAsStream(SAMPLE + name), name);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(until);
      Thread.sleep(20);
    }
  }
}
