package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.events.live.Taken;
import org.gridgov.events.store.StoredCases;
import org.gridgov.interop.Open311;
import org.gridgov.interop.RequestQuery;
import org.gridgov.interop.ServiceRequest;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseLog;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;

/**
 * Open311 GeoReport v2 over HTTP, under {@value #PREFIX}: {@code GET services.json}, {@code GET
 * services/{service_code}.json}, {@code POST requests.json}, {@code GET requests.json} and {@code
 * GET requests/{id}.json}, JSON only. A request's id is its case's id. Errors are answered as the
 * specification has them: an array of {@code {"code", "description"}} with the HTTP status.
 */
final class Open311Api implements HttpHandler {

  /** Where the endpoint is. */
  static final String PREFIX = "/open311/v2/";

  /** The most requests one listing returns, as the specification caps it. */
  static final int MAX_LISTED = 1_000;

  /** The span a listing covers when no dates are given, as the specification suggests. */
  static final Duration DEFAULT_SPAN = Duration.ofDays(90);

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
          Http.json(x, 200, text(Open311::writeServices));
        } else if (path.startsWith("/services/") && path.endsWith(".json")) {
          // services.json says metadata true, so a client asks each service's definition here.
          allow(method, "GET");
          String code = path.substring("/services/".length(), path.length() - ".json".length());
          EventCategory category =
              EventCategory.find(code)
                  .orElseThrow(() -> new Http.Refusal(404, "not_found", "no service " + code));
          Http.json(x, 200, text(out -> Open311.writeServiceDefinition(category, out)));
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
          Http.json(x, 200, text(w -> Open311.writeRequests(List.of(r.get()), w)));
        } else {
          throw new Http.Refusal(404, "not_found", "no such resource: " + path);
        }
      } catch (Http.Refusal r) {
        Http.json(x, r.status, text(out -> Open311.writeError(r.status, r.text, out)));
      } catch (InvalidInputException bad) {
        Http.json(x, 400, text(out -> Open311.writeErrors(bad, out)));
      }
    }
  }

  private static void allow(String method, String allowed) {
    if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
      throw new Http.Refusal(405, "method", method + " is not allowed here; use " + allowed);
    }
  }

  private void post(HttpExchange x) throws IOException {
    if (!Http.contentType(x, "application/x-www-form-urlencoded")) {
      throw new Http.Refusal(
          400, "bad_request", "send the arguments as application/x-www-form-urlencoded");
    }
    String body = Http.utf8(Http.body(x), "the body");
    GridEvent report = Open311.readPost(body, ids.next("o311"), clock.instant());
    Taken taken = await(intake, report, answerWithin);
    if (taken instanceof Taken.Refused r) {
      throw new Http.Refusal(400, "refused", r.reason());
    }
    String caseId = taken instanceof Taken.Opened o ? o.caseId() : ((Taken.Joined) taken).caseId();
    String notice =
        taken instanceof Taken.Opened
            ? "received; a new case is open"
            : "received; joined the open case of the same incident";
    Http.json(x, 201, text(out -> Open311.writeCreated(caseId, Optional.of(notice), out)));
  }

  /** Queues a report and waits for the store to hold it. */
  static Taken await(IntakeQueue intake, GridEvent report, Duration within) {
    return awaitAll(intake, List.of(report), within).get(0);
  }

  /**
   * Queues reports together and waits for the store to hold them all: queued at once, they go into
   * one batch (one transaction), not one batch each.
   */
  static List<Taken> awaitAll(IntakeQueue intake, List<GridEvent> reports, Duration within) {
    List<CompletableFuture<Taken>> answers = new ArrayList<>(reports.size());
    try {
      for (GridEvent r : reports) {
        answers.add(intake.submit(r));
      }
    } catch (IllegalStateException e) {
      throw new Http.Refusal(503, "busy", e.getMessage() + "; try again shortly");
    }
    long deadline = System.nanoTime() + within.toNanos();
    List<Taken> out = new ArrayList<>(answers.size());
    try {
      for (CompletableFuture<Taken> a : answers) {
        out.add(a.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return out;
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
    Map<String, String> single = new LinkedHashMap<>();
    args.forEach((k, v) -> single.put(k, String.join(",", v)));
    RequestQuery query = RequestQuery.parse(single);
    List<ServiceRequest> out = new ArrayList<>();
    if (!query.ids().isEmpty()) {
      for (String id : query.ids()) {
        request(id).ifPresent(out::add);
      }
      return text(w -> Open311.writeRequests(out, w));
    }
    // The specification leaves the defaults to the server: the 90 days up to the end, at most
    // 1,000 requests.
    Instant end = query.end().map(OffsetDateTime::toInstant).orElse(clock.instant());
    Instant start = query.start().map(OffsetDateTime::toInstant).orElse(end.minus(DEFAULT_SPAN));
    CaseQuery cases = CaseQuery.builder().openedFrom(start).openedBefore(end.plusNanos(1)).build();
    PageRequest page = PageRequest.first(500);
    Scope scope = Scope.everything("Open311 GeoReport v2: public service requests");
    while (out.size() < MAX_LISTED) {
      Page<CaseSummary> p = this.cases.query(scope, cases, page);
      for (CaseSummary s : p.items()) {
        ServiceRequest r = toRequest(this.cases.history(s.caseId()));
        if (query.test(r) && out.size() < MAX_LISTED) {
          out.add(r);
        }
      }
      if (p.next().isEmpty()) {
        break;
      }
      page = page.after(p.next().get());
    }
    return text(w -> Open311.writeRequests(out, w));
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

  /** What a writer of {@link Open311} writes, as text. */
  private static String text(Consumer<Writer> writer) {
    StringWriter out = new StringWriter();
    writer.accept(out);
    return out.toString();
  }
}
