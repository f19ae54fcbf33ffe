package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSource;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.events.live.Taken;
import org.gridgov.events.store.StoredCases;
import org.gridgov.interop.Open311;
import org.gridgov.interop.ServiceRequest;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;

/**
 * Open311 GeoReport v2 over HTTP, under {@value #PREFIX}: {@code GET services.json}, {@code POST
 * requests.json}, {@code GET requests.json} and {@code GET requests/{id}.json}, JSON only. A
 * request's id is its case's id. Errors are answered as the specification has them: an array of
 * {@code {"code", "description"}} with the HTTP status.
 */
final class Open311Api implements HttpHandler {

  /** Where the endpoint is. */
  static final String PREFIX = "/open311/v2/";

  /** The most requests one listing returns, as the specification caps it. */
  static final int MAX_LISTED = 1_000;

  /** The span a listing covers when no dates are given, as the specification suggests. */
  static final Duration DEFAULT_SPAN = Duration.ofDays(90);

  /** The longest description taken, as the specification allows. */
  static final int MAX_DESCRIPTION = 4_000;

  private final CaseLog cases;
  private final IntakeQueue intake;
  private final ReportIds ids;
  private final Clock clock;
  private final Duration answerWithin;

  Open311Api(CaseLog cases, IntakeQueue intake, ReportIds ids, Clock clock, Duration answerWithin) {
    this.cases = requireNonNull(cases, "cases");
    this.intake = requireNonNull(intake, "intake");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.answerWithin = requireNonNull(answerWithin, "answerWithin");
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath().substring(PREFIX.length() - 1);
      String method = x.getRequestMethod();
      try {
        if (path.equals("/services.json")) {
          allow(method, "GET");
          Http.json(x, 200, services());
        } else if (path.equals("/requests.json") && method.equals("POST")) {
          post(x);
        } else if (path.equals("/requests.json")) {
          allow(method, "GET");
          Http.json(x, 200, list(Http.query(x)));
        } else if (path.startsWith("/requests/") && path.endsWith(".json")) {
          allow(method, "GET");
          String id = path.substring("/requests/".length(), path.length() - ".json".length());
          Optional<ServiceRequest> r = request(id);
          if (r.isEmpty()) {
            throw new Http.Refusal(404, "not_found", "no service request " + id);
          }
          Http.json(x, 200, write(List.of(r.get())));
        } else {
          throw new Http.Refusal(404, "not_found", "no such resource: " + path);
        }
      } catch (Http.Refusal r) {
        Http.json(x, r.status, error(r.status, r.text));
      }
    }
  }

  private static void allow(String method, String allowed) {
    if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
      throw new Http.Refusal(405, "method", method + " is not allowed here; use " + allowed);
    }
  }

  /** The service list: one service per category, grouped by category family. */
  static String services() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      g.writeStartArray();
      for (EventCategory c : EventCategory.values()) {
        g.writeStartObject();
        g.writeStringField("service_code", c.code());
        g.writeStringField("service_name", c.nameZh());
        g.writeStringField("description", c.nameEn());
        g.writeBooleanField("metadata", false);
        g.writeStringField("type", "realtime");
        g.writeStringField("keywords", c.family());
        g.writeStringField("group", c.family());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private void post(HttpExchange x) throws IOException {
    if (!Http.contentType(x, "application/x-www-form-urlencoded")) {
      throw new Http.Refusal(
          400, "bad_request", "send the arguments as application/x-www-form-urlencoded");
    }
    Map<String, List<String>> args = Http.form(Http.utf8(Http.body(x), "the body"));
    GridEvent report = report(args);
    Taken taken = await(intake, report, answerWithin);
    if (taken instanceof Taken.Refused r) {
      throw new Http.Refusal(400, "refused", r.reason());
    }
    String caseId = taken instanceof Taken.Opened o ? o.caseId() : ((Taken.Joined) taken).caseId();
    String notice =
        taken instanceof Taken.Opened
            ? "received; a new case is open"
            : "received; joined the open case of the same incident";
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringField("service_request_id", caseId);
      g.writeStringField("service_notice", notice);
      g.writeNullField("account_id");
      g.writeEndObject();
      g.writeEndArray();
    }
    Http.json(x, 201, out + "\n");
  }

  /**
   * The report of a POST's arguments. The receiver sets the time ({@code requested_datetime} is not
   * an argument of a POST); names, phone and e-mail are not kept: a case needs the place and what
   * is wrong, not who said so.
   */
  GridEvent report(Map<String, List<String>> args) {
    String code =
        Http.one(args, "service_code")
            .orElseThrow(() -> new Http.Refusal(400, "bad_request", "service_code is required"));
    EventCategory category =
        EventCategory.find(code)
            .orElseThrow(
                () ->
                    new Http.Refusal(
                        400,
                        "bad_request",
                        "service_code " + code + " is not one of services.json"));
    Optional<String> lat = Http.one(args, "lat");
    Optional<String> lon = Http.one(args, "long");
    Optional<String> building = Http.one(args, "address_id");
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), clock.getZone());
    GridEvent.Builder b =
        GridEvent.builder(ids.next("o311"), now, category).source(EventSource.RESIDENT_APP);
    if (lat.isPresent() != lon.isPresent()) {
      throw new Http.Refusal(400, "bad_request", "lat and long go together: give both or neither");
    }
    if (lat.isPresent()) {
      double la = number(lat.get(), "lat", -90, 90);
      double lo = number(lon.orElseThrow(), "long", -180, 180);
      b.location(lo, la);
    } else if (building.isEmpty()) {
      throw new Http.Refusal(
          400,
          "bad_request",
          "a location is required: lat and long, or address_id (a building id); an"
              + " address_string alone cannot be located");
    }
    building.ifPresent(b::buildingId);
    Optional<String> description = Http.one(args, "description");
    if (description.isPresent()) {
      if (description.get().length() > MAX_DESCRIPTION) {
        throw new Http.Refusal(
            400, "bad_request", "description is longer than " + MAX_DESCRIPTION + " characters");
      }
      b.text(description.get());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new Http.Refusal(400, "bad_request", String.valueOf(e.getMessage()));
    }
  }

  private static double number(String text, String name, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new Http.Refusal(400, "bad_request", name + " is not a number: " + text);
    }
    if (!(v >= min && v <= max)) {
      throw new Http.Refusal(400, "bad_request", name + " must be " + min + " to " + max);
    }
    return v;
  }

  /** Queues a report and waits for the store to hold it. */
  static Taken await(IntakeQueue intake, GridEvent report, Duration within) {
    CompletableFuture<Taken> answer;
    try {
      answer = intake.submit(report);
    } catch (IllegalStateException e) {
      throw new Http.Refusal(503, "busy", e.getMessage() + "; try again shortly");
    }
    try {
      return answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new Http.Refusal(
          503, "busy", "the report was not stored within " + within.toSeconds() + " s; try again");
    } catch (ExecutionException e) {
      throw new Http.Refusal(503, "store", "the report could not be stored; try again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Http.Refusal(503, "busy", "interrupted");
    }
  }

  private String list(Map<String, List<String>> args) {
    Optional<String> wanted = Http.one(args, "service_request_id");
    List<ServiceRequest> out = new ArrayList<>();
    if (wanted.isPresent()) {
      for (String id : wanted.get().split(",", -1)) {
        request(id.strip()).ifPresent(out::add);
      }
      return write(out);
    }
    Instant end = Http.one(args, "end_date").map(t -> time(t, "end_date")).orElse(clock.instant());
    Instant start =
        Http.one(args, "start_date")
            .map(t -> time(t, "start_date"))
            .orElse(end.minus(DEFAULT_SPAN));
    Optional<String> status = Http.one(args, "status").map(s -> s.toLowerCase(Locale.ROOT));
    if (status.isPresent() && !status.get().equals("open") && !status.get().equals("closed")) {
      throw new Http.Refusal(400, "bad_request", "status is open or closed, not " + status.get());
    }
    Optional<String> code = Http.one(args, "service_code");
    CaseQuery query = CaseQuery.builder().openedFrom(start).openedBefore(end.plusNanos(1)).build();
    PageRequest page = PageRequest.first(500);
    Scope scope = Scope.everything("Open311 GeoReport v2: public service requests");
    while (out.size() < MAX_LISTED) {
      Page<CaseSummary> p = cases.query(scope, query, page);
      for (CaseSummary s : p.items()) {
        ServiceRequest r = toRequest(cases.history(s.caseId()));
        if (status.map(v -> v.equals(r.status().code())).orElse(true)
            && code.map(v -> v.equals(r.serviceCode())).orElse(true)
            && out.size() < MAX_LISTED) {
          out.add(r);
        }
      }
      if (p.next().isEmpty()) {
        break;
      }
      page = page.after(p.next().get());
    }
    return write(out);
  }

  private static Instant time(String text, String name) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Http.Refusal(
          400, "bad_request", name + " is not a date-time with an offset (ISO 8601): " + text);
    }
  }

  private Optional<ServiceRequest> request(String id) {
    if (id.isEmpty() || id.length() > 200) {
      return Optional.empty();
    }
    List<CaseEntry> log = cases.history(id);
    return log.isEmpty() ? Optional.empty() : Optional.of(toRequest(log));
  }

  private static ServiceRequest toRequest(List<CaseEntry> log) {
    StoredCases.Restored r = StoredCases.restore(log);
    return Open311.toServiceRequest(r.gridCase(), r.lead());
  }

  private static String write(List<ServiceRequest> requests) {
    StringWriter out = new StringWriter();
    Open311.writeRequests(requests, out);
    return out.toString();
  }

  private static String error(int status, String description) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      g.writeStartArray();
      g.writeStartObject();
      g.writeNumberField("code", status);
      g.writeStringField("description", description);
      g.writeEndObject();
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
