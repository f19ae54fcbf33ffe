package org.gridgov.interop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/), the documents of each of its
 * methods, for a server (grid-serve) and for the command line:
 *
 * <ul>
 *   <li>{@code GET services.json}: {@link #writeServices}; {@code GET services/{code}.json}: {@link
 *       #writeServiceDefinition};
 *   <li>{@code POST requests.json}: {@link #readPost} (the form arguments into a report, the time
 *       set by the receiver), answered with {@link #writeCreated} or, when refused, with {@link
 *       #writeErrors} (HTTP 400);
 *   <li>{@code GET requests.json} and {@code GET requests/{id}.json}: {@link #toServiceRequest} and
 *       {@link #writeRequests}, filtered by a {@link RequestQuery};
 *   <li>and {@link #readRequests}, another server's requests into reports.
 * </ul>
 *
 * <p>The service codes are our category codes ({@code safety.gas}, …), so a city platform that
 * lists our services and a resident app that posts to them speak the same taxonomy. The mapping is
 * in {@code docs/interop.md}.
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
   * Writes service requests as a GeoReport v2 JSON array: the body of {@code GET requests.json},
   * and of {@code GET requests/{id}.json} (the same array, of one request). Every key of the
   * specification is written, {@code null} where we have no value (as the specification's examples
   * do), plus the extension {@code attributes.severity}. Times are RFC 3339 to the second with the
   * offset they were recorded in; coordinates have at most 7 decimals.
   *
   * @param requests the requests, in the order to write
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeRequests(List<ServiceRequest> requests, Writer out) {
    requireNonNull(requests, "requests");
    write(
        out,
        "the service requests",
        g -> {
          g.writeStartArray();
          for (ServiceRequest r : requests) {
            write(r, g);
          }
          g.writeEndArray();
        });
  }

  /**
   * Writes the service list, the body of {@code GET services.json}: one service per category of
   * {@link EventCategory}, in its order. {@code service_code} is the category code, {@code
   * service_name} its English name, {@code description} its Chinese name, {@code group} its family
   * ({@code safety}, {@code disaster}, …), {@code keywords} the code, the family and the Chinese
   * name; {@code type} is {@code realtime} (a report is routed when it arrives) and {@code
   * metadata} {@code true}: every service takes the attribute {@code severity} ({@link
   * #writeServiceDefinition}).
   *
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeServices(Writer out) {
    write(
        out,
        "the service list",
        g -> {
          g.writeStartArray();
          for (EventCategory c : EventCategory.values()) {
            g.writeStartObject();
            g.writeStringField("service_code", c.code());
            g.writeStringField("service_name", c.nameEn());
            g.writeStringField("description", c.nameZh());
            g.writeBooleanField("metadata", true);
            g.writeStringField("type", "realtime");
            g.writeStringField("keywords", c.code() + ", " + c.family() + ", " + c.nameZh());
            g.writeStringField("group", c.family());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /**
   * Writes the definition of one service, the body of {@code GET services/{service_code}.json}: its
   * one attribute, {@code severity}, a single-value list of the grades ({@code routine}, {@code iv}
   * … {@code i}), not required (a report without it is routine).
   *
   * @param category the service
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeServiceDefinition(EventCategory category, Writer out) {
    requireNonNull(category, "category");
    write(
        out,
        "the service definition",
        g -> {
          g.writeStartObject();
          g.writeStringField("service_code", category.code());
          g.writeArrayFieldStart("attributes");
          g.writeStartObject();
          g.writeBooleanField("variable", true);
          g.writeStringField("code", SEVERITY);
          g.writeStringField("datatype", "singlevaluelist");
          g.writeBooleanField("required", false);
          g.writeStringField(
              "datatype_description", "the grade of the incident; routine when not given");
          g.writeNumberField("order", 1);
          g.writeStringField("description", "grade (事件等级)");
          g.writeArrayFieldStart("values");
          List<EventSeverity> grades = new ArrayList<>(List.of(EventSeverity.values()));
          java.util.Collections.reverse(grades);
          for (EventSeverity s : grades) {
            g.writeStartObject();
            g.writeStringField("key", s.code());
            g.writeStringField("name", s.code());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * Writes the answer to a {@code POST requests.json} that was taken in: {@code
   * [{"service_request_id": …, "service_notice": …, "account_id": null}]}.
   *
   * @param serviceRequestId the id the receiver gave the request, by which {@code GET
   *     requests/{id}.json} finds it
   * @param serviceNotice what the resident should know, e.g. when the grid will answer; {@code
   *     null} is written when empty
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeCreated(
      String serviceRequestId, Optional<String> serviceNotice, Writer out) {
    requireNonNull(serviceRequestId, "serviceRequestId");
    requireNonNull(serviceNotice, "serviceNotice");
    write(
        out,
        "the answer",
        g -> {
          g.writeStartArray();
          g.writeStartObject();
          g.writeStringField("service_request_id", serviceRequestId);
          g.writeFieldName("service_notice");
          string(g, serviceNotice);
          g.writeNullField("account_id");
          g.writeEndObject();
          g.writeEndArray();
        });
  }

  /**
   * Writes the errors of a refused input as GeoReport v2 does, {@code [{"code": 400, "description":
   * …}, …]}: one error per problem, its description the argument or JSON path and what is wrong.
   * The HTTP status to answer with is 400.
   *
   * @param refused what {@link #readPost} or {@link #readRequests} threw
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeErrors(InvalidInputException refused, Writer out) {
    requireNonNull(refused, "refused");
    List<String> descriptions = new ArrayList<>();
    for (Problem p : refused.problems()) {
      descriptions.add(p.subject().isEmpty() ? p.message() : p.subject() + ": " + p.message());
    }
    writeErrors(400, descriptions, out);
  }

  /**
   * Writes one GeoReport v2 error, {@code [{"code": code, "description": description}]}: for the
   * errors the server finds itself, e.g. 404 for an unknown {@code service_request_id} or 403 for a
   * missing {@code api_key}.
   *
   * @param code the HTTP status, 400 to 599
   * @param description what went wrong, for the client's developer
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException if {@code code} is not an error status
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void writeError(int code, String description, Writer out) {
    writeErrors(code, List.of(Checks.nonBlank(description, "description")), out);
  }

  private static void writeErrors(int code, List<String> descriptions, Writer out) {
    if (code < 400 || code > 599) {
      throw new IllegalArgumentException("an error code is an HTTP status 400..599, not " + code);
    }
    write(
        out,
        "the errors",
        g -> {
          g.writeStartArray();
          for (String d : descriptions) {
            g.writeStartObject();
            g.writeNumberField("code", code);
            g.writeStringField("description", d);
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** Something written with a JSON generator. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static void write(Writer out, String what, Body body) {
    requireNonNull(out, "out");
    try {
      JsonGenerator g = StrictJson.factory().createGenerator(out).useDefaultPrettyPrinter();
      body.write(g);
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + ": " + e.getMessage(), e);
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
        case "requested_datetime" -> g.writeString(Times.format(r.requestedAt()));
        case "updated_datetime" -> g.writeString(Times.format(r.updatedAt()));
        case "address_id" -> string(g, r.addressId());
        case "lat" -> number(g, r.position().map(ServiceRequest.LatLong::lat));
        case "long" -> number(g, r.position().map(ServiceRequest.LatLong::lon));
        default -> g.writeNull();
      }
    }
    g.writeObjectFieldStart("attributes");
    g.writeStringField(SEVERITY, r.severity().code());
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
      // A plain decimal of at most 7 places: a centimetre, without the float's noise.
      g.writeNumber(CsvWriter.decimal(value.get()));
    } else {
      g.writeNull();
    }
  }

  /**
   * Reads the body of a {@code POST requests.json} as a report: the arguments of GeoReport v2,
   * {@code application/x-www-form-urlencoded} in UTF-8 ({@code service_code}, {@code lat}, {@code
   * long}, {@code address_string}, {@code address_id}, {@code email}, {@code device_id}, {@code
   * account_id}, {@code first_name}, {@code last_name}, {@code phone}, {@code description}, {@code
   * media_url}, {@code attribute[severity]}). A POST carries no time: the report's time is {@code
   * receivedAt}, in China's time (UTC+8). {@code api_key} and {@code jurisdiction_id} are the
   * server's to check and are not read here; other arguments are ignored. The rules of each
   * argument are those of {@link #readRequests}; besides, an argument given twice and an attribute
   * the service does not define ({@link #writeServiceDefinition}) are errors.
   *
   * @param body the request body, as received
   * @param id the id the receiver gives the report (and answers with, {@link #writeCreated})
   * @param receivedAt when the receiver took the request in
   * @return the report, from a resident's app
   * @throws InvalidInputException listing every problem, each naming its argument; answer with 400
   *     and {@link #writeErrors}
   * @throws IllegalArgumentException if {@code id} is not a valid event id
   */
  public static GridEvent readPost(String body, String id, Instant receivedAt) {
    requireNonNull(body, "body");
    Checks.id(id, "id");
    requireNonNull(receivedAt, "receivedAt");
    Reading reading = new Reading("POST requests.json", receivedAt, true);
    // The body's own problems (escapes, repeats) and the arguments' are reported together.
    ObjectNode arguments = FormBody.read(body, reading.problems);
    arguments.put("service_request_id", id);
    ImmutableList<GridEvent> events = reading.read(arguments);
    return events.get(0);
  }

  /**
   * Reads GeoReport v2 service requests as reports: a JSON array of requests (the body of {@code
   * GET requests.json} from another server) or one request object.
   *
   * <p>Each request becomes a {@link GridEvent} from a resident's app: {@code service_code} is the
   * category (one of our codes), {@code requested_datetime} the time of the report ({@code
   * receivedAt} when absent; any form of {@link Times#parse}: {@code +0800}, a space for {@code
   * T}), {@code lat}/{@code long} the point, {@code address_id} the building, {@code description}
   * the words, {@code agency_responsible} the grid when it is a grid code, {@code account_id},
   * {@code device_id}, {@code phone} or {@code email} (the first given) the reporter. The grade
   * comes from {@code attribute[severity]} or {@code attributes.severity} ({@code i}…{@code iv},
   * {@code routine}); routine when neither is given. The event id is {@code service_request_id}, or
   * {@code <sourceName>#<n>} (n from 1) for a request that has none yet. Fields GeoReport defines
   * but the event has no place for (names, {@code zipcode}, {@code media_url}, …) are ignored, as
   * are fields a vendor adds.
   *
   * @param in the JSON; read to its end, not closed
   * @param sourceName the name problems give the input, e.g. the file name
   * @param receivedAt the time of a request that does not say when it was made
   * @return the reports, in input order
   * @throws InvalidInputException listing every problem, each naming the JSON path of the field (or
   *     the line and column of a syntax error)
   * @throws UncheckedIOException if {@code in} fails
   */
  public static ImmutableList<GridEvent> readRequests(
      Reader in, String sourceName, Instant receivedAt) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(receivedAt, "receivedAt");
    JsonNode root = StrictJson.readTree(in, sourceName, "the service requests");
    return new Reading(sourceName, receivedAt, false).read(root);
  }

  /** One reading of a request document, collecting every problem before it gives up. */
  private static final class Reading {
    private final String source;
    private final OffsetDateTime receivedAt;

    /** A POST: paths are argument names, the time is the receiver's, attributes are checked. */
    private final boolean post;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Reading(String source, Instant receivedAt, boolean post) {
      this.source = source;
      this.receivedAt = receivedAt.atOffset(Times.CHINA);
      this.post = post;
    }

    private void problem(String path, String message) {
      problems.add(Problem.at(SourceLocation.of(source, 0), path, message));
    }

    private String field(String path, String key) {
      return path.isEmpty() ? key : path + "." + key;
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
        request(root, post ? "" : "$", 1).ifPresent(events::add);
      } else {
        problem("$", "expected a JSON array of service requests or one request, not " + root);
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(
            post ? "cannot read the service request" : "cannot read the service requests " + source,
            problems);
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
        problem(field(path, "service_request_id"), "\"" + id + "\" appears twice in this input");
      }
      Optional<EventCategory> category = category(node, path);
      Optional<OffsetDateTime> at = post ? Optional.of(receivedAt) : time(node, path);
      Optional<Double> lat = coordinate(node, path, "lat", 90);
      Optional<Double> lon = coordinate(node, path, "long", 180);
      if (lat.isPresent() != lon.isPresent() && problems.size() == before) {
        problem(
            field(path, lat.isPresent() ? "long" : "lat"),
            "is missing; lat and long come together or not at all");
      }
      Optional<String> building = text(node, path, "address_id", true);
      Optional<GridCode> grid =
          post
              ? Optional.empty()
              : text(node, path, "agency_responsible", false).flatMap(GridCode::tryParse);
      Optional<String> address = text(node, path, "address_string", false);
      String words = text(node, path, "description", false).orElse("");
      Optional<String> reporter = Optional.empty();
      for (String key : List.of("account_id", "device_id", "phone", "email")) {
        Optional<String> r = text(node, path, key, true);
        reporter = reporter.or(() -> r);
      }
      EventSeverity severity = severity(node, path);
      if (lat.isEmpty() && building.isEmpty() && grid.isEmpty() && problems.size() == before) {
        problem(
            path.isEmpty() ? "lat" : path,
            address.isPresent()
                ? "address_string alone cannot be located (we have no geocoder): give lat and"
                    + " long, or an address_id (building id)"
                : "no location: give lat and long, or an address_id (building id)"
                    + (post ? "" : ", or a grid code as agency_responsible"));
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
        problem(path.isEmpty() ? "request" : path, Checks.messageOf(e));
        return Optional.empty();
      }
    }

    private Optional<EventCategory> category(JsonNode node, String path) {
      // Other cities number their services; a number then gets the list of our codes too.
      Optional<String> code = text(node, path, "service_code", true);
      String p = field(path, "service_code");
      if (code.isEmpty()) {
        if (absent(node.get("service_code"))) {
          problem(p, "is missing; expected one of " + allowedCategories());
        }
        return Optional.empty();
      }
      Optional<EventCategory> c = EventCategory.find(code.get());
      if (c.isEmpty()) {
        problem(
            p,
            "unknown service code \""
                + Checks.printable(code.get())
                + "\"; expected one of "
                + allowedCategories());
      }
      return c;
    }

    private Optional<OffsetDateTime> time(JsonNode node, String path) {
      Optional<String> value = text(node, path, "requested_datetime", false);
      if (value.isEmpty()) {
        // GeoReport's POST has no time: the request was made when it reached us.
        return absent(node.get("requested_datetime")) ? Optional.of(receivedAt) : Optional.empty();
      }
      try {
        return Optional.of(Times.parse(value.get()));
      } catch (DateTimeParseException e) {
        problem(field(path, "requested_datetime"), Times.refusal(value.get(), e));
        return Optional.empty();
      }
    }

    private Optional<Double> coordinate(JsonNode node, String path, String key, double limit) {
      JsonNode v = node.get(key);
      if (absent(v)) {
        return Optional.empty();
      }
      String p = field(path, key);
      double d;
      if (v.isNumber()) {
        d = v.doubleValue();
      } else if (v.isTextual()) {
        // A form-encoded POST carries every value as text.
        try {
          d = Double.parseDouble(v.textValue().strip());
        } catch (NumberFormatException e) {
          problem(p, quoted(v) + " is not a number of degrees");
          return Optional.empty();
        }
      } else {
        problem(p, v + " is not a number of degrees");
        return Optional.empty();
      }
      if (!(d >= -limit && d <= limit)) {
        problem(
            p,
            quoted(v) + " is outside WGS 84's -" + (int) limit + ".." + (int) limit + " degrees");
        return Optional.empty();
      }
      return Optional.of(d);
    }

    private EventSeverity severity(JsonNode node, String path) {
      String flatKey = "attribute[" + SEVERITY + "]";
      JsonNode flat = node.get(flatKey);
      JsonNode attributes = post ? null : node.get("attributes");
      String p = field(path, flatKey);
      JsonNode v = flat;
      if (attributes != null && !attributes.isNull()) {
        if (!attributes.isObject()) {
          problem(field(path, "attributes"), "must be an object of attribute codes and values");
        } else if (attributes.has(SEVERITY)) {
          if (flat != null) {
            problem(p, "is given twice, here and as attributes.severity");
          }
          v = attributes.get(SEVERITY);
          p = field(path, "attributes." + SEVERITY);
        }
      }
      if (absent(v)) {
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
      problem(field(path, key), v + " is not a string");
      return Optional.empty();
    }
  }

  private static String quoted(JsonNode v) {
    return v.isTextual() ? "\"" + Checks.printable(v.textValue()) + "\"" : v.toString();
  }

  /** Whether a field is missing, null or a blank string: all mean "not given". */
  private static boolean absent(@Nullable JsonNode v) {
    return v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank());
  }

  /** The one attribute our services define. */
  static final String SEVERITY = "severity";

  private static String allowedCategories() {
    return Arrays.stream(EventCategory.values())
        .map(EventCategory::code)
        .collect(Collectors.joining("|"));
  }
}
