package org.gridgov.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.device.DevicePolicy;
import org.gridgov.events.device.DeviceRegistry;
import org.gridgov.events.device.RefusedPayloads;
import org.gridgov.events.notify.NotificationCenter;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.serve.Credentials;
import org.gridgov.serve.GridService;
import org.gridgov.serve.ServerSettings;
import org.gridgov.serve.mqtt.MqttSettings;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.access.AccessPolicy;
import org.gridgov.spi.store.GridStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid serve}: the community service, until stopped (docs/serve.md). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the community service until stopped (Ctrl-C or SIGTERM, which finish what was"
          + " accepted): Open311 GeoReport v2 at /open311/v2/ (services.json, requests.json,"
          + " requests/{id}.json), the building-QR report form at the links' base path when a"
          + " signing key is configured, and /health. Reports are routed, joined to open cases"
          + " and written to the store before they are answered 201; cases climb the ladder on"
          + " the wall clock. The community comes from files (--grids, --households, ...) or"
          + " from the store (--community CODE, the version in force today).",
      "Listens on the loopback address unless --bind says otherwise (docs/serve.md)."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Where the community comes from: its files, or a version in the store. */
  static final class Community {
    @ArgGroup(exclusive = false, heading = "Community from files:%n")
    @Nullable GridFilesOptions files;

    @Option(
        names = "--community",
        paramLabel = "CODE",
        description = "The community's 12-digit code: its version in force today in the store.")
    @Nullable String community;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  @Nullable Community from;

  @Mixin StoreOption store = new StoreOption();

  @Mixin LinkOptions link = new LinkOptions();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy, JSON: its routing section (docs/policy.md).")
  Path policy;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "TCP port; 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: loopback only).")
  String bind;

  @Option(
      names = "--devices",
      paramLabel = "FILE",
      description =
          "Device registry, CSV (device_id,kind,building_id,household_id,lon,lat; docs/formats.md):"
              + " with it, device payloads are taken at POST /devices.")
  Path devices;

  @Option(
      names = "--refused",
      paramLabel = "FILE",
      description =
          "Where refused device payloads are kept, JSON lines (default: devices/refused.jsonl in"
              + " the data folder).")
  Path refused;

  @Option(
      names = "--mqtt",
      paramLabel = "URL",
      description =
          "MQTT broker to take device payloads from, e.g. tcp://127.0.0.1:1883 (needs"
              + " --devices).")
  String mqttUrl;

  @Option(
      names = "--mqtt-topic",
      paramLabel = "FILTER",
      defaultValue = MqttSettings.DEFAULT_TOPIC_FILTER,
      description = "MQTT topic filter, wildcards allowed (default: ${DEFAULT-VALUE}).")
  String mqttTopic;

  @Option(
      names = "--notify",
      paramLabel = "FILE",
      description =
          "Notification configuration, JSON: which notifiers (log, webhook, wecom, dingtalk,"
              + " cap) tell whom, with contacts (docs/spi.md). Default: the log notifier.")
  Path notify;

  @Option(
      names = "--api-keys",
      paramLabel = "FILE",
      description =
          "API keys of the read API (/api/v1/: cases and residents within each caller's scope),"
              + " CSV caller,key_sha256 (docs/serve.md). With neither this nor a token key the"
              + " read API is off.")
  @Nullable Path apiKeys;

  @Option(
      names = "--token-key-file",
      paramLabel = "FILE",
      description =
          "Key of the read API's signed tokens (grid token issues them), hex or base64, at least"
              + " 16 bytes; else the environment variable "
              + TokenCommand.KEY_ENV
              + ".")
  @Nullable Path tokenKeyFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    RoutingPolicy routing = Policies.routing(Optional.ofNullable(policy));
    ServerSettings settings = ServerSettings.defaults();
    if (bind != null) {
      try {
        settings =
            new ServerSettings(
                InetAddress.getByName(bind.strip()),
                port,
                settings.workers(),
                settings.shutdownGrace());
      } catch (UnknownHostException e) {
        throw new InvalidInputException(
            "cannot serve", List.of(Problem.of("--bind", "\"" + bind + "\" is not an address")));
      }
    }
    if (port < 0 || port > 65_535) {
      throw new InvalidInputException(
          "cannot serve", List.of(Problem.of("--port", "must be 0 to 65535, was " + port)));
    }
    settings = settings.withPort(port);
    try (GridStore s = store.open()) {
      GridTree tree = community(s, err);
      GridService.Builder b = GridService.builder(tree, routing, s).server(settings);
      if (devices != null) {
        b.devices(deviceIntake(tree));
      }
      if (mqttUrl != null) {
        if (devices == null) {
          throw new InvalidInputException(
              "cannot serve",
              List.of(
                  Problem.of("--mqtt", "needs --devices: a payload names a registered device")));
        }
        b.mqtt(MqttSettings.of(mqttUrl.strip()).withTopicFilter(mqttTopic.strip()));
      }
      if (link.configured()) {
        b.links(link.links(err, "cannot serve the QR report form"));
      } else {
        err.println(
            "grid: note: no signing key (--key-file or "
                + LinkOptions.KEY_ENV
                + "): the building-QR report form is off");
      }
      Credentials credentials = apiKeys != null ? Credentials.apiKeys(apiKeys) : Credentials.none();
      Optional<String> tokenKey = TokenCommand.keyText(tokenKeyFile);
      if (tokenKey.isPresent()) {
        credentials = TokenCommand.withKey(credentials, tokenKey.get(), tokenKeyFile);
      }
      if (credentials.any()) {
        b.readAccess(credentials, AccessPolicy.defaults());
      } else {
        err.println("grid: note: no --api-keys and no token key: the read API (/api/v1/) is off");
      }
      NotificationCenter center =
          notify != null
              ? NotificationCenter.open(
                  Plugins.load(), notify, s, () -> tree, Clock.systemDefaultZone())
              : NotificationCenter.builder(s).plugins(Plugins.load()).tree(() -> tree).build();
      b.notifications(center);
      CountDownLatch stopped = new CountDownLatch(1);
      // Closed in this order: the service (nothing new comes in), then the centre (what it was
      // told is delivered or kept as dead letters), then the store.
      try (NotificationCenter c = center;
          GridService service = b.build().start()) {
        Thread hook =
            new Thread(
                () -> {
                  err.println("grid: stopping; finishing what was accepted...");
                  err.flush();
                  service.close();
                  stopped.countDown();
                },
                "gridgov-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf(
            "serving community %s (%d grids) on %s, store %s; %d open cases followed again%n",
            tree.communities().get(0).code().value(),
            tree.grids().size(),
            service.uri(),
            s.describe(),
            service.resumed());
        out.printf("  Open311: %sopen311/v2/services.json%n", service.uri());
        out.println("  stop with Ctrl-C");
        out.flush();
        stopped.await();
      }
    }
    return ExitCodes.OK;
  }

  private DeviceIntake deviceIntake(GridTree tree) {
    Path keep =
        refused != null
            ? refused
            : StoreOption.dataFolder().resolve("devices").resolve("refused.jsonl");
    return DeviceIntake.builder(DeviceRegistry.read(devices, tree))
        .policy(policy == null ? DevicePolicy.defaults() : DevicePolicy.read(policy))
        .adaptersFrom(Plugins.load())
        .refused(RefusedPayloads.appendingTo(keep))
        .build();
  }

  private GridTree community(GridStore s, PrintWriter err) {
    Community c = Objects.requireNonNull(from, "picocli sets the community group");
    if (c.files != null) {
      return c.files.load(err);
    }
    String given = Objects.requireNonNull(c.community, "picocli sets one of the two");
    DivisionCode code =
        DivisionCode.tryParse(given.strip())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "cannot serve",
                        List.of(
                            Problem.of(
                                "--community",
                                "\"" + given + "\" is not a division code (12 digits)"))));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    return s.trees()
        .treeOn(code, today)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "cannot serve",
                    List.of(
                        Problem.of(
                            "--community",
                            "the store "
                                + s.describe()
                                + " holds no version of community "
                                + code.digits()
                                + " in force on "
                                + today
                                + "; save one with grid load"))));
  }
}
