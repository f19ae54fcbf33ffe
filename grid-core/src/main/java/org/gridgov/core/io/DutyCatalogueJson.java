package org.gridgov.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The duty catalogue file ({@code duty-catalogue.json}, 职责清单): per department, the kinds of task it
 * may push to grids, each with the minutes it usually takes and whether it is admitted to grids.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "departments": {
 *     "civil_affairs": {
 *       "elderly_check": { "minutes": 20, "admitted": true },
 *       "benefit_survey": { "minutes": 30, "admitted": false, "description": "..." }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Department and kind names are codes (lower-case letters, digits, {@code _}); {@code minutes}
 * is a number from 0 to 10080 and {@code admitted} is true or false, both required; {@code
 * description} is optional, here and at the top. Reading is all or nothing: every problem is
 * reported with its line, column and JSON path. See {@code docs/formats.md}.
 */
public final class DutyCatalogueJson {

  /** The version of the format this class reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private DutyCatalogueJson() {}

  /**
   * Reads a catalogue file.
   *
   * @throws InvalidInputException listing every problem with its line, column and JSON path (a
   *     missing file is one too)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static DutyCatalogue read(Path file) {
    return TextFiles.read(file, "the duty catalogue", DutyCatalogueJson::readText);
  }

  /**
   * Reads a catalogue from JSON text.
   *
   * @param in the text; read to its end
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem
   * @throws UncheckedIOException if reading fails
   */
  public static DutyCatalogue read(Reader in, String source) {
    return TextFiles.read(in, source, DutyCatalogueJson::readText);
  }

  private static DutyCatalogue readText(Reader in, String source) throws IOException {
    Reading reading = new Reading(source);
    try (JsonParser p = StrictJson.factory().createParser(in)) {
      try {
        reading.document(p);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        reading.problem(
            at == null ? JsonLocation.NA : at, "", "malformed JSON: " + e.getOriginalMessage());
      }
    }
    if (!reading.problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the duty catalogue " + source, reading.problems.problems());
    }
    return DutyCatalogue.of(reading.kinds);
  }

  /** One reading, collecting every problem. */
  private static final class Reading {
    private final String source;
    private final ProblemLog problems = new ProblemLog();
    private final List<DutyKind> kinds = new ArrayList<>();

    Reading(String source) {
      this.source = source;
    }

    void problem(JsonLocation at, String path, String message) {
      problems.add(
          source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), path, message);
    }

    void document(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problem(p.currentTokenLocation(), "$", "expected a JSON object at the top");
        return;
      }
      JsonLocation start = p.currentTokenLocation();
      boolean version = false;
      boolean departments = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String path = "$." + name;
        JsonToken v = p.nextToken();
        JsonLocation at = p.currentTokenLocation();
        switch (name) {
          case "schemaVersion" -> {
            version = true;
            if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != SCHEMA_VERSION) {
              problem(at, path, describe(p) + " is not a supported version; expected 1");
            }
          }
          case "description" -> {
            if (v != JsonToken.VALUE_STRING) {
              problem(at, path, "must be a string");
            }
            p.skipChildren();
          }
          case "departments" -> {
            departments = true;
            departments(p, path);
          }
          default -> {
            problem(at, path, "unknown field; expected schemaVersion, description or departments");
            p.skipChildren();
          }
        }
      }
      if (p.nextToken() != null) {
        problem(p.currentTokenLocation(), "$", "content after the end of the catalogue");
      }
      if (!version) {
        problem(start, "$", "schemaVersion is missing; expected 1");
      }
      if (!departments) {
        problem(start, "$", "departments is missing");
      }
    }

    private void departments(JsonParser p, String path) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(p.currentTokenLocation(), path, "must be an object of departments");
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String department = p.currentName();
        String dpath = path + "." + department;
        JsonLocation at = p.currentLocation();
        Optional<String> code = code(department, "department", at, dpath);
        p.nextToken();
        if (p.currentToken() != JsonToken.START_OBJECT) {
          problem(p.currentTokenLocation(), dpath, "must be an object of task kinds");
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String kind = p.currentName();
          String kpath = dpath + "." + kind;
          Optional<String> kcode = code(kind, "task kind", p.currentLocation(), kpath);
          p.nextToken();
          kind(p, kpath, code, kcode);
        }
      }
    }

    /** The current value for a message: strings in quotes, containers by kind. */
    private static String describe(JsonParser p) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return "\"" + p.getText() + "\"";
      }
      if (t == JsonToken.START_OBJECT) {
        return "an object";
      }
      if (t == JsonToken.START_ARRAY) {
        return "an array";
      }
      return p.getText();
    }

    private Optional<String> code(String s, String what, JsonLocation at, String path) {
      try {
        return Optional.of(DutyKind.checkCode(s, what));
      } catch (IllegalArgumentException e) {
        problem(at, path, Checks.messageOf(e));
        return Optional.empty();
      }
    }

    private void kind(JsonParser p, String path, Optional<String> department, Optional<String> kind)
        throws IOException {
      JsonLocation start = p.currentTokenLocation();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(start, path, "must be an object with minutes and admitted");
        p.skipChildren();
        return;
      }
      Optional<Double> minutes = Optional.empty();
      Optional<Boolean> admitted = Optional.empty();
      boolean bad = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String fpath = path + "." + name;
        JsonToken v = p.nextToken();
        JsonLocation at = p.currentTokenLocation();
        switch (name) {
          case "minutes" -> {
            if (!v.isNumeric()) {
              problem(at, fpath, describe(p) + " is not a number");
              p.skipChildren();
              bad = true;
            } else if (!(p.getDoubleValue() >= 0 && p.getDoubleValue() <= 10_080)) {
              problem(at, fpath, p.getText() + " is outside 0..10080 (minutes in a week)");
              bad = true;
            } else {
              minutes = Optional.of(p.getDoubleValue());
            }
          }
          case "admitted" -> {
            if (!v.isBoolean()) {
              problem(at, fpath, describe(p) + " is not true or false");
              p.skipChildren();
              bad = true;
            } else {
              admitted = Optional.of(v == JsonToken.VALUE_TRUE);
            }
          }
          case "description" -> {
            if (v != JsonToken.VALUE_STRING) {
              problem(at, fpath, "must be a string");
              bad = true;
            }
            p.skipChildren();
          }
          default -> {
            problem(at, fpath, "unknown field; expected minutes, admitted or description");
            p.skipChildren();
            bad = true;
          }
        }
      }
      if (minutes.isEmpty() && !bad) {
        problem(start, path, "minutes is missing");
      }
      if (admitted.isEmpty() && !bad) {
        problem(start, path, "admitted is missing");
      }
      if (department.isPresent()
          && kind.isPresent()
          && minutes.isPresent()
          && admitted.isPresent()) {
        kinds.add(new DutyKind(department.get(), kind.get(), minutes.get(), admitted.get()));
      }
    }
  }

  /**
   * Writes a catalogue.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void write(DutyCatalogue catalogue, Writer out) throws IOException {
    requireNonNull(catalogue, "catalogue");
    Map<String, List<DutyKind>> byDepartment = new LinkedHashMap<>();
    catalogue
        .kinds()
        .forEach(k -> byDepartment.computeIfAbsent(k.department(), d -> new ArrayList<>()).add(k));
    try (JsonGenerator g = StrictJson.factory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("departments");
      for (var e : byDepartment.entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        for (DutyKind k : e.getValue()) {
          g.writeObjectFieldStart(k.kind());
          if (k.minutes() == Math.rint(k.minutes())) {
            g.writeNumberField("minutes", (long) k.minutes());
          } else {
            g.writeNumberField("minutes", k.minutes());
          }
          g.writeBooleanField("admitted", k.admitted());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }
}
