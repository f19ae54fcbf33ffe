package org.gridgov.serve.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.GridEvent;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.device.DeviceRegistry;
import org.gridgov.events.device.RefusedPayloads;
import org.gridgov.plugins.device.json.JsonDeviceAdapter;
import org.gridgov.spi.device.DeviceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscriber against an embedded Moquette broker on a free loopback port, all in memory. */
class MqttDeviceSubscriberTest {

  private static final String WATER =
      "{\"schemaVersion\": 1, \"deviceId\": \"WL-1\", \"kind\": \"water_level\", \"readings\":"
          + " [{\"time\": \"%s\", \"quantity\": \"water_level_cm\", \"value\": 23.5}]}";

  @TempDir Path brokerDir;
  private Server broker;
  private int port;
  private final RefusedPayloads.InMemory refused = RefusedPayloads.inMemory();
  private final BlockingQueue<GridEvent> routed = new LinkedBlockingQueue<>();

  @BeforeEach
  void startBroker() throws IOException {
    // Not port 0: Moquette 0.17 learns the port it bound on its event loop, after startServer
    // returns, so getPort() may still say 0 (and its map is not thread-safe).
    port = freePort();
    Properties p = new Properties();
    p.setProperty("host", InetAddress.getLoopbackAddress().getHostAddress());
    p.setProperty("port", Integer.toString(port));
    p.setProperty("websocket_port", "disabled");
    p.setProperty("persistence_enabled", "false");
    p.setProperty("telemetry_enabled", "false");
    p.setProperty("allow_anonymous", "true");
    // Should anything still be written, it goes here and is deleted with the directory.
    p.setProperty("data_path", brokerDir.toString());
    broker = new Server();
    broker.startServer(new MemoryConfig(p));
  }

  @AfterEach
  void stopBroker() throws IOException {
    broker.stopServer();
    try (Stream<Path> left = Files.list(brokerDir)) {
      assertThat(left).as("files the broker left behind").isEmpty();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  private DeviceIntake intake() {
    return DeviceIntake.builder(
            DeviceRegistry.of(
                List.of(
                    new DeviceRegistry.Device(
                        "WL-1",
                        DeviceKind.WATER_LEVEL,
                        Optional.of("B0001"),
                        Optional.empty(),
                        Optional.of(new DeviceRegistry.Position(104.0355, 30.6358))))))
        .adapter(new JsonDeviceAdapter())
        .refused(refused)
        .build();
  }

  private MqttSettings settings() {
    return MqttSettings.of(uri())
        .withTopicFilter("site/+/devices/#")
        .withClientId("gridgov-test")
        .withTimes(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2));
  }

  private void publish(String topic, String body) throws MqttException {
    MqttClient device =
        new MqttClient(uri(), "device-" + System.nanoTime(), new MemoryPersistence());
    try {
      MqttConnectOptions o = new MqttConnectOptions();
      o.setCleanSession(true);
      device.connect(o);
      device.publish(topic, body.getBytes(UTF_8), 1, false);
      device.disconnect();
    } finally {
      device.close();
    }
  }

  @Test
  @DisplayName("a water-level payload published to the broker reaches the intake as an event")
  void delivers() throws Exception {
    DeviceIntake intake = intake();
    try (MqttDeviceSubscriber s =
        MqttDeviceSubscriber.start(settings(), intake, a -> routed.addAll(a.events()))) {
      assertThat(s.isConnected()).isTrue();
      String now = OffsetDateTime.now().withNano(0).toString();
      publish("site/jinguan/devices/WL-1", String.format(WATER, now));
      GridEvent e = routed.poll(60, TimeUnit.SECONDS);
      assertThat(e).isNotNull();
      assertThat(e.category()).isEqualTo(EventCategory.DISASTER_FLOOD);
      assertThat(e.severity()).isEqualTo(EventSeverity.IV);
      assertThat(e.buildingId()).contains("B0001");
      assertThat(s.received()).isEqualTo(1);
      // a topic outside the filter is not delivered; an unknown device is refused and kept
      publish("elsewhere/WL-1", String.format(WATER, now));
      publish("site/jinguan/devices/WL-9", String.format(WATER, now).replace("WL-1", "WL-9"));
      waitFor(() -> refused.count() == 1);
      assertThat(refused.list().get(0).reason())
          .isEqualTo("unknown device WL-9: it is not in the device registry");
      assertThat(refused.list().get(0).payload().topic()).contains("site/jinguan/devices/WL-9");
      assertThat(refused.list().get(0).payload().transport()).isEqualTo("mqtt");
      assertThat(s.received()).isEqualTo(2);
    }
    assertThat(intake.counts().events()).isEqualTo(1);
  }

  @Test
  @DisplayName("a message whose handling fails is delivered again after the reconnection")
  void redelivers() throws Exception {
    DeviceIntake intake = intake();
    boolean[] failOnce = {true};
    try (MqttDeviceSubscriber s =
        MqttDeviceSubscriber.start(
            settings(),
            intake,
            a -> {
              if (failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("the store is down");
              }
              routed.addAll(a.events());
            })) {
      publish("site/a/devices/WL-1", String.format(WATER, OffsetDateTime.now().withNano(0)));
      // The first handling failed, so the broker had no acknowledgement and delivers it again;
      // the intake saw the reading before and treats the copy as a repeat of its incident.
      waitFor(() -> s.received() >= 2 && s.isConnected());
      assertThat(s.failed()).isEqualTo(1);
      assertThat(intake.counts().payloads()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  @DisplayName("an unreachable broker fails the start with the address, and leaves nothing running")
  void unreachable() throws IOException {
    int closed = freePort();
    MqttSettings s =
        MqttSettings.of("tcp://127.0.0.1:" + closed)
            .withTimes(
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                Duration.ZERO);
    assertThatThrownBy(() -> MqttDeviceSubscriber.start(s, intake(), a -> {}))
        .isInstanceOf(MqttStartException.class)
        .hasMessageStartingWith("cannot connect to MQTT tcp://127.0.0.1:" + closed);
  }

  @Test
  @DisplayName(
      "settings refuse a bad broker address, topic filter or client id, and hide the password")
  void settingsChecks() {
    assertThatThrownBy(() -> MqttSettings.of("http://broker:1883"))
        .hasMessageContaining("tcp://host:port");
    assertThatThrownBy(() -> MqttSettings.of("tcp://u:p@broker:1883"))
        .hasMessageContaining("not in its address");
    assertThatThrownBy(() -> MqttSettings.of("tcp://broker:1883").withTopicFilter("a/#/b"))
        .hasMessageStartingWith("not an MQTT topic filter: \"a/#/b\"");
    assertThatThrownBy(() -> MqttSettings.of("tcp://broker:1883").withClientId("a b"))
        .hasMessageContaining("client id");
    assertThat(MqttSettings.of("tcp://broker:1883").withCredentials("gridgov", "s3cret").toString())
        .isEqualTo(
            "MQTT tcp://broker:1883 topic gridgov/devices/# as gridgov-serve (user gridgov, password"
                + " set)");
  }

  /**
   * Waits until {@code condition} holds, for up to a minute: the broker sends an unacknowledged
   * message again only on its 5 s resend timer, so a redelivery takes 5 to 10 s even on an idle
   * machine, and a loaded one must not fail the test by being slow.
   */
  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(20);
    }
  }
}
