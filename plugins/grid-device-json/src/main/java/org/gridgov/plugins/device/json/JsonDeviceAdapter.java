package org.gridgov.plugins.device.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.Utf8Reader;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.spi.device.AlarmType;
import org.gridgov.spi.device.DecodeResult;
import org.gridgov.spi.device.DeviceAdapter;
import org.gridgov.spi.device.DeviceKind;
import org.gridgov.spi.device.DevicePayload;
import org.gridgov.spi.device.DeviceReading;
import org.gridgov.spi.device.Quantity;

/**
 * Reads the JSON device payload of docs/spi.md, "Device adapters": one device's readings,
 *
 * <pre>{@code
 * {"schemaVersion": 1, "deviceId": "WL-0001", "kind": "water_level",
 *  "readings": [{"time": "2026-07-08T03:15:00+08:00", "quantity": "water_level_cm", "value": 23.5},
 *               {"time": "2026-07-08T03:15:00+08:00", "alarm": "water_level"}],
 *  "vendor": {"battery": 87}}
 * }</pre>
 *
 * read with the library's strict JSON limits. Every problem is a refusal naming the JSON path: a
 * field that is missing, unknown or of the wrong type, a time without an offset, a unit other than
 * the quantity's, an alarm the kind cannot raise. {@code vendor} is the one place for a vendor's
 * own fields and is not read. Stateless and thread-safe.
 */
public final class JsonDeviceAdapter implements DeviceAdapter {

  /** The media types read: plain JSON, and the payload's own type. */
  public static final ImmutableSet<String> MEDIA_TYPES =
      ImmutableSet.of("application/json", "application/vnd.gridgov.device+json");

  /** The version of the payload this adapter reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The most readings one payload may hold. */
  public static final int MAX_READINGS = 1000;

  /** Creates the adapter. */
  public JsonDeviceAdapter() {}

  @Override
  public boolean accepts(DevicePayload payload) {
    return MEDIA_TYPES.contains(payload.mediaType());
  }

  @Override
  public DecodeResult decode(DevicePayload payload) {
    requireNonNull(payload, "payload");
    JsonNode root;
    try (Reader in = new Utf8Reader(payload.bodyStream())) {
      root = StrictJson.readTree(in, "payload", "the device payload");
    } catch (InvalidInputException e) {
      return DecodeResult.refused(
          e.problems().isEmpty() ? Checks.messageOf(e) : e.problems().get(0).toString());
    } catch (UncheckedIOException | IOException e) {
      // Bytes that are not UTF-8 come as InvalidInputException with their place (StrictJson);
      // anything else the reader says is kept as the reason.
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      return DecodeResult.refused(
          "the payload is not UTF-8 JSON: " + Checks.messageOf(cause == null ? e : cause));
    }
    List<String> problems = new ArrayList<>();
    List<DeviceReading> readings = read(root, problems);
    if (!problems.isEmpty()) {
      return DecodeResult.refused(String.join("; ", problems));
    }
    if (readings.isEmpty()) {
      return DecodeResult.refused("$.readings: is empty; give at least one reading");
    }
    return DecodeResult.decoded(readings);
  }

  private static List<DeviceReading> read(JsonNode root, List<String> problems) {
    List<DeviceReading> out = new ArrayList<>();
    if (!root.isObject()) {
      problems.add("$: a device payload is a JSON object");
      return out;
    }
    for (String field : names(root)) {
      if (!List.of("schemaVersion", "deviceId", "kind", "readings", "vendor").contains(field)) {
        problems.add(
            "$."
                + field
                + ": unknown field; expected schemaVersion, deviceId, kind, readings, vendor (a"
                + " vendor's own fields go in vendor)");
      }
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null) {
      problems.add("$.schemaVersion: is missing; this adapter reads version " + SCHEMA_VERSION);
    } else if (!version.isIntegralNumber() || version.asInt() != SCHEMA_VERSION) {
      problems.add(
          "$.schemaVersion: "
              + version
              + " is not supported; this adapter reads version "
              + SCHEMA_VERSION);
    }
    Optional<String> deviceId = text(root, "deviceId", "$.deviceId", problems);
    if (deviceId.isPresent()) {
      try {
        Checks.id(deviceId.get(), "device id");
        if (deviceId.get().length() > DeviceReading.MAX_ID_LENGTH) {
          problems.add("$.deviceId: is longer than " + DeviceReading.MAX_ID_LENGTH + " characters");
        }
      } catch (IllegalArgumentException e) {
        problems.add("$.deviceId: " + Checks.messageOf(e));
      }
    }
    Optional<DeviceKind> kind =
        text(root, "kind", "$.kind", problems)
            .flatMap(
                k -> {
                  Optional<DeviceKind> found = DeviceKind.find(k);
                  if (found.isEmpty()) {
                    problems.add(
                        "$.kind: \""
                            + k
                            + "\" is not one of smoke|gas|water_level|electrical_fire|video");
                  }
                  return found;
                });
    JsonNode vendor = root.get("vendor");
    if (vendor != null && !vendor.isObject()) {
      problems.add("$.vendor: must be an object");
    }
    JsonNode list = root.get("readings");
    if (list == null) {
      problems.add("$.readings: is missing");
      return out;
    }
    if (!list.isArray()) {
      problems.add("$.readings: must be an array");
      return out;
    }
    if (list.size() > MAX_READINGS) {
      problems.add(
          "$.readings: has " + list.size() + " readings; a payload holds at most " + MAX_READINGS);
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      reading(list.get(i), "$.readings[" + i + "]", deviceId, kind, problems).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<DeviceReading> reading(
      JsonNode r,
      String path,
      Optional<String> deviceId,
      Optional<DeviceKind> kind,
      List<String> problems) {
    if (!r.isObject()) {
      problems.add(path + ": a reading is a JSON object");
      return Optional.empty();
    }
    int before = problems.size();
    for (String field : names(r)) {
      if (!List.of("time", "quantity", "value", "unit", "alarm").contains(field)) {
        problems.add(
            path + "." + field + ": unknown field; expected time, quantity, value, unit or alarm");
      }
    }
    Optional<OffsetDateTime> time =
        text(r, "time", path + ".time", problems)
            .flatMap(
                t -> {
                  try {
                    return Optional.of(Checks.offsetDateTime(t));
                  } catch (DateTimeParseException e) {
                    problems.add(
                        path
                            + ".time: \""
                            + t
                            + "\" is not a date and time with an offset"
                            + Checks.rangeReason(e)
                            + "; expected e.g. 2026-07-08T03:15:00+08:00");
                    return Optional.empty();
                  }
                });
    boolean isAlarm = r.has("alarm");
    boolean isMeasurement = r.has("quantity") || r.has("value");
    if (isAlarm == isMeasurement) {
      problems.add(
          path
              + ": give either an alarm, or a quantity and a value"
              + (isAlarm ? ", not both" : ""));
      return Optional.empty();
    }
    DeviceReading.Observation observation;
    if (isAlarm) {
      Optional<AlarmType> alarm =
          text(r, "alarm", path + ".alarm", problems)
              .flatMap(
                  a -> {
                    Optional<AlarmType> found = AlarmType.find(a);
                    if (found.isEmpty()) {
                      problems.add(path + ".alarm: \"" + a + "\" is not one of " + alarms());
                    }
                    return found;
                  });
      if (r.has("unit")) {
        problems.add(path + ".unit: an alarm has no unit");
      }
      if (alarm.isEmpty()) {
        return Optional.empty();
      }
      observation = new DeviceReading.Alarm(alarm.get());
    } else {
      Optional<Quantity> quantity =
          text(r, "quantity", path + ".quantity", problems)
              .flatMap(
                  q -> {
                    Optional<Quantity> found = Quantity.find(q);
                    if (found.isEmpty()) {
                      problems.add(
                          path
                              + ".quantity: \""
                              + q
                              + "\" is not one of"
                              + " water_level_cm|gas_lel_percent|leakage_current_ma|temperature_c");
                    }
                    return found;
                  });
      JsonNode value = r.get("value");
      if (value == null) {
        problems.add(path + ".value: is missing");
      } else if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
        problems.add(path + ".value: " + value + " is not a number");
      }
      Optional<String> unit =
          r.has("unit") ? text(r, "unit", path + ".unit", problems) : Optional.empty();
      if (quantity.isPresent() && unit.isPresent() && !unit.get().equals(quantity.get().unit())) {
        problems.add(
            path
                + ".unit: \""
                + unit.get()
                + "\" is not the unit of "
                + quantity.get().code()
                + "; give the value in "
                + quantity.get().unit());
      }
      if (quantity.isEmpty() || problems.size() > before) {
        return Optional.empty();
      }
      observation =
          new DeviceReading.Measurement(quantity.get(), requireNonNull(value).doubleValue());
    }
    if (problems.size() > before || time.isEmpty() || deviceId.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DeviceReading(deviceId.get(), kind.get(), time.get(), observation));
    } catch (IllegalArgumentException e) {
      // The kind cannot make this observation (a camera reporting gas).
      problems.add(path + ": " + Checks.messageOf(e));
      return Optional.empty();
    }
  }

  private static Optional<String> text(
      JsonNode node, String field, String path, List<String> problems) {
    JsonNode v = node.get(field);
    if (v == null) {
      problems.add(path + ": is missing");
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problems.add(path + ": " + v + " is not a non-empty string");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      out.add(it.next().getKey());
    }
    return out;
  }

  private static String alarms() {
    List<String> out = new ArrayList<>();
    for (AlarmType a : AlarmType.values()) {
      out.add(a.code());
    }
    return String.join("|", out);
  }
}
