package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The audit log file, {@code audit.jsonl}: one JSON object per line, one {@link AuditRecord} each,
 * oldest first. The format is in {@code docs/events.md}; a line's {@code type} is {@code open},
 * {@code join} or {@code move}. Reading is all or nothing and names the line and field of every
 * problem.
 */
public final class AuditLog {

  private static final JsonFactory JSON = new JsonFactory();

  private AuditLog() {}

  /**
   * Writes records, one line each.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Iterable<? extends AuditRecord> records, Writer out) throws IOException {
    requireNonNull(records, "records");
    requireNonNull(out, "out");
    for (AuditRecord r : records) {
      out.write(line(r));
      out.write('\n');
    }
    out.flush();
  }

  /** One record as its JSON line, without the line break. */
  public static String line(AuditRecord record) {
    requireNonNull(record, "record");
    StringWriter s = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeStartObject();
      if (record instanceof AuditRecord.Opened o) {
        g.writeStringField("type", "open");
        common(g, o);
        g.writeStringField("event_id", o.eventId());
        g.writeStringField("grid_code", o.grid().value());
        g.writeStringField("assignee", o.assignee().orElse(null));
        g.writeArrayFieldStart("departments");
        for (String d : o.departments()) {
          g.writeString(d);
        }
        g.writeEndArray();
        g.writeStringField("level", o.level().code());
        g.writeStringField("category", o.category().code());
        g.writeStringField("severity", o.severity().code());
        g.writeStringField("accept_by", Times.format(o.acceptBy()));
        g.writeStringField("due_at", Times.format(o.dueAt()));
      } else if (record instanceof AuditRecord.Joined j) {
        g.writeStringField("type", "join");
        common(g, j);
        g.writeStringField("event_id", j.eventId());
      } else {
        AuditRecord.Moved m = (AuditRecord.Moved) record;
        g.writeStringField("type", "move");
        common(g, m);
        g.writeStringField("from", m.from().code());
        g.writeStringField("to", m.to().code());
        g.writeStringField("reason", m.reason());
        if (m.assignee().isPresent()) {
          g.writeStringField("assignee", m.assignee().get());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  private static void common(JsonGenerator g, AuditRecord r) throws IOException {
    g.writeStringField("case_id", r.caseId());
    g.writeStringField("at", Times.format(r.at()));
    g.writeStringField("actor", r.actor());
  }

  /**
   * Reads an audit log file.
   *
   * @throws InvalidInputException listing every bad line with the field and the problem (a missing
   *     file is one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static ImmutableList<AuditRecord> read(Path file) {
    return TextFiles.read(file, "the audit log", AuditLog::readText);
  }

  /**
   * Reads audit records from JSON lines; blank lines are skipped.
   *
   * @param in the text; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every bad line
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static ImmutableList<AuditRecord> read(Reader in, String source) {
    return TextFiles.read(in, source, AuditLog::readText);
  }

  private static ImmutableList<AuditRecord> readText(Reader in, String source) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    List<AuditRecord> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long n = 0;
    for (String text = lines.readLine(); text != null; text = lines.readLine()) {
      n++;
      if (n == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1); // a byte-order mark, as Windows editors write it
      }
      if (text.isBlank()) {
        continue;
      }
      new Line(source, n, problems).read(text).ifPresent(out::add);
      if (problems.size() > 1000) {
        break; // enough to see what is wrong
      }
    }
    if (!problems.isEmpty()) {
      throw failed(source, problems);
    }
    return ImmutableList.copyOf(out);
  }

  private static InvalidInputException failed(String source, List<Problem> problems) {
    return new InvalidInputException("cannot read the audit log " + source, problems);
  }

  /** The reading of one line, collecting its problems. */
  private static final class Line {
    private final SourceLocation where;
    private final List<Problem> problems;
    private final int before;
    private JsonNode node = MissingNode.getInstance();

    Line(String source, long line, List<Problem> problems) {
      this.where = SourceLocation.of(source, line);
      this.problems = problems;
      this.before = problems.size();
    }

    private void problem(String field, String message) {
      problems.add(Problem.at(where, field, message));
    }

    Optional<AuditRecord> read(String text) {
      try {
        node = StrictJson.readLine(text);
      } catch (JsonProcessingException e) {
        problem("", "malformed JSON: " + e.getOriginalMessage());
        return Optional.empty();
      }
      if (node == null || !node.isObject()) {
        problem("", "a line of the audit log is a JSON object");
        return Optional.empty();
      }
      String type = text("type").orElse("");
      Optional<String> caseId = text("case_id");
      Optional<OffsetDateTime> at = time("at");
      Optional<String> actor = text("actor");
      AuditRecord record =
          switch (type) {
            case "open" -> opened(caseId, at, actor);
            case "join" -> {
              Optional<String> event = text("event_id");
              yield ok()
                  ? new AuditRecord.Joined(caseId.get(), at.get(), actor.get(), event.get())
                  : null;
            }
            case "move" -> moved(caseId, at, actor);
            default -> {
              if (node.has("type")) {
                problem("type", "\"" + type + "\" is not one of open|join|move");
              }
              yield null;
            }
          };
      return Optional.ofNullable(record);
    }

    private @Nullable AuditRecord opened(
        Optional<String> caseId, Optional<OffsetDateTime> at, Optional<String> actor) {
      Optional<String> event = text("event_id");
      Optional<GridCode> grid = code("grid_code", GridCode::parse);
      Optional<String> assignee = optionalText("assignee");
      List<String> departments = new ArrayList<>();
      JsonNode d = node.get("departments");
      if (d == null || !d.isArray()) {
        problem("departments", "is missing or not an array of department names");
      } else {
        d.forEach(
            x -> {
              if (x.isTextual()) {
                departments.add(x.asText());
              } else {
                problem("departments", x + " is not a department name");
              }
            });
      }
      Optional<LadderLevel> level = code("level", LadderLevel::fromCode);
      Optional<EventCategory> category = code("category", EventCategory::fromCode);
      Optional<EventSeverity> severity = code("severity", EventSeverity::fromCode);
      Optional<OffsetDateTime> acceptBy = time("accept_by");
      Optional<OffsetDateTime> dueAt = time("due_at");
      if (!ok()) {
        return null;
      }
      return new AuditRecord.Opened(
          caseId.get(),
          at.get(),
          actor.get(),
          event.get(),
          grid.get(),
          assignee,
          ImmutableList.copyOf(departments),
          level.get(),
          category.get(),
          severity.get(),
          acceptBy.get(),
          dueAt.get());
    }

    private @Nullable AuditRecord moved(
        Optional<String> caseId, Optional<OffsetDateTime> at, Optional<String> actor) {
      Optional<CaseState> from = code("from", CaseState::fromCode);
      Optional<CaseState> to = code("to", CaseState::fromCode);
      Optional<String> reason = optionalText("reason");
      Optional<String> assignee = optionalText("assignee");
      if (!ok()) {
        return null;
      }
      return new AuditRecord.Moved(
          caseId.get(), at.get(), actor.get(), from.get(), to.get(), reason.orElse(""), assignee);
    }

    private boolean ok() {
      return problems.size() == before;
    }

    private Optional<String> text(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        problem(field, "is missing");
        return Optional.empty();
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(field, v + " is not a non-empty string");
        return Optional.empty();
      }
      return Optional.of(v.asText());
    }

    private Optional<String> optionalText(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isTextual()) {
        problem(field, v + " is not a string");
        return Optional.empty();
      }
      return v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    private Optional<OffsetDateTime> time(String field) {
      return text(field)
          .flatMap(
              s -> {
                try {
                  return Optional.of(Checks.offsetDateTime(s));
                } catch (DateTimeParseException e) {
                  problem(field, Times.refusal(s, e));
                  return Optional.empty();
                }
              });
    }

    private <T> Optional<T> code(String field, Function<String, T> parse) {
      return text(field)
          .flatMap(
              s -> {
                try {
                  return Optional.of(parse.apply(s));
                } catch (IllegalArgumentException e) {
                  problem(field, Checks.messageOf(e));
                  return Optional.empty();
                }
              });
    }
  }
}
