package org.gridgov.events.device;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.internal.PolicyDocument;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.Quantity;

/**
 * What the device intake makes of readings: the thresholds per measured quantity, the severity of
 * each alarm, and how long a condition must stay quiet before a new alarm of it counts as a new
 * incident. Immutable. The defaults are in docs/events.md, "Devices"; a policy file's {@code
 * devices} section changes them (docs/policy.md).
 *
 * <p>A value at or above a quantity's {@code alert} threshold raises the quantity's alarm ({@link
 * Quantity#alarm()}) at that alarm's severity; at or above {@code danger} it is one grade more
 * severe ({@code routine} becomes {@code iv}, {@code iv} becomes {@code iii}, …).
 *
 * @param debounce how long a device's condition must stay quiet (no alarm of it) before its next
 *     alarm opens a new incident; alarms less than this apart are one incident however long it
 *     lasts
 * @param thresholds per quantity, the alert and danger thresholds, every quantity present
 * @param severities per alarm type, the severity of its events, every type present
 */
public record DevicePolicy(
    Duration debounce,
    ImmutableMap<Quantity, Threshold> thresholds,
    ImmutableMap<AlarmType, EventSeverity> severities) {

  /** Default debounce: a flapping sensor stays one incident while it flaps (assumption). */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMinutes(10);

  /** The longest debounce a policy may set, a day. */
  public static final Duration MAX_DEBOUNCE = Duration.ofDays(1);

  /**
   * The alert and danger thresholds of one quantity, in its unit.
   *
   * @param alert from this value on, the quantity's alarm is raised
   * @param danger from this value on, one grade more severe; not below {@code alert}
   */
  public record Threshold(double alert, double danger) {
    /** Validates the values. */
    public Threshold {
      if (!Double.isFinite(alert) || !Double.isFinite(danger)) {
        throw new IllegalArgumentException(
            "thresholds must be finite numbers but were " + alert + " and " + danger);
      }
      if (danger < alert) {
        throw new IllegalArgumentException(
            "the danger threshold " + danger + " is below the alert threshold " + alert);
      }
    }
  }

  private static final DevicePolicy DEFAULTS =
      new DevicePolicy(DEFAULT_DEBOUNCE, defaultThresholds(), defaultSeverities());

  /** Validates the parts. */
  public DevicePolicy {
    requireNonNull(debounce, "debounce");
    if (debounce.isNegative() || debounce.compareTo(MAX_DEBOUNCE) > 0) {
      throw new IllegalArgumentException(
          "debounce must be from 0 to " + MAX_DEBOUNCE + " but was " + debounce);
    }
    requireNonNull(thresholds, "thresholds");
    requireNonNull(severities, "severities");
    for (Quantity q : Quantity.values()) {
      if (!thresholds.containsKey(q)) {
        throw new IllegalArgumentException("no threshold for " + q.code());
      }
    }
    for (AlarmType a : AlarmType.values()) {
      if (!severities.containsKey(a)) {
        throw new IllegalArgumentException("no severity for the alarm " + a.code());
      }
    }
  }

  /** The documented defaults. */
  public static DevicePolicy defaults() {
    return DEFAULTS;
  }

  /** This policy with another debounce. */
  public DevicePolicy withDebounce(Duration debounce) {
    return new DevicePolicy(debounce, thresholds, severities);
  }

  /** This policy with another threshold for {@code quantity}. */
  public DevicePolicy withThreshold(Quantity quantity, Threshold threshold) {
    Map<Quantity, Threshold> t = new EnumMap<>(thresholds);
    t.put(requireNonNull(quantity, "quantity"), requireNonNull(threshold, "threshold"));
    return new DevicePolicy(debounce, ImmutableMap.copyOf(t), severities);
  }

  /** This policy with another severity for {@code alarm}. */
  public DevicePolicy withSeverity(AlarmType alarm, EventSeverity severity) {
    Map<AlarmType, EventSeverity> s = new EnumMap<>(severities);
    s.put(requireNonNull(alarm, "alarm"), requireNonNull(severity, "severity"));
    return new DevicePolicy(debounce, thresholds, ImmutableMap.copyOf(s));
  }

  /** The threshold of {@code quantity}. */
  public Threshold threshold(Quantity quantity) {
    return requireNonNull(thresholds.get(quantity));
  }

  /** The severity of an alarm of {@code alarm}. */
  public EventSeverity severity(AlarmType alarm) {
    return requireNonNull(severities.get(alarm));
  }

  /**
   * The severity a measured value amounts to: empty below the alert threshold, the alarm's severity
   * from it, one grade more from the danger threshold.
   */
  public Optional<EventSeverity> severity(Quantity quantity, double value) {
    Threshold t = threshold(quantity);
    if (value < t.alert()) {
      return Optional.empty();
    }
    EventSeverity s = severity(quantity.alarm());
    return Optional.of(value >= t.danger() ? moreSevere(s) : s);
  }

  /** The category of an alarm's events: where the case goes and which departments join. */
  public static EventCategory category(AlarmType alarm) {
    return switch (requireNonNull(alarm, "alarm")) {
      case SMOKE, FIRE_LANE_BLOCKED, EBIKE_IN_LIFT -> EventCategory.SAFETY_FIRE;
      case GAS_LEAK -> EventCategory.SAFETY_GAS;
      case WATER_LEVEL -> EventCategory.DISASTER_FLOOD;
      case ELECTRICAL_LEAKAGE, OVERHEAT -> EventCategory.SAFETY_ELECTRICITY;
      case FALL -> EventCategory.CARE_SPECIAL_GROUP;
      case FAULT -> EventCategory.FACILITY_DAMAGE;
    };
  }

  static EventSeverity moreSevere(EventSeverity s) {
    return EventSeverity.values()[Math.max(0, s.ordinal() - 1)];
  }

  private static ImmutableMap<Quantity, Threshold> defaultThresholds() {
    Map<Quantity, Threshold> t = new EnumMap<>(Quantity.class);
    // Water in a basement, an underpass or a low yard: 15 cm starts to flood rooms and cars,
    // 40 cm stalls cars and sweeps people off their feet in a current (assumptions).
    t.put(Quantity.WATER_LEVEL_CM, new Threshold(15, 40));
    // GB 15322.1 sets a combustible-gas detector's low alarm at most 25 %LEL and its high alarm at
    // most 50 %LEL.
    t.put(Quantity.GAS_LEL_PERCENT, new Threshold(20, 50));
    // GB 50116 advises 300-500 mA as the alarm value of a residual-current fire monitor.
    t.put(Quantity.LEAKAGE_CURRENT_MA, new Threshold(300, 500));
    // PVC insulation is rated for 70 °C in service, XLPE for 90 °C.
    t.put(Quantity.TEMPERATURE_C, new Threshold(70, 90));
    return ImmutableMap.copyOf(t);
  }

  private static ImmutableMap<AlarmType, EventSeverity> defaultSeverities() {
    Map<AlarmType, EventSeverity> s = new EnumMap<>(AlarmType.class);
    // A detector's alarm may be a fire or a leak under way: an emergency of the lowest grade, so
    // the 15-minute accept limit applies; what only needs a visit stays routine.
    s.put(AlarmType.SMOKE, EventSeverity.IV);
    s.put(AlarmType.GAS_LEAK, EventSeverity.IV);
    s.put(AlarmType.WATER_LEVEL, EventSeverity.IV);
    s.put(AlarmType.ELECTRICAL_LEAKAGE, EventSeverity.ROUTINE);
    s.put(AlarmType.OVERHEAT, EventSeverity.IV);
    s.put(AlarmType.FIRE_LANE_BLOCKED, EventSeverity.ROUTINE);
    s.put(AlarmType.EBIKE_IN_LIFT, EventSeverity.ROUTINE);
    s.put(AlarmType.FALL, EventSeverity.IV);
    s.put(AlarmType.FAULT, EventSeverity.ROUTINE);
    return ImmutableMap.copyOf(s);
  }

  /**
   * Reads the {@code devices} section of a policy file (docs/policy.md); a file without one gives
   * the defaults.
   *
   * @throws InvalidInputException listing every problem, each naming the file and the JSON path of
   *     the field (or the line and column of a syntax error); a missing file is one too
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static DevicePolicy read(Path file) {
    return read(PolicyDocument.read(file));
  }

  /**
   * Reads the {@code devices} section of a policy from JSON text.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem, each naming the JSON path of the field
   */
  public static DevicePolicy read(Reader in, String source) {
    return read(PolicyDocument.read(in, source));
  }

  private static DevicePolicy read(PolicyDocument document) {
    List<Problem> problems = new ArrayList<>(document.problems());
    DevicePolicy policy =
        document
            .section("devices")
            .map(
                node ->
                    section(
                        node,
                        (path, message) ->
                            problems.add(PolicyDocument.problem(document.source(), path, message))))
            .orElse(DEFAULTS);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read the policy " + document.source(), problems);
    }
    return policy;
  }

  private interface Problems {
    void add(String path, String message);
  }

  private static DevicePolicy section(JsonNode node, Problems problems) {
    String path = "$.devices";
    if (!node.isObject()) {
      problems.add(path, "must be an object");
      return DEFAULTS;
    }
    Duration debounce = DEFAULT_DEBOUNCE;
    Map<Quantity, Threshold> thresholds = new EnumMap<>(DEFAULTS.thresholds);
    Map<AlarmType, EventSeverity> severities = new EnumMap<>(DEFAULTS.severities);
    for (Map.Entry<String, JsonNode> e : fields(node)) {
      String p = path + "." + e.getKey();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "debounceMinutes" -> {
          long max = MAX_DEBOUNCE.toMinutes();
          if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > max) {
            problems.add(p, v + " is not a whole number in 0.." + max);
          } else {
            debounce = Duration.ofMinutes(v.asLong());
          }
        }
        case "thresholds" -> {
          if (!object(v, p, problems)) {
            continue;
          }
          for (Map.Entry<String, JsonNode> q : fields(v)) {
            String qp = p + "." + q.getKey();
            Optional<Quantity> quantity = Quantity.find(q.getKey());
            if (quantity.isEmpty()) {
              problems.add(qp, "unknown quantity; expected one of " + codes(Quantity.values()));
              continue;
            }
            threshold(q.getValue(), qp, requireNonNull(thresholds.get(quantity.get())), problems)
                .ifPresent(t -> thresholds.put(quantity.get(), t));
          }
        }
        case "severities" -> {
          if (!object(v, p, problems)) {
            continue;
          }
          for (Map.Entry<String, JsonNode> a : fields(v)) {
            String ap = p + "." + a.getKey();
            Optional<AlarmType> alarm = AlarmType.find(a.getKey());
            if (alarm.isEmpty()) {
              problems.add(ap, "unknown alarm; expected one of " + codes(AlarmType.values()));
              continue;
            }
            try {
              if (!a.getValue().isTextual()) {
                throw new IllegalArgumentException(
                    "expected a severity: routine, iv, iii, ii or i");
              }
              severities.put(alarm.get(), EventSeverity.fromCode(a.getValue().asText()));
            } catch (IllegalArgumentException bad) {
              problems.add(ap, String.valueOf(bad.getMessage()));
            }
          }
        }
        default ->
            problems.add(
                p,
                "unknown field; the devices section takes debounceMinutes, thresholds, severities");
      }
    }
    return new DevicePolicy(
        debounce, ImmutableMap.copyOf(thresholds), ImmutableMap.copyOf(severities));
  }

  private static Optional<Threshold> threshold(
      JsonNode node, String path, Threshold base, Problems problems) {
    if (!object(node, path, problems)) {
      return Optional.empty();
    }
    double alert = base.alert();
    double danger = base.danger();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> f : fields(node)) {
      String fp = path + "." + f.getKey();
      JsonNode v = f.getValue();
      boolean number = v.isNumber() && Math.abs(v.doubleValue()) <= 1_000_000;
      switch (f.getKey()) {
        case "alert" -> {
          if (number) {
            alert = v.doubleValue();
          } else {
            problems.add(fp, v + " is not a number in -1000000..1000000");
            ok = false;
          }
        }
        case "danger" -> {
          if (number) {
            danger = v.doubleValue();
          } else {
            problems.add(fp, v + " is not a number in -1000000..1000000");
            ok = false;
          }
        }
        default -> {
          problems.add(fp, "unknown field; a threshold takes alert, danger");
          ok = false;
        }
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    if (danger < alert) {
      problems.add(
          path, "the danger threshold " + danger + " is below the alert threshold " + alert);
      return Optional.empty();
    }
    return Optional.of(new Threshold(alert, danger));
  }

  private static boolean object(JsonNode node, String path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path, "must be an object");
      return false;
    }
    return true;
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static String codes(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(org.gridgov.core.internal.Codes.code(v));
    }
    return String.join("|", out);
  }
}
