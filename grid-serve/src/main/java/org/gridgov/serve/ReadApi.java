package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.Times;
import org.gridgov.spi.access.AccessPolicy;
import org.gridgov.spi.access.Caller;
import org.gridgov.spi.store.CaseEntry;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.FieldValue;
import org.gridgov.spi.store.GoldenResident;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.ReadRecord;
import org.gridgov.spi.store.Scope;

/**
 * The read API under {@value #PREFIX}, for callers who prove who they are ({@link Credentials}):
 * {@code GET whoami}, {@code cases}, {@code cases/{id}}, {@code residents}, {@code residents/{id}}
 * and {@code reads} (the audit of reads), each answered within the caller's scope ({@link
 * AccessPolicy}). A case or a resident outside the scope is answered {@code 404}, as an unknown one
 * is, so that a caller cannot learn that it exists.
 */
final class ReadApi implements HttpHandler {

  /** Where the API is. */
  static final String PREFIX = "/api/v1/";

  /** The largest page. */
  static final int MAX_PAGE = 1_000;

  private final GridStore store;
  private final GridTree tree;
  private final AccessPolicy policy;
  private final Credentials credentials;
  private final Clock clock;

  ReadApi(
      GridStore store, GridTree tree, AccessPolicy policy, Credentials credentials, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.tree = requireNonNull(tree, "tree");
    this.policy = requireNonNull(policy, "policy");
    this.credentials = requireNonNull(credentials, "credentials");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    try (x) {
      try {
        if (!x.getRequestMethod().equals("GET") && !x.getRequestMethod().equals("HEAD")) {
          throw new Http.Refusal(405, "method", x.getRequestMethod() + " is not allowed; use GET");
        }
        String caller =
            credentials.authenticate(
                Optional.ofNullable(x.getRequestHeaders().getFirst("Authorization")),
                clock.instant());
        Scope scope = policy.scope(resolve(caller), LocalDate.now(clock));
        String path = x.getRequestURI().getPath().substring(PREFIX.length());
        Map<String, List<String>> args = Http.query(x);
        if (path.equals("whoami")) {
          Http.json(x, 200, json(g -> whoami(g, scope)));
        } else if (path.equals("cases")) {
          Http.json(x, 200, json(g -> cases(g, scope, args)));
        } else if (path.startsWith("cases/") && path.length() > 6) {
          String id = path.substring(6);
          ImmutableList<CaseEntry> log = store.cases().history(scope, id);
          if (log.isEmpty()) {
            throw new Http.Refusal(404, "not_found", "no case " + id + " within your scope");
          }
          Http.json(x, 200, json(g -> history(g, log)));
        } else if (path.equals("reads")) {
          Http.json(x, 200, json(g -> reads(g, scope, args)));
        } else if (path.equals("residents")) {
          Http.json(x, 200, json(g -> residents(g, scope, args)));
        } else if (path.startsWith("residents/") && path.length() > 10) {
          String id = path.substring(10);
          GoldenResident r =
              store
                  .residents()
                  .resident(scope, id)
                  .orElseThrow(
                      () ->
                          new Http.Refusal(
                              404, "not_found", "no resident " + id + " within your scope"));
          Http.json(x, 200, json(g -> resident(g, r)));
        } else {
          throw new Http.Refusal(404, "not_found", "no such resource: " + PREFIX + path);
        }
      } catch (IllegalArgumentException bad) {
        // A cursor this store did not give.
        Http.json(
            x,
            400,
            json(g -> error(g, new Http.Refusal(400, "bad_request", Checks.messageOf(bad)))));
      } catch (Http.Refusal r) {
        if (r.status == 401) {
          x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"gridgov\"");
        }
        Http.json(x, r.status, json(g -> error(g, r)));
      }
    }
  }

  /** The caller a credential names, as the community's tree has them. */
  private Caller resolve(String caller) {
    int colon = caller.indexOf(':');
    String kind = caller.substring(0, colon);
    String code = caller.substring(colon + 1);
    try {
      return switch (kind) {
        case "member" ->
            tree.member(code)
                .map(Caller::member)
                .orElseThrow(
                    () ->
                        new Http.Refusal(
                            403, "forbidden", "member " + code + " is not in this community"));
        case "community" -> Caller.community(DivisionCode.parse(code));
        case "street" -> {
          DivisionCode street = DivisionCode.parse(code);
          yield Caller.street(
              street,
              tree.communities().stream()
                  .map(Grid::code)
                  .map(GridCode::community)
                  .filter(c -> c.isWithin(street))
                  .toList());
        }
        default -> Caller.department(code);
      };
    } catch (IllegalArgumentException e) {
      throw new Http.Refusal(403, "forbidden", "caller " + caller + ": " + e.getMessage());
    }
  }

  private static void whoami(JsonGenerator g, Scope scope) throws IOException {
    g.writeStartObject();
    g.writeStringField("caller", scope.caller());
    g.writeStringField("scope", scope.kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("reason", scope.reason());
    g.writeArrayFieldStart("grids");
    for (GridCode c : scope.grids()) {
      g.writeString(c.value());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("departments");
    for (String d : scope.departments()) {
      g.writeString(d);
    }
    g.writeEndArray();
    g.writeBooleanField("special_groups", scope.specialGroups());
    g.writeEndObject();
  }

  private void cases(JsonGenerator g, Scope scope, Map<String, List<String>> args)
      throws IOException {
    CaseQuery.Builder q = CaseQuery.builder();
    Http.one(args, "grid").ifPresent(v -> q.grid(parse(() -> GridCode.parse(v), "grid", v)));
    Http.one(args, "state").ifPresent(v -> q.state(parse(() -> CaseState.fromCode(v), "state", v)));
    Http.one(args, "assignee").ifPresent(q::assignee);
    Http.one(args, "department").ifPresent(q::department);
    Page<CaseSummary> page = store.cases().query(scope, q.build(), page(args));
    g.writeStartObject();
    g.writeArrayFieldStart("cases");
    for (CaseSummary c : page.items()) {
      g.writeStartObject();
      g.writeStringField("case_id", c.caseId());
      g.writeStringField("grid", c.grid().value());
      g.writeStringField("state", c.state().code());
      g.writeStringField("assignee", c.assignee().orElse(null));
      g.writeArrayFieldStart("departments");
      for (String d : c.departments()) {
        g.writeString(d);
      }
      g.writeEndArray();
      g.writeStringField("opened_at", Times.format(c.openedAt()));
      g.writeStringField("last_at", Times.format(c.lastAt()));
      g.writeNumberField("entries", c.lastSequence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("next", page.next().orElse(null));
    g.writeEndObject();
  }

  private static void history(JsonGenerator g, List<CaseEntry> log) throws IOException {
    g.writeStartObject();
    g.writeStringField("case_id", log.get(0).caseId());
    g.writeArrayFieldStart("entries");
    for (CaseEntry e : log) {
      g.writeStartObject();
      g.writeNumberField("sequence", e.sequence());
      g.writeStringField("at", Times.format(e.at()));
      g.writeStringField("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("actor", e.actor());
      g.writeStringField("state", e.state().code());
      g.writeStringField("grid", e.grid().value());
      g.writeStringField("assignee", e.assignee().orElse(null));
      g.writeArrayFieldStart("departments");
      for (String d : e.departments()) {
        g.writeString(d);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void residents(JsonGenerator g, Scope scope, Map<String, List<String>> args)
      throws IOException {
    Page<GoldenResident> page = store.residents().list(scope, page(args));
    g.writeStartObject();
    g.writeArrayFieldStart("residents");
    for (GoldenResident r : page.items()) {
      resident(g, r);
    }
    g.writeEndArray();
    g.writeStringField("next", page.next().orElse(null));
    g.writeEndObject();
  }

  private void reads(JsonGenerator g, Scope scope, Map<String, List<String>> args)
      throws IOException {
    Page<ReadRecord> page = store.reads().list(scope, page(args));
    g.writeStartObject();
    g.writeArrayFieldStart("reads");
    for (ReadRecord r : page.items()) {
      g.writeStartObject();
      g.writeStringField("at", Times.format(r.at()));
      g.writeStringField("caller", r.caller());
      g.writeStringField("reason", r.reason());
      g.writeStringField("subject", r.subject());
      g.writeStringField("grid", r.grid().map(GridCode::value).orElse(null));
      g.writeArrayFieldStart("fields");
      for (String f : r.fields()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("next", page.next().orElse(null));
    g.writeEndObject();
  }

  private static void resident(JsonGenerator g, GoldenResident r) throws IOException {
    g.writeStartObject();
    g.writeStringField("resident_id", r.residentId());
    g.writeStringField("grid", r.grid().map(GridCode::value).orElse(null));
    g.writeObjectFieldStart("fields");
    for (Map.Entry<String, FieldValue> f : r.fields().entrySet()) {
      g.writeObjectFieldStart(f.getKey());
      g.writeStringField("value", f.getValue().value());
      g.writeStringField("source", f.getValue().source());
      g.writeStringField("record", f.getValue().recordId());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static PageRequest page(Map<String, List<String>> args) {
    int limit =
        Http.one(args, "limit").map(v -> parse(() -> Integer.parseInt(v), "limit", v)).orElse(100);
    if (limit < 1 || limit > MAX_PAGE) {
      throw new Http.Refusal(400, "bad_request", "limit must be 1 to " + MAX_PAGE);
    }
    PageRequest first = PageRequest.first(limit);
    return Http.one(args, "after").map(first::after).orElse(first);
  }

  private static <T> T parse(java.util.function.Supplier<T> p, String name, String value) {
    try {
      return p.get();
    } catch (IllegalArgumentException e) {
      throw new Http.Refusal(400, "bad_request", name + " \"" + value + "\": " + e.getMessage());
    }
  }

  private static void error(JsonGenerator g, Http.Refusal r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("status", r.status);
    g.writeStringField("error", r.code);
    g.writeStringField("message", r.text);
    g.writeEndObject();
  }

  /** Writes JSON with {@code body}. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }
}
