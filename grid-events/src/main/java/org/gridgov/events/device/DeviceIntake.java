package org.gridgov.events.device;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.internal.Checks;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceAdapterProvider;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.spi.device.DeviceReading;

/**
 * The one entry point of device payloads, whatever the transport (HTTP, MQTT, a file): {@link
 * #accept} has an adapter read the payload, checks every reading against the {@link
 * DeviceRegistry}, applies the {@link DevicePolicy}'s thresholds and debounce, and returns the
 * {@link GridEvent}s to route, or refuses the payload with the reason after keeping it in the
 * {@link RefusedPayloads} sink. Thread-safe: transports call it from their own threads.
 *
 * <p>A payload is taken whole or refused whole: one reading of an unknown device, of another kind
 * than registered, or from a clock more than {@link #MAX_CLOCK_AHEAD} ahead refuses the payload,
 * with every reason. A device's readings are debounced per condition (device and alarm): the first
 * alarm opens an incident and yields an event; further alarms of it while it has not been quiet for
 * the policy's debounce yield nothing, except one more severe than all before it (a water level
 * passing from alert to danger), which yields an event of its own that a case intake joins to the
 * same case. Readings below their thresholds yield nothing.
 *
 * <p>Events are named {@code dev-<device>-<alarm>-<severity>-<epoch ms of the reading>}: the same
 * alarm delivered twice by an at-least-once transport after a restart gets the same id, so a store
 * that refuses a repeated id refuses the copy.
 */
public final class DeviceIntake {

  /** How far a reading's time may be ahead of the time its payload was received. */
  public static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

  /** The default of the largest payload read; larger ones are refused (and kept, cut). */
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;

  /** What became of one payload: {@link Accepted} or {@link Refused}. */
  public sealed interface Outcome permits Accepted, Refused {}

  /**
   * A payload taken in.
   *
   * @param events the events to route, in the time order of their readings; often none (repeats,
   *     normal readings)
   * @param readings every reading of the payload with what became of it, in time order
   */
  public record Accepted(ImmutableList<GridEvent> events, ImmutableList<Taken> readings)
      implements Outcome {
    /** Validates the parts. */
    public Accepted {
      requireNonNull(events, "events");
      requireNonNull(readings, "readings");
    }
  }

  /**
   * A payload refused and kept.
   *
   * @param reason why, for the sender and the log
   * @param kept what the sink kept
   */
  public record Refused(String reason, RefusedPayload kept) implements Outcome {
    /** Validates the parts. */
    public Refused {
      Checks.nonBlank(reason, "reason");
      requireNonNull(kept, "kept");
    }
  }

  /**
   * One reading and what became of it.
   *
   * @param reading the reading
   * @param disposition what became of it
   * @param incident the id of the event that opened the incident the reading belongs to; empty for
   *     a normal reading
   */
  public record Taken(DeviceReading reading, Disposition disposition, Optional<String> incident) {
    /** Validates the parts. */
    public Taken {
      requireNonNull(reading, "reading");
      requireNonNull(disposition, "disposition");
      requireNonNull(incident, "incident");
    }
  }

  /** What became of a reading. */
  public enum Disposition {
    /** It opened an incident: its event is among the accepted events. */
    OPENED,
    /** It is more severe than its incident so far: its event is among the accepted events. */
    MORE_SEVERE,
    /** It repeats an incident under way: no event (debounced). */
    REPEATED,
    /** A measured value below its alert threshold: no event. */
    NORMAL
  }

  /**
   * What the intake has done since it was built.
   *
   * @param payloads payloads offered
   * @param accepted payloads taken in
   * @param refused payloads refused (and kept)
   * @param readings readings of accepted payloads
   * @param events events yielded
   * @param repeated readings folded into an incident under way
   * @param normal readings below their thresholds
   */
  public record Counts(
      long payloads,
      long accepted,
      long refused,
      long readings,
      long events,
      long repeated,
      long normal) {}

  private final DeviceRegistry registry;
  private final DevicePolicy policy;
  private final ImmutableList<DeviceAdapter> adapters;
  private final RefusedPayloads refusedSink;
  private final int maxPayloadBytes;
  private final Debouncer debouncer;

  private final AtomicLong payloads = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong readings = new AtomicLong();
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong repeated = new AtomicLong();
  private final AtomicLong normal = new AtomicLong();

  private DeviceIntake(Builder b) {
    this.registry = b.registry;
    this.policy = b.policy;
    this.adapters = ImmutableList.copyOf(b.adapters);
    this.refusedSink = b.refused;
    this.maxPayloadBytes = b.maxPayloadBytes;
    this.debouncer = new Debouncer(policy.debounce());
  }

  /**
   * Starts an intake of the devices in {@code registry}; give at least one adapter and the sink of
   * refused payloads.
   */
  public static Builder builder(DeviceRegistry registry) {
    return new Builder(registry);
  }

  /**
   * Takes in one payload, or refuses and keeps it.
   *
   * @throws java.io.UncheckedIOException if a refused payload cannot be kept: the caller must then
   *     not acknowledge the payload to its sender (an HTTP 5xx; an MQTT message left
   *     unacknowledged)
   */
  public Outcome accept(DevicePayload payload) {
    requireNonNull(payload, "payload");
    payloads.incrementAndGet();
    if (payload.size() > maxPayloadBytes) {
      return refuse(
          payload,
          "the payload has "
              + payload.size()
              + " bytes, more than the "
              + maxPayloadBytes
              + " this intake reads");
    }
    Optional<DeviceAdapter> adapter =
        adapters.stream().filter(a -> accepts(a, payload)).findFirst();
    if (adapter.isEmpty()) {
      return refuse(
          payload,
          "no device adapter reads "
              + (payload.contentType().isEmpty()
                  ? "payloads without a content type"
                  : "the content type " + payload.contentType())
              + payload.topic().map(t -> " on " + t).orElse(""));
    }
    DecodeResult decoded;
    try {
      decoded = requireNonNull(adapter.get().decode(payload), "the adapter's result");
    } catch (RuntimeException e) {
      // A broken adapter must not lose the payload: it is refused and kept like any other.
      return refuse(
          payload,
          "the device adapter "
              + adapter.get().getClass().getSimpleName()
              + " failed: "
              + Checks.messageOf(e));
    }
    if (decoded instanceof DecodeResult.Refused r) {
      return refuse(payload, r.reason());
    }
    List<DeviceReading> list = new ArrayList<>(((DecodeResult.Decoded) decoded).readings());
    List<String> reasons = new ArrayList<>();
    for (DeviceReading r : list) {
      check(r, payload).ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return refuse(payload, String.join("; ", reasons));
    }
    list.sort(Comparator.comparing(r -> r.at().toInstant()));
    List<GridEvent> out = new ArrayList<>();
    List<Taken> taken = new ArrayList<>(list.size());
    synchronized (debouncer) {
      for (DeviceReading r : list) {
        taken.add(take(r, out));
      }
    }
    accepted.incrementAndGet();
    readings.addAndGet(list.size());
    events.addAndGet(out.size());
    return new Accepted(ImmutableList.copyOf(out), ImmutableList.copyOf(taken));
  }

  private static boolean accepts(DeviceAdapter a, DevicePayload payload) {
    try {
      return a.accepts(payload);
    } catch (RuntimeException e) {
      return false; // an adapter that cannot say is not the one for this payload
    }
  }

  /** Why a reading cannot be taken, if it cannot. */
  private Optional<String> check(DeviceReading r, DevicePayload payload) {
    Optional<DeviceRegistry.Device> device = registry.device(r.deviceId());
    if (device.isEmpty()) {
      return Optional.of("unknown device " + r.deviceId() + ": it is not in the device registry");
    }
    if (device.get().kind() != r.kind()) {
      return Optional.of(
          "device "
              + r.deviceId()
              + " is registered as "
              + device.get().kind().code()
              + " but the payload says "
              + r.kind().code());
    }
    Duration ahead = Duration.between(payload.receivedAt(), r.at().toInstant());
    if (ahead.compareTo(MAX_CLOCK_AHEAD) > 0) {
      return Optional.of(
          "the reading of device "
              + r.deviceId()
              + " at "
              + r.at()
              + " is "
              + ahead.toMinutes()
              + " minutes after the payload was received; is the device's clock right?");
    }
    return Optional.empty();
  }

  private Taken take(DeviceReading r, List<GridEvent> out) {
    AlarmType alarm;
    EventSeverity severity;
    String text;
    if (r.observation() instanceof DeviceReading.Measurement m) {
      Optional<EventSeverity> s = policy.severity(m.quantity(), m.value());
      if (s.isEmpty()) {
        normal.incrementAndGet();
        return new Taken(r, Disposition.NORMAL, Optional.empty());
      }
      alarm = m.quantity().alarm();
      severity = s.get();
      DevicePolicy.Threshold t = policy.threshold(m.quantity());
      text =
          m.quantity().code()
              + " "
              + number(m.value())
              + " "
              + m.quantity().unit()
              + " (alert from "
              + number(t.alert())
              + ", danger from "
              + number(t.danger())
              + "), device "
              + r.deviceId();
    } else {
      alarm = ((DeviceReading.Alarm) r.observation()).type();
      severity = policy.severity(alarm);
      text = "alarm " + alarm.code() + ", device " + r.deviceId();
    }
    String id =
        "dev-"
            + r.deviceId()
            + "-"
            + alarm.code()
            + "-"
            + severity.code()
            + "-"
            + r.at().toInstant().toEpochMilli();
    Debouncer.Decision d =
        debouncer.offer(new Debouncer.Key(r.deviceId(), alarm), r.at().toInstant(), severity, id);
    if (d.kind() == Debouncer.Kind.REPEATED) {
      repeated.incrementAndGet();
      return new Taken(r, Disposition.REPEATED, Optional.of(d.incident()));
    }
    out.add(event(id, r, alarm, severity, text));
    return new Taken(
        r,
        d.kind() == Debouncer.Kind.OPENED ? Disposition.OPENED : Disposition.MORE_SEVERE,
        Optional.of(d.incident()));
  }

  private GridEvent event(
      String id, DeviceReading r, AlarmType alarm, EventSeverity severity, String text) {
    DeviceRegistry.Device device = registry.device(r.deviceId()).orElseThrow();
    GridEvent.Builder e =
        GridEvent.builder(id, r.at(), DevicePolicy.category(alarm))
            .severity(severity)
            .source(r.kind() == DeviceKind.VIDEO ? EventSource.VIDEO_AI : EventSource.DEVICE)
            .reporter(r.deviceId())
            .text(text);
    device.position().ifPresent(p -> e.location(p.lon(), p.lat()));
    device.buildingId().ifPresent(e::buildingId);
    device.householdId().ifPresent(e::householdId);
    return e.build();
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private Refused refuse(DevicePayload payload, String reason) {
    RefusedPayload kept = RefusedPayload.of(payload, reason);
    refusedSink.keep(kept); // before answering: a refusal the sender saw is always kept
    refused.incrementAndGet();
    return new Refused(reason, kept);
  }

  /** What the intake has done since it was built. */
  public Counts counts() {
    return new Counts(
        payloads.get(),
        accepted.get(),
        refused.get(),
        readings.get(),
        events.get(),
        repeated.get(),
        normal.get());
  }

  /** The registry the intake places devices by. */
  public DeviceRegistry registry() {
    return registry;
  }

  /** The policy the intake applies. */
  public DevicePolicy policy() {
    return policy;
  }

  /** Builds a {@link DeviceIntake}; each setter checks its argument at once. */
  public static final class Builder {
    private final DeviceRegistry registry;
    private DevicePolicy policy = DevicePolicy.defaults();
    private final List<DeviceAdapter> adapters = new ArrayList<>();
    private RefusedPayloads refused = RefusedPayloads.inMemory();
    private boolean refusedSet;
    private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;

    private Builder(DeviceRegistry registry) {
      this.registry = requireNonNull(registry, "registry");
    }

    /** Sets the policy; {@link DevicePolicy#defaults()} by default. */
    public Builder policy(DevicePolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** Adds an adapter; adapters are asked in the order added. */
    public Builder adapter(DeviceAdapter adapter) {
      adapters.add(requireNonNull(adapter, "adapter"));
      return this;
    }

    /**
     * Adds one adapter of every usable device-adapter plugin {@code plugins} finds, highest
     * priority first.
     *
     * @throws org.gridgov.spi.PluginException if two plugins claim one name
     */
    public Builder adaptersFrom(Plugins plugins) {
      for (DeviceAdapterProvider p : plugins.all(DeviceAdapterProvider.POINT)) {
        adapter(p.create());
      }
      return this;
    }

    /**
     * Sets where refused payloads are kept; required (an in-memory sink would lose them at a
     * restart, so the intake does not choose one for you).
     */
    public Builder refused(RefusedPayloads refused) {
      this.refused = requireNonNull(refused, "refused");
      this.refusedSet = true;
      return this;
    }

    /**
     * Sets the largest payload read, in bytes; 256 KiB ({@link
     * DeviceIntake#DEFAULT_MAX_PAYLOAD_BYTES}) by default.
     *
     * @throws IllegalArgumentException unless 1..16 MiB
     */
    public Builder maxPayloadBytes(int bytes) {
      if (bytes < 1 || bytes > 16 * 1024 * 1024) {
        throw new IllegalArgumentException(
            "maxPayloadBytes must be from 1 to 16 MiB but was " + bytes);
      }
      this.maxPayloadBytes = bytes;
      return this;
    }

    /**
     * Builds the intake.
     *
     * @throws IllegalStateException without an adapter (the message names the built-in one's
     *     artifact) or without a sink of refused payloads
     */
    public DeviceIntake build() {
      if (adapters.isEmpty()) {
        throw new IllegalStateException(
            "no device adapter: add one, or put one on the class path (the built-in one is "
                + DeviceAdapterProvider.POINT.artifacts().get("json")
                + ") and call adaptersFrom(Plugins.load())");
      }
      if (!refusedSet) {
        throw new IllegalStateException(
            "no sink of refused payloads: give RefusedPayloads.appendingTo(file), or"
                + " RefusedPayloads.inMemory() in tests");
      }
      return new DeviceIntake(this);
    }
  }
}
