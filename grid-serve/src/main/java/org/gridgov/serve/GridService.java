package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gridgov.core.grid.GridTree;
import org.gridgov.events.device.DeviceIntake;
import org.gridgov.events.intake.BuildingLinks;
import org.gridgov.events.live.LiveCases;
import org.gridgov.events.notify.NotificationCenter;
import org.gridgov.events.routing.Escalator;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.events.routing.Scheduler;
import org.gridgov.serve.mqtt.MqttDeviceSubscriber;
import org.gridgov.serve.mqtt.MqttSettings;
import org.gridgov.spi.access.AccessPolicy;
import org.gridgov.spi.store.GridStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The community service: reports in over HTTP (Open311 GeoReport v2, the building-QR form, device
 * payloads), live intake into the store, escalation on the clock, notices to the listener. Build
 * one with {@link #builder}, {@link #start} it, {@link #close} it; docs/serve.md is the guide.
 *
 * <p>A report is answered {@code 201} only once the store holds it. Closing stops listening,
 * finishes every request in flight and every report queued, then stops the timers; the store is the
 * caller's to close.
 */
public final class GridService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GridService.class);

  static {
    // The JDK's server writes an answer's headers and body as two segments and leaves Nagle's
    // algorithm on; with the client's delayed acknowledgement that holds every answer on a kept-
    // alive connection for about 40 ms. TCP_NODELAY is its documented switch, read once when the
    // first server starts; a product that set it otherwise keeps its own setting.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Builder settings;
  private final HttpServer server;
  private final ExecutorService workers;
  private final IntakeQueue intake;
  private final LiveCases live;
  private final List<AutoCloseable> owned;
  private final int resumed;
  private boolean closed;
  private Optional<MqttDeviceSubscriber> mqtt = Optional.empty();
  private volatile boolean closing;
  private final AtomicInteger inFlight = new AtomicInteger();

  private GridService(Builder b) throws IOException {
    this.settings = b;
    this.owned = new ArrayList<>();
    Scheduler scheduler;
    if (b.scheduler.isPresent()) {
      scheduler = b.scheduler.get();
    } else {
      WallClockScheduler wall = new WallClockScheduler(b.clock);
      owned.add(wall);
      scheduler = wall;
    }
    Consumer<Escalator.Notice> listener = b.listener;
    if (b.notifications.isPresent()) {
      Consumer<Escalator.Notice> center = b.notifications.get().notices();
      Consumer<Escalator.Notice> own = b.listener;
      listener =
          n -> {
            center.accept(n); // queues only: the notifiers never hold up intake or the timers
            own.accept(n);
          };
    }
    this.live = new LiveCases(b.tree, b.policy, b.store.cases(), b.clock, scheduler, listener);
    this.resumed = live.resume();
    this.intake = new IntakeQueue(live, b.queueCapacity);
    ReportIds ids = new ReportIds(b.clock);
    ServerSettings s = b.server;
    this.workers =
        new ThreadPoolExecutor(
            s.workers(),
            s.workers(),
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "gridgov-http");
              t.setDaemon(true);
              return t;
            });
    this.server = HttpServer.create(s.socketAddress(), 512);
    server.setExecutor(workers);
    server.createContext("/health", guard(this::health));
    server.createContext(
        Open311Api.PREFIX,
        guard(new Open311Api(b.store.cases(), intake, ids, b.clock, b.answerWithin)));
    b.devices.ifPresent(
        d ->
            server.createContext(
                DeviceEndpoint.PATH,
                guard(new DeviceEndpoint(d, intake, b.clock, b.answerWithin))));
    if (b.credentials.any()) {
      server.createContext(
          ReadApi.PREFIX, guard(new ReadApi(b.store, b.tree, b.access, b.credentials, b.clock)));
    }
    b.links.ifPresent(
        l ->
            server.createContext(
                QrForm.path(l), guard(new QrForm(l, intake, ids, b.clock, b.answerWithin))));
  }

  /** A builder over a community, its policy and the store. */
  public static Builder builder(GridTree tree, RoutingPolicy policy, GridStore store) {
    return new Builder(tree, policy, store);
  }

  /** Starts listening. */
  public GridService start() {
    server.start();
    if (settings.mqtt.isPresent()) {
      DeviceIntake d =
          settings.devices.orElseThrow(
              () -> new IllegalStateException("MQTT needs the device intake: give devices(...)"));
      try {
        mqtt =
            Optional.of(
                MqttDeviceSubscriber.start(
                    settings.mqtt.get(),
                    d,
                    accepted ->
                        DeviceEndpoint.route(intake, accepted.events(), settings.answerWithin),
                    settings.clock));
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }
    log.info("listening on {} ({} open cases followed again from the store)", uri(), resumed);
    return this;
  }

  /** The port listened on (the one chosen when the settings asked for 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The service's base URI, e.g. {@code http://127.0.0.1:8311/}. */
  public URI uri() {
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** How many open cases were followed again from the store at start. */
  public int resumed() {
    return resumed;
  }

  /** The live cases, to move them (accept, resolve) from code embedding the service. */
  public LiveCases cases() {
    return live;
  }

  /**
   * Counts the requests in flight, so that closing can wait for them, and refuses new ones while
   * closing. (The JDK server's own {@code stop(delay)} waits the whole delay on Java 17 even when
   * nothing runs; it is called once nothing does.)
   */
  private HttpHandler guard(HttpHandler h) {
    return x -> {
      inFlight.incrementAndGet();
      try {
        if (closing) {
          try (x) {
            x.getResponseHeaders().set("Connection", "close");
            Http.json(x, 503, "{\"status\":\"shutting down\"}\n");
          }
          return;
        }
        h.handle(x);
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  private void health(HttpExchange x) throws IOException {
    try (x) {
      Http.json(
          x,
          200,
          "{\"status\":\"ok\",\"waiting\":" + intake.waiting() + ",\"resumed\":" + resumed + "}\n");
    }
  }

  /**
   * Stops: no new connections; requests in flight finish (up to the grace period); every queued
   * report is written; timers stop. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Devices first: a message in hand is stored before the subscriber lets go of it.
    mqtt.ifPresent(MqttDeviceSubscriber::close);
    closing = true;
    long deadline = System.nanoTime() + settings.server.shutdownGrace().toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (inFlight.get() > 0) {
      log.warn("{} requests still running after the grace period; stopping", inFlight.get());
    }
    server.stop(0);
    workers.shutdownNow();
    intake.close();
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("closing {} failed: {}", c, e.toString());
      }
    }
  }

  /** How to build a {@link GridService}. */
  public static final class Builder {
    private final GridTree tree;
    private final RoutingPolicy policy;
    private final GridStore store;
    private ServerSettings server = ServerSettings.defaults();
    private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    private Optional<Scheduler> scheduler = Optional.empty();
    private Optional<BuildingLinks> links = Optional.empty();
    private Optional<DeviceIntake> devices = Optional.empty();
    private Optional<MqttSettings> mqtt = Optional.empty();
    private Optional<NotificationCenter> notifications = Optional.empty();
    private Consumer<Escalator.Notice> listener = n -> {};
    private Duration answerWithin = Duration.ofSeconds(10);
    private int queueCapacity = 100_000;
    private Credentials credentials = Credentials.none();
    private AccessPolicy access = AccessPolicy.defaults();

    private Builder(GridTree tree, RoutingPolicy policy, GridStore store) {
      this.tree = requireNonNull(tree, "tree");
      this.policy = requireNonNull(policy, "policy");
      this.store = requireNonNull(store, "store");
    }

    /**
     * Where and how to listen; loopback on port {@value ServerSettings#DEFAULT_PORT} by default.
     */
    public Builder server(ServerSettings s) {
      this.server = requireNonNull(s, "settings");
      return this;
    }

    /** The clock of report times and deadlines; China's time zone by default. */
    public Builder clock(Clock c) {
      this.clock = requireNonNull(c, "clock");
      return this;
    }

    /**
     * Runs deadline checks; by default a timer on the clock. Tests give a {@link
     * org.gridgov.events.routing.VirtualScheduler} with its clock.
     */
    public Builder scheduler(Scheduler s) {
      this.scheduler = Optional.of(requireNonNull(s, "scheduler"));
      return this;
    }

    /** Signed building links: with them, the QR report form listens at the links' base path. */
    public Builder links(BuildingLinks l) {
      this.links = Optional.of(requireNonNull(l, "links"));
      return this;
    }

    /**
     * The device intake: with it, device payloads are taken at {@code POST /devices} (and over MQTT
     * when {@link #mqtt} is given).
     */
    public Builder devices(DeviceIntake intake) {
      this.devices = Optional.of(requireNonNull(intake, "devices"));
      return this;
    }

    /** Subscribes to device payloads over MQTT when started; needs {@link #devices}. */
    public Builder mqtt(MqttSettings settings) {
      this.mqtt = Optional.of(requireNonNull(settings, "mqtt"));
      return this;
    }

    /**
     * Tells people of new cases and escalations through the centre's notifiers (docs/spi.md,
     * Notifiers). The centre stays the caller's to close, after the service.
     */
    public Builder notifications(NotificationCenter center) {
      this.notifications = Optional.of(requireNonNull(center, "notifications"));
      return this;
    }

    /** Receives every notice to a rung of the ladder; it must not block (hand work off). */
    public Builder listener(Consumer<Escalator.Notice> l) {
      this.listener = requireNonNull(l, "listener");
      return this;
    }

    /** How long a request waits for its report to be stored before a {@code 503}. */
    public Builder answerWithin(Duration d) {
      requireNonNull(d, "answerWithin");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("answerWithin must be positive: " + d);
      }
      this.answerWithin = d;
      return this;
    }

    /**
     * Opens the read API ({@code /api/v1/}: cases and residents, docs/serve.md) to the callers
     * these credentials prove, each within the scope {@code access} gives it. Without credentials
     * the read API is off.
     */
    public Builder readAccess(Credentials credentials, AccessPolicy access) {
      this.credentials = requireNonNull(credentials, "credentials");
      this.access = requireNonNull(access, "access");
      return this;
    }

    /** The most reports waiting for the store before new ones get a {@code 503}. */
    public Builder queueCapacity(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("queueCapacity must be at least 1: " + n);
      }
      this.queueCapacity = n;
      return this;
    }

    /**
     * Builds the service, following again the cases the store holds open; call {@link
     * GridService#start} to listen.
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public GridService build() {
      try {
        return new GridService(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot listen on " + server.socketAddress() + ": " + e.getMessage(), e);
      }
    }
  }
}
