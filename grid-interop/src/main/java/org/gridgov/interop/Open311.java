package org.gridgov.interop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.event.AuditEntry;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/): cases out as service requests, and
 * service requests in as reports. The service codes are our category codes ({@code safety.gas}, …),
 * so a city platform that lists our services ({@code GET services.json}) and a resident app that
 * posts to them speak the same taxonomy. The mapping is in {@code docs/interop.md}.
 */
public final class Open311 {

  /**
   * The case states shown as {@code closed}. RESOLVED stays open: a failed verification sends the
   * case back to handling, and a request that flips from closed back to open confuses a resident
   * more than one that closes a little later. VERIFIED is closed: only the filing is left.
   */
  private static final Set<CaseState> CLOSED =
      EnumSet.of(CaseState.VERIFIED, CaseState.CLOSED, CaseState.MERGED, CaseState.REJECTED);

  /** The keys of a GeoReport v2 service request, in the order the specification lists them. */
  private static final List<String> KEYS =
      List.of(
          "service_request_id",
          "status",
          "status_notes",
          "service_name",
          "service_code",
          "description",
          "agency_responsible",
          "service_notice",
          "requested_datetime",
          "updated_datetime",
          "expected_datetime",
          "address",
          "address_id",
          "zipcode",
          "lat",
          "long",
          "media_url");

  private Open311() {}

  /**
   * A case as a service request.
   *
   * <p>{@code status} is {@code closed} when the case is VERIFIED, CLOSED, MERGED or REJECTED and
   * {@code open} otherwise; {@code status_notes} is the reason of the last move, {@code
   * updated_datetime} its time.
   *
   * @param c the case
   * @param firstEvent the report that opened it: its category, time, place and words describe the
   *     request
   * @throws IllegalArgumentException if {@code firstEvent} is not the case's first report
   */
  public static ServiceRequest toServiceRequest(GridCase c, GridEvent firstEvent) {
    requireNonNull(c, "case");
    requireNonNull(firstEvent, "firstEvent");
    String first = c.eventIds().get(0);
    if (!first.equals(firstEvent.id())) {
      throw new IllegalArgumentException(
          "event " + firstEvent.id() + " is not the first report of " + c + "; that is " + first);
    }
    AuditEntry last = c.history().get(c.history().size() - 1);
    return new ServiceRequest(
        c.id(),
        CLOSED.contains(c.state()) ? ServiceRequest.Status.CLOSED : ServiceRequest.Status.OPEN,
        Optional.of(last.reason()).filter(r -> !r.isEmpty()),
        firstEvent.category().code(),
        firstEvent.category().nameEn(),
        Optional.of(firstEvent.text()).filter(t -> !t.isEmpty()),
        c.grid().value(),
        firstEvent.reportedAt(),
        last.at(),
        firstEvent.buildingId(),
        firstEvent.location().map(p -> new ServiceRequest.LatLong(p.getY(), p.getX())),
        firstEvent.severity());
  }

  /**
   * Writes service requests as a GeoReport v2 JSON array, the body of {@code GET requests.json}.
   * Every key of the specification is written, {@code null} where we have no value (as the
   * specification's examples do), plus the extension {@code attributes.severity}. Times are
   * ISO-8601 with the offset they were recorded in.
   *
   * @param requests the requests, in the order to write
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeRequests(List<ServiceRequest> requests, Writer out) {
    requireNonNull(requests, "requests");
    requireNonNull(out, "out");
    try {
      JsonGenerator g = StrictJson.factory().createGenerator(out).useDefaultPrettyPrinter();
      g.writeStartArray();
      for (ServiceRequest r : requests) {
        write(r, g);
      }
      g.writeEndArray();
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the service requests: " + e.getMessage(), e);
    }
  }

  private static void write(ServiceRequest r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (String key : KEYS) {
      g.writeFieldName(key);
      switch (key) {
        case "service_request_id" -> g.writeString(r.serviceRequestId());
        case "status" -> g.writeString(r.status().code());
        case "status_notes" -> string(g, r.statusNotes());
        case "service_name" -> g.writeString(r.serviceName());
        case "service_code" -> g.writeString(r.serviceCode());
        case "description" -> string(g, r.description());
        case "agency_responsible" -> g.writeString(r.agencyResponsible());
        case "requested_datetime" -> g.writeString(TIME.format(r.requestedAt()));
        case "updated_datetime" -> g.writeString(TIME.format(r.updatedAt()));
        case "address_id" -> string(g, r.addressId());
        case "lat" -> number(g, r.position().map(ServiceRequest.LatLong::lat));
        case "long" -> number(g, r.position().map(ServiceRequest.LatLong::lon));
        default -> g.writeNull();
      }
    }
    g.writeObjectFieldStart("attributes");
    g.writeStringField("severity", r.severity().code());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void number(JsonGenerator g, Optional<Double> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumber(value.get());
    } else {
      g.writeNull();
    }
  }

  /** ISO-8601 with offset; seconds always written, fractions only when there are any. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * Reads GeoReport v2 service requests as reports: a JSON array of requests (the body of {@code
   * GET requests.json}) or one request object (the fields of a {@code POST requests.json}).
   *
   * <p>Each request becomes a {@link GridEvent} from a resident's app: {@code service_code} is the
   * category (one of our codes), {@code requested_datetime} the time of the report (required),
   * {@code lat}/{@code long} the point, {@code address_id} the building, {@code description} the
   * words, {@code agency_responsible} the grid when it is a grid code, {@code account_id}, {@code
   * device_id}, {@code phone} or {@code email} (the first given) the reporter. The grade comes from
   * {@code attribute[severity]} or {@code attributes.severity} ({@code i}…{@code iv}, {@code
   * routine}); routine when neither is given. The event id is {@code service_request_id}, or {@code
   * <sourceName>#<n>} (n from 1) for a request that has none yet. Fields GeoReport defines but the
   * event has no place for (names, {@code zipcode}, {@code media_url}, …) are ignored, as are
   * fields a vendor adds.
   *
   * @param in the JSON; read to its end, not closed
   * @param sourceName the name problems give the input, e.g. the file name
   * @return the reports, in input order
   * @throws InvalidInputException listing every problem, each naming the JSON path of the field (or
   *     the line and column of a syntax error)
   * @throws UncheckedIOException if {@code in} fails
   */
  public static ImmutableList<GridEvent> readRequests(Reader in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    JsonNode root = StrictJson.readTree(in, sourceName, "the service requests");
    return new Reading(sourceName).read(root);
  }

  /** One reading of a request document, collecting every problem before it gives up. */
  private static final class Reading {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Reading(String source) {
      this.source = source;
    }

    private void problem(String path, String message) {
      problems.add(Problem.at(SourceLocation.of(source, 0), path, message));
    }

    ImmutableList<GridEvent> read(JsonNode root) {
      List<GridEvent> events = new ArrayList<>();
      if (root == null || root.isMissingNode()) {
        problem(
            "$", "the input is empty; expected a JSON array of service requests or one request");
      } else if (root.isArray()) {
        for (int i = 0; i < root.size(); i++) {
          request(root.get(i), "$[" + i + "]", i + 1).ifPresent(events::add);
        }
      } else if (root.isObject()) {
        request(root, "$", 1).ifPresent(events::add);
      } else {
        problem("$", "expected a JSON array of service requests or one request, not " + root);
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("cannot read the service requests " + source, problems);
      }
      return ImmutableList.copyOf(events);
    }

    private Optional<GridEvent> request(JsonNode node, String path, int n) {
      if (!node.isObject()) {
        problem(path, "a service request is a JSON object, not " + node);
        return Optional.empty();
      }
      int before = problems.size();
      String id = text(node, path, "service_request_id", true).orElse(source + "#" + n);
      if (!ids.add(id)) {
        problem(path + ".service_request_id", "\"" + id + "\" appears twice in this input");
      }
      Optional<EventCategory> category = category(node, path);
      Optional<OffsetDateTime> at = time(node, path);
      Optional<Double> lat = coordinate(node, path, "lat", 90);
      Optional<Double> lon = coordinate(node, path, "long", 180);
      if (lat.isPresent() != lon.isPresent() && problems.size() == before) {
        problem(
            path + (lat.isPresent() ? ".long" : ".lat"),
            "is missing; lat and long come together or not at all");
      }
      Optional<String> building = text(node, path, "address_id", true);
      Optional<GridCode> grid =
          text(node, path, "agency_responsible", false).flatMap(GridCode::tryParse);
      String words = text(node, path, "description", false).orElse("");
      Optional<String> reporter = Optional.empty();
      for (String key : List.of("account_id", "device_id", "phone", "email")) {
        Optional<String> r = text(node, path, key, true);
        reporter = reporter.or(() -> r);
      }
      EventSeverity severity = severity(node, path);
      if (lat.isEmpty() && building.isEmpty() && grid.isEmpty() && problems.size() == before) {
        problem(
            path,
            "has no place we can use: give lat and long, an address_id (building id) or a grid"
                + " code as agency_responsible; an address_string alone cannot be located");
      }
      if (problems.size() > before || category.isEmpty() || at.isEmpty()) {
        return Optional.empty();
      }
      try {
        GridEvent.Builder b =
            GridEvent.builder(id, at.get(), category.get())
                .source(EventSource.RESIDENT_APP)
                .severity(severity)
                .text(words);
        if (lat.isPresent() && lon.isPresent()) {
          b.location(lon.get(), lat.get());
        }
        building.ifPresent(b::buildingId);
        grid.ifPresent(b::grid);
        reporter.ifPresent(b::reporter);
        return Optional.of(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The checks above mirror the builder's; this catches what they missed (an id too long).
        problem(path, Checks.messageOf(e));
        return Optional.empty();
      }
    }

    private Optional<EventCategory> category(JsonNode node, String path) {
      // Other cities number their services; a number then gets the list of our codes too.
      Optional<String> code = text(node, path, "service_code", true);
      if (code.isEmpty()) {
        if (absent(node.get("service_code"))) {
          problem(path + ".service_code", "is missing; expected one of " + allowedCategories());
        }
        return Optional.empty();
      }
      Optional<EventCategory> c = EventCategory.find(code.get());
      if (c.isEmpty()) {
        problem(
            path + ".service_code",
            "unknown service code \"" + code.get() + "\"; expected one of " + allowedCategories());
      }
      return c;
    }

    private Optional<OffsetDateTime> time(JsonNode node, String path) {
      String p = path + ".requested_datetime";
      Optional<String> value = text(node, path, "requested_datetime", false);
      if (value.isEmpty()) {
        if (absent(node.get("requested_datetime"))) {
          problem(p, "is missing; expected an ISO-8601 time with offset, like " + EXAMPLE_TIME);
        }
        return Optional.empty();
      }
      try {
        return Optional.of(Checks.offsetDateTime(value.get(), TIME));
      } catch (DateTimeParseException e) {
        problem(
            p,
            "\""
                + Checks.printable(value.get())
                + "\" is not an ISO-8601 time with offset (Z or ±hh:mm)"
                + Checks.rangeReason(e)
                + ", like "
                + EXAMPLE_TIME);
        return Optional.empty();
      }
    }

    private Optional<Double> coordinate(JsonNode node, String path, String key, double limit) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      String p = path + "." + key;
      double d;
      if (v.isNumber()) {
        d = v.doubleValue();
      } else if (v.isTextual()) {
        // A form-encoded POST carries every value as text.
        try {
          d = Double.parseDouble(v.textValue().strip());
        } catch (NumberFormatException e) {
          problem(p, v + " is not a number of degrees");
          return Optional.empty();
        }
      } else {
        problem(p, v + " is not a number of degrees");
        return Optional.empty();
      }
      if (!(d >= -limit && d <= limit)) {
        problem(p, v + " is outside WGS 84's -" + (int) limit + ".." + (int) limit + " degrees");
        return Optional.empty();
      }
      return Optional.of(d);
    }

    private EventSeverity severity(JsonNode node, String path) {
      JsonNode flat = node.get("attribute[severity]");
      JsonNode attributes = node.get("attributes");
      String p = path + ".attribute[severity]";
      JsonNode v = flat;
      if (attributes != null && !attributes.isNull()) {
        if (!attributes.isObject()) {
          problem(path + ".attributes", "must be an object of attribute codes and values");
        } else if (attributes.has("severity")) {
          if (flat != null) {
            problem(p, "is given twice, here and as attributes.severity");
          }
          v = attributes.get("severity");
          p = path + ".attributes.severity";
        }
      }
      if (v == null || v.isNull()) {
        return EventSeverity.ROUTINE;
      }
      if (!v.isTextual()) {
        problem(p, v + " is not a string; expected one of i|ii|iii|iv|routine");
        return EventSeverity.ROUTINE;
      }
      try {
        return EventSeverity.fromCode(v.textValue().strip());
      } catch (IllegalArgumentException e) {
        problem(p, Checks.messageOf(e));
        return EventSeverity.ROUTINE;
      }
    }

    /**
     * A text field, if given and not blank. Identifiers may come as numbers (GeoReport's examples
     * number their requests), other fields must be strings.
     */
    private Optional<String> text(JsonNode node, String path, String key, boolean orNumber) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (v.isTextual() || (orNumber && v.isIntegralNumber())) {
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
      }
      problem(path + "." + key, v + " is not a string");
      return Optional.empty();
    }
  }

  /** Whether a field is missing, null or a blank string: all mean "not given". */
  private static boolean absent(@Nullable JsonNode v) {
    return v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank());
  }

  private static final String EXAMPLE_TIME = "2026-03-01T10:00:00+08:00";

  private static String allowedCategories() {
    return Arrays.stream(EventCategory.values())
        .map(EventCategory::code)
        .collect(Collectors.joining("|"));
  }
}
