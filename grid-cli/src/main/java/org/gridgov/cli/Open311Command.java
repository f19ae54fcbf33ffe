package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.GridCase;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.internal.Times;
import org.gridgov.core.io.EventCsv;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.interop.Open311;
import org.gridgov.interop.RequestQuery;
import org.gridgov.interop.ServiceRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grid open311}: the documents of Open311 GeoReport v2, from and into our files. */
@Command(
    name = "open311",
    mixinStandardHelpOptions = true,
    description = {
      "Open311 GeoReport v2 documents (docs/interop.md): the service list, cases as service"
          + " requests, and service requests (JSON, or a POST body) read into events.csv."
    },
    subcommands = {
      Open311Command.Services.class,
      Open311Command.Requests.class,
      Open311Command.Read.class
    })
final class Open311Command implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Writes to {@code out} when given (all or nothing), else to standard output. */
  static void output(CommandSpec spec, @Nullable Path out, AtomicFiles.Content content)
      throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      content.writeTo(w);
      w.flush();
      return;
    }
    Path file = out.toAbsolutePath();
    Path dir = file.getParent();
    AtomicFiles.write(
        dir == null ? Path.of(".") : dir, Map.of(file.getFileName().toString(), content));
  }

  /** A time option: any form {@link Times#parse} reads, else the usage error names it. */
  static Instant instant(CommandSpec spec, String option, @Nullable String text) {
    if (text == null) {
      return Instant.now();
    }
    try {
      return Times.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + Times.refusal(text, e));
    }
  }

  /** {@code grid open311 services}: {@code services.json}, or one service's definition. */
  @Command(
      name = "services",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the service list (the body of GET services.json): one service per event category."
            + " With --code, that service's definition (GET services/CODE.json)."
      })
  static final class Services implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--code",
        paramLabel = "CODE",
        description = "A category code, e.g. safety.gas: write its definition instead.")
    @Nullable String code;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Where to write the JSON (default: standard output).")
    @Nullable Path out;

    @Override
    public Integer call() throws IOException {
      if (code == null) {
        output(spec, out, Open311::writeServices);
        return ExitCodes.OK;
      }
      String given = code;
      EventCategory c =
          EventCategory.find(given)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "--code: unknown category \"" + Checks.printable(given) + "\""));
      output(spec, out, w -> Open311.writeServiceDefinition(c, w));
      return ExitCodes.OK;
    }
  }

  /** {@code grid open311 requests}: cases as GeoReport v2 service requests. */
  @Command(
      name = "requests",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the cases of an audit log as GeoReport v2 service requests (the body of GET"
            + " requests.json; with one --service-request-id, of GET requests/ID.json). Each case"
            + " is described by its first report, taken from --events. The filters are"
            + " GeoReport's query arguments."
      })
  static final class Requests implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--audit",
        required = true,
        paramLabel = "FILE",
        description = "The audit log, audit.jsonl (of grid route or grid simulate).")
    Path audit;

    @Option(
        names = "--events",
        required = true,
        paramLabel = "FILE",
        description = "The reports the cases were opened from, events.csv.")
    Path events;

    @Option(
        names = "--service-request-id",
        paramLabel = "IDS",
        description = "Only these cases (comma-separated); overrides the other filters.")
    @Nullable String ids;

    @Option(
        names = "--service-code",
        paramLabel = "CODES",
        description = "Only these categories (comma-separated).")
    @Nullable String codes;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only open or closed requests (comma-separated).")
    @Nullable String status;

    @Option(
        names = "--start-date",
        paramLabel = "TIME",
        description = "Only requests made at or after this time.")
    @Nullable String start;

    @Option(
        names = "--end-date",
        paramLabel = "TIME",
        description = "Only requests made at or before this time.")
    @Nullable String end;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Where to write the JSON (default: standard output).")
    @Nullable Path out;

    @Override
    public Integer call() throws IOException {
      Map<String, String> arguments = new HashMap<>();
      put(arguments, "service_request_id", ids);
      put(arguments, "service_code", codes);
      put(arguments, "status", status);
      put(arguments, "start_date", start);
      put(arguments, "end_date", end);
      RequestQuery query = RequestQuery.parse(arguments);
      List<ServiceRequest> requests = requests(AuditLog.read(audit), EventCsv.read(events));
      List<ServiceRequest> chosen = requests.stream().filter(query).toList();
      if (ids != null && query.ids().size() == 1 && chosen.isEmpty()) {
        throw new InvalidInputException(
            "no service request " + Checks.printable(ids),
            List.of(Problem.of("--service-request-id", "no case of the audit log has this id")));
      }
      output(spec, out, w -> Open311.writeRequests(chosen, w));
      spec.commandLine()
          .getErr()
          .printf("grid: %d of %d service requests written%n", chosen.size(), requests.size());
      return ExitCodes.OK;
    }

    private static void put(Map<String, String> m, String key, @Nullable String value) {
      if (value != null) {
        m.put(key, value);
      }
    }

    /**
     * The cases of the log, rebuilt (opened by their first report, moved as the log says), as
     * service requests in the order they opened.
     */
    static List<ServiceRequest> requests(List<AuditRecord> log, List<GridEvent> reports) {
      Map<String, GridEvent> byId = new HashMap<>();
      for (GridEvent e : reports) {
        byId.put(e.id(), e);
      }
      Map<String, GridCase> cases = new LinkedHashMap<>();
      Map<String, GridEvent> first = new HashMap<>();
      List<Problem> problems = new ArrayList<>();
      for (AuditRecord r : log) {
        try {
          if (r instanceof AuditRecord.Opened o) {
            GridEvent e = byId.get(o.eventId());
            if (e == null) {
              problems.add(
                  Problem.of(
                      "case " + o.caseId(),
                      "its first report " + o.eventId() + " is not in the events file"));
              continue;
            }
            // The request shows the case's grade, the highest of its reports.
            GridEvent graded = regrade(e, o);
            first.put(o.caseId(), graded);
            cases.put(o.caseId(), GridCase.open(o.caseId(), graded, o.grid(), o.actor()));
          } else if (r instanceof AuditRecord.Joined j) {
            cases.computeIfPresent(j.caseId(), (id, c) -> c.withEvent(j.eventId()));
          } else if (r instanceof AuditRecord.Moved m) {
            cases.computeIfPresent(
                m.caseId(), (id, c) -> c.moveTo(m.to(), m.actor(), m.at(), m.reason()));
          }
        } catch (IllegalArgumentException | IllegalStateException e) {
          problems.add(Problem.of("case " + r.caseId(), Checks.messageOf(e)));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("cannot make service requests of the cases", problems);
      }
      List<ServiceRequest> out = new ArrayList<>();
      cases.forEach(
          (id, c) ->
              out.add(
                  Open311.toServiceRequest(c, java.util.Objects.requireNonNull(first.get(id)))));
      return out;
    }

    private static GridEvent regrade(GridEvent e, AuditRecord.Opened o) {
      if (e.severity() == o.severity()) {
        return e;
      }
      GridEvent.Builder b =
          GridEvent.builder(e.id(), e.reportedAt(), e.category())
              .severity(o.severity())
              .source(e.source())
              .text(e.text());
      e.location().ifPresent(p -> b.location(p.getX(), p.getY()));
      e.buildingId().ifPresent(b::buildingId);
      e.householdId().ifPresent(b::householdId);
      e.grid().ifPresent(b::grid);
      e.reporter().ifPresent(b::reporter);
      return b.build();
    }
  }

  /** {@code grid open311 read}: service requests into {@code events.csv}. */
  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description = {
        "Reads GeoReport v2 service requests into reports, events.csv (the input of grid route):"
            + " a JSON array or object (another server's GET requests.json), or the body of a"
            + " POST requests.json (application/x-www-form-urlencoded)."
      })
  static final class Read implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--input",
        required = true,
        paramLabel = "FILE",
        description = "The requests: JSON, or a POST body.")
    Path input;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Where to write the reports, events.csv.")
    Path out;

    @Option(
        names = "--received",
        paramLabel = "TIME",
        description =
            "When the requests were received: the time of a POST and of a request without"
                + " requested_datetime (default: now).")
    @Nullable String received;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "The event id of a POST's report (default: FILE#1).")
    @Nullable String id;

    @Override
    public Integer call() throws IOException {
      Instant at = instant(spec, "--received", received);
      String text =
          TextFiles.readString(input, "the service requests", StrictJson.MAX_DOCUMENT_CHARS);
      String name = String.valueOf(input.getFileName());
      String start = text.strip();
      List<GridEvent> reports;
      if (start.startsWith("[") || start.startsWith("{")) {
        reports = Open311.readRequests(new StringReader(text), name, at);
      } else {
        String eventId = id != null ? id : name + "#1";
        try {
          reports = List.of(Open311.readPost(text, eventId, at));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--id: " + Checks.messageOf(e));
        }
      }
      output(spec, out, w -> EventCsv.write(reports, w));
      spec.commandLine().getOut().printf("%d reports written to %s%n", reports.size(), out);
      return ExitCodes.OK;
    }
  }
}
