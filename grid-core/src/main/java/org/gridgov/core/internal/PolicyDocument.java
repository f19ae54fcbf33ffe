package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * The policy file as one JSON document shared by several modules: this class checks the envelope
 * ({@code schemaVersion}, {@code description}, and that every top-level field is a known section)
 * and hands each module its own sections. The territorial sections are read by {@code grid-rules},
 * the {@code routing} and {@code devices} sections by {@code grid-events}; a module ignores the
 * sections of the others, while a misspelt section is still reported by whichever module reads the
 * file.
 *
 * <p>The list of section names lives here, beside the envelope, because the file is one format:
 * adding a module's section means adding its name below.
 */
public final class PolicyDocument {

  /** The version of the policy JSON this library reads. */
  public static final int SCHEMA_VERSION = 1;

  /** Every top-level field a policy may have, in the order the documentation gives them. */
  public static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          "schemaVersion",
          "description",
          "defaults",
          "settlements",
          "towns",
          "rules",
          "routing",
          "devices");

  private final String source;
  private final ImmutableMap<String, JsonNode> sections;
  private final ImmutableList<Problem> problems;

  private PolicyDocument(
      String source, ImmutableMap<String, JsonNode> sections, ImmutableList<Problem> problems) {
    this.source = source;
    this.sections = sections;
    this.problems = problems;
  }

  /**
   * Reads a policy file's envelope.
   *
   * @throws InvalidInputException if the file is missing or is not JSON (with line and column)
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static PolicyDocument read(Path file) {
    return TextFiles.read(file, "the policy", PolicyDocument::read);
  }

  /**
   * Reads a policy's envelope from JSON text.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException if the text is not JSON (with line and column)
   */
  public static PolicyDocument read(Reader in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    JsonNode root = StrictJson.readTree(in, source, "the policy");
    List<Problem> problems = new ArrayList<>();
    Map<String, JsonNode> sections = new LinkedHashMap<>();
    if (root == null || !root.isObject()) {
      problems.add(problem(source, "$", "a policy is a JSON object"));
      throw new InvalidInputException("cannot read the policy " + source, problems);
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null) {
      problems.add(
          problem(
              source,
              "$.schemaVersion",
              "is missing; this library reads version " + SCHEMA_VERSION));
    } else if (!version.isIntegralNumber() || version.asInt() != SCHEMA_VERSION) {
      problems.add(
          problem(
              source,
              "$.schemaVersion",
              version + " is not supported; this library reads version " + SCHEMA_VERSION));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      String path = "$." + key;
      if (key.equals("schemaVersion")) {
        continue;
      }
      if (key.equals("description")) {
        if (!e.getValue().isTextual()) {
          problems.add(problem(source, path, "must be a string"));
        }
      } else if (FIELDS.contains(key)) {
        sections.put(key, e.getValue());
      } else {
        problems.add(
            problem(
                source,
                path,
                "unknown field; expected schemaVersion, description, defaults, settlements,"
                    + " towns, rules, routing or devices"));
      }
    }
    return new PolicyDocument(
        source, ImmutableMap.copyOf(sections), ImmutableList.copyOf(problems));
  }

  /** A problem at a JSON path of a policy named {@code source}. */
  public static Problem problem(String source, String path, String message) {
    return Problem.at(SourceLocation.of(source, 0), path, message);
  }

  /** The name problems give the input. */
  public String source() {
    return source;
  }

  /** The known sections the document has, by name, in the order the document gives them. */
  public ImmutableMap<String, JsonNode> sections() {
    return sections;
  }

  /** The section named {@code name}, if the document has it. */
  public Optional<JsonNode> section(String name) {
    return Optional.ofNullable(sections.get(name));
  }

  /** The problems of the envelope: the schema version, the description, unknown fields. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
