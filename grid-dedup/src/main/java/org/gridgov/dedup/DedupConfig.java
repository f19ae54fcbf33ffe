package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * A deduplication profile: the record layout, the fields and how each is compared, the blocking
 * keys, the match threshold, the trust order of sources, and optionally fixed m and u probabilities
 * that override what EM estimates. Immutable. Two profiles ship with the library: {@code
 * resident-cn} (the default) and {@code febrl}; {@link #read(Path)} reads another from JSON, whose
 * format is in {@code docs/dedup.md}.
 */
public final class DedupConfig {

  /** The version of the config JSON this class reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The names of the shipped profiles. */
  public static final ImmutableList<String> PROFILES = ImmutableList.of("resident-cn", "febrl");

  /**
   * One field.
   *
   * @param name the field's name in the config and the outputs
   * @param column the input column it is read from
   * @param type how it is normalised and compared
   * @param termFrequency whether an exact match of a common value weighs less than of a rare one
   * @param fromIdNumber for a date or gender: taken from a valid identity number when empty
   * @param group fields that agree together for reasons other than being one person (a family's
   *     phone and address): of their agreements only the strongest counts
   */
  public record Field(
      String name,
      String column,
      FieldType type,
      boolean termFrequency,
      boolean fromIdNumber,
      Optional<String> group) {
    /** Validates the parts. */
    public Field {
      requireNonNull(name, "name");
      requireNonNull(column, "column");
      requireNonNull(type, "type");
      requireNonNull(group, "group");
    }
  }

  /**
   * A fixed m or u probability per level of one field, overriding the estimate.
   *
   * @param m the probabilities among matches, by level (exact, close, different)
   * @param u the probabilities among non-matches
   */
  public record FixedWeights(ImmutableMap<Level, Double> m, ImmutableMap<Level, Double> u) {}

  private final String name;
  private final ImmutableList<String> header;
  private final boolean trim;
  private final String recordIdColumn;
  private final Optional<String> sourceColumn;
  private final ImmutableList<Field> fields;
  private final ImmutableList<ImmutableList<String>> blocking;
  private final ImmutableList<ImmutableList<String>> training;
  private final int maxBlockSize;
  private final double matchProbability;
  private final boolean attachSparse;
  private final ImmutableList<String> sourceTrust;
  private final ImmutableMap<String, FixedWeights> fixed;
  private final Optional<Pattern> entityFromId;

  private DedupConfig(Reading r) {
    this.name = r.name;
    this.header = ImmutableList.copyOf(r.header);
    this.trim = r.trim;
    this.recordIdColumn = r.recordId;
    this.sourceColumn = r.source;
    this.fields = ImmutableList.copyOf(r.fields);
    this.blocking =
        r.blocking.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    this.training =
        (r.training.isEmpty() ? r.blocking : r.training)
            .stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    this.maxBlockSize = r.maxBlockSize;
    this.matchProbability = r.matchProbability;
    this.attachSparse = r.attachSparse;
    this.sourceTrust = ImmutableList.copyOf(r.sourceTrust);
    this.fixed = ImmutableMap.copyOf(r.fixed);
    this.entityFromId = r.entityFromId;
  }

  /**
   * A shipped profile.
   *
   * @param profile {@code resident-cn} or {@code febrl}
   * @throws IllegalArgumentException for another name
   */
  public static DedupConfig profile(String profile) {
    requireNonNull(profile, "profile");
    if (!PROFILES.contains(profile)) {
      throw new IllegalArgumentException(
          "unknown profile \"" + profile + "\"; expected one of " + String.join("|", PROFILES));
    }
    String resource = "profiles/" + profile + ".json";
    try (InputStream in = DedupConfig.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the profile " + resource + " is missing from the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default profile, {@code resident-cn}. */
  public static DedupConfig residentCn() {
    return profile("resident-cn");
  }

  /**
   * Reads a config file.
   *
   * @throws InvalidInputException listing every problem with its JSON path; a missing, directory or
   *     non-UTF-8 file is one too
   * @throws java.io.UncheckedIOException if the file cannot be read for another reason
   */
  public static DedupConfig read(Path file) {
    return TextFiles.read(file, "the dedup config", DedupConfig::read);
  }

  /**
   * Reads a config from JSON.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static DedupConfig read(Reader in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    JsonNode root = StrictJson.readTree(in, source, "the dedup config");
    Reading r = new Reading(source);
    r.read(root);
    if (!r.problems.isEmpty()) {
      throw new InvalidInputException("cannot read the dedup config " + source, r.problems);
    }
    return new DedupConfig(r);
  }

  /** The profile's name. */
  public String name() {
    return name;
  }

  /** The input header, exactly (after trimming when {@link #trimValues()}). */
  public ImmutableList<String> header() {
    return header;
  }

  /** Whether values and header names are trimmed (FEBRL writes {@code ", "} between fields). */
  public boolean trimValues() {
    return trim;
  }

  /** The column holding each record's id. */
  public String recordIdColumn() {
    return recordIdColumn;
  }

  /** The column naming each record's source app, if the layout has one. */
  public Optional<String> sourceColumn() {
    return sourceColumn;
  }

  /** The fields compared, in order. */
  public ImmutableList<Field> fields() {
    return fields;
  }

  /**
   * The blocking keys: each a list of parts, a part a field name or {@code field.derived} (see
   * {@link FieldType#derivedKeys}); records sharing every part of a key are compared.
   */
  public ImmutableList<ImmutableList<String>> blocking() {
    return blocking;
  }

  /**
   * The keys m is trained on, one EM run each with the key's own fields left out (by default the
   * blocking keys). Keys under which non-matches look like random pairs train best: pairs sharing a
   * phone are mostly family, who agree on much else without being one person.
   */
  public ImmutableList<ImmutableList<String>> training() {
    return training;
  }

  /** The largest block compared; a larger one (a very common key) is skipped. */
  public int maxBlockSize() {
    return maxBlockSize;
  }

  /** The match probability at or above which a pair is accepted. */
  public double matchProbability() {
    return matchProbability;
  }

  /** The sources in the order their values are trusted, most trusted first. */
  public ImmutableList<String> sourceTrust() {
    return sourceTrust;
  }

  /** Fixed m and u probabilities by field name, overriding the estimates. */
  public ImmutableMap<String, FixedWeights> fixedWeights() {
    return fixed;
  }

  /**
   * For benchmark data whose record ids name the entity (FEBRL's {@code rec-12-dup-0}): a pattern
   * whose first group is the entity.
   */
  public Optional<Pattern> entityFromId() {
    return entityFromId;
  }

  /**
   * Whether a cluster of sparse records — no name (empty, or a placeholder such as {@code 王先生}), or
   * nothing but a name — joins the one other cluster its evidence points to far more than to any
   * other ({@code attachSparse} in the JSON, default true; see {@link Deduplicator}). Only profiles
   * with a field of type {@code name} have such clusters.
   */
  public boolean attachSparse() {
    return attachSparse;
  }

  /** A copy that attaches clusters of sparse records ({@link #attachSparse}) or not. */
  public DedupConfig withAttachSparse(boolean attach) {
    Reading r = Reading.of(this);
    r.attachSparse = attach;
    return new DedupConfig(r);
  }

  /** A copy with another match probability threshold. */
  public DedupConfig withMatchProbability(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a match probability is between 0 and 1, not " + p);
    }
    Reading r = Reading.of(this);
    r.matchProbability = p;
    return new DedupConfig(r);
  }

  /** One reading of a config, collecting every problem. */
  private static final class Reading {
    final String sourceName;
    final List<Problem> problems = new ArrayList<>();
    String name = "custom";
    List<String> header = new ArrayList<>();
    boolean trim;
    String recordId = "";
    Optional<String> source = Optional.empty();
    List<Field> fields = new ArrayList<>();
    List<List<String>> blocking = new ArrayList<>();
    List<List<String>> training = new ArrayList<>();
    int maxBlockSize = 100;
    double matchProbability = 0.5;
    boolean attachSparse = true;
    List<String> sourceTrust = new ArrayList<>();
    Map<String, FixedWeights> fixed = new LinkedHashMap<>();
    Optional<Pattern> entityFromId = Optional.empty();

    Reading(String sourceName) {
      this.sourceName = sourceName;
    }

    static Reading of(DedupConfig c) {
      Reading r = new Reading(c.name);
      r.name = c.name;
      r.header = new ArrayList<>(c.header);
      r.trim = c.trim;
      r.recordId = c.recordIdColumn;
      r.source = c.sourceColumn;
      r.fields = new ArrayList<>(c.fields);
      r.blocking = new ArrayList<>(c.blocking);
      r.training = new ArrayList<>(c.training);
      r.maxBlockSize = c.maxBlockSize;
      r.matchProbability = c.matchProbability;
      r.attachSparse = c.attachSparse;
      r.sourceTrust = new ArrayList<>(c.sourceTrust);
      r.fixed = new LinkedHashMap<>(c.fixed);
      r.entityFromId = c.entityFromId;
      return r;
    }

    void problem(String path, String message) {
      problems.add(Problem.at(SourceLocation.of(sourceName, 0), path, message));
    }

    void read(JsonNode root) {
      if (root == null || !root.isObject()) {
        problem("$", "a dedup config is a JSON object");
        return;
      }
      JsonNode version = root.get("schemaVersion");
      if (version == null || !version.isIntegralNumber() || version.asInt() != SCHEMA_VERSION) {
        problem("$.schemaVersion", "must be " + SCHEMA_VERSION);
      }
      root.fields()
          .forEachRemaining(
              e -> {
                String p = "$." + e.getKey();
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                  case "schemaVersion", "description" -> {}
                  case "name" -> name = text(v, p).orElse(name);
                  case "input" -> input(v, p);
                  case "fields" -> fields(v, p);
                  case "blocking" -> blocking(v, p, blocking);
                  case "training" -> blocking(v, p, training);
                  case "maxBlockSize" -> {
                    if (v.isIntegralNumber() && v.asInt() >= 2 && v.asInt() <= 100_000) {
                      maxBlockSize = v.asInt();
                    } else {
                      problem(p, v + " is not a whole number in 2..100000");
                    }
                  }
                  case "matchProbability" -> {
                    if (v.isNumber() && v.asDouble() > 0 && v.asDouble() < 1) {
                      matchProbability = v.asDouble();
                    } else {
                      problem(p, v + " is not a probability strictly between 0 and 1");
                    }
                  }
                  case "attachSparse" -> {
                    if (v.isBoolean()) {
                      attachSparse = v.booleanValue();
                    } else {
                      problem(p, v + " is not true or false");
                    }
                  }
                  case "sourceTrust" -> sourceTrust = strings(v, p);
                  case "weights" -> weights(v, p);
                  case "entityFromId" ->
                      text(v, p)
                          .ifPresent(
                              s -> {
                                try {
                                  Pattern pat = Pattern.compile(s);
                                  if (pat.matcher("").groupCount() < 1) {
                                    problem(
                                        p, "needs a group: the part of the id naming the entity");
                                  }
                                  entityFromId = Optional.of(pat);
                                } catch (PatternSyntaxException ex) {
                                  problem(p, "not a regular expression: " + ex.getDescription());
                                }
                              });
                  default ->
                      problem(
                          p,
                          "unknown field; a dedup config takes schemaVersion, name, description,"
                              + " input, fields, blocking, training, maxBlockSize, matchProbability,"
                              + " attachSparse, sourceTrust, weights, entityFromId");
                }
              });
      check();
    }

    private void input(JsonNode v, String p) {
      if (!v.isObject()) {
        problem(p, "must be an object");
        return;
      }
      v.fields()
          .forEachRemaining(
              e -> {
                String q = p + "." + e.getKey();
                switch (e.getKey()) {
                  case "header" -> header = strings(e.getValue(), q);
                  case "trim" -> {
                    if (e.getValue().isBoolean()) {
                      trim = e.getValue().booleanValue();
                    } else {
                      problem(q, "is not true or false");
                    }
                  }
                  case "recordId" -> recordId = text(e.getValue(), q).orElse("");
                  case "source" -> source = text(e.getValue(), q);
                  default ->
                      problem(q, "unknown field; input takes header, trim, recordId, source");
                }
              });
    }

    private void fields(JsonNode v, String p) {
      if (!v.isArray() || v.isEmpty()) {
        problem(p, "must be a non-empty array of fields");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        String q = p + "[" + i + "]";
        JsonNode f = v.get(i);
        if (!f.isObject()) {
          problem(q, "must be an object");
          continue;
        }
        Optional<String> n = Optional.empty();
        Optional<String> col = Optional.empty();
        Optional<FieldType> type = Optional.empty();
        boolean tf = false;
        boolean fromId = false;
        Optional<String> group = Optional.empty();
        for (var it = f.fields(); it.hasNext(); ) {
          var e = it.next();
          String r = q + "." + e.getKey();
          switch (e.getKey()) {
            case "name" -> n = text(e.getValue(), r);
            case "column" -> col = text(e.getValue(), r);
            case "type" -> {
              Optional<String> t = text(e.getValue(), r);
              type = t.flatMap(FieldType::fromCode);
              if (t.isPresent() && type.isEmpty()) {
                problem(r, "unknown type \"" + t.get() + "\"; expected one of " + types());
              }
            }
            case "termFrequency" -> tf = bool(e.getValue(), r);
            case "fromIdNumber" -> fromId = bool(e.getValue(), r);
            case "group" -> group = text(e.getValue(), r);
            default ->
                problem(
                    r,
                    "unknown field; a field takes name, column, type, termFrequency, fromIdNumber,"
                        + " group");
          }
        }
        if (n.isEmpty() || type.isEmpty()) {
          problem(q, "needs a name and a type");
          continue;
        }
        fields.add(new Field(n.get(), col.orElse(n.get()), type.get(), tf, fromId, group));
      }
    }

    private void blocking(JsonNode v, String p, List<List<String>> blocking) {
      if (!v.isArray() || v.isEmpty()) {
        problem(p, "must be a non-empty array of keys, each an array of parts");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        List<String> parts = strings(v.get(i), p + "[" + i + "]");
        if (!parts.isEmpty()) {
          blocking.add(parts);
        }
      }
    }

    private void weights(JsonNode v, String p) {
      if (!v.isObject()) {
        problem(p, "must be an object of fields");
        return;
      }
      v.fields()
          .forEachRemaining(
              e -> {
                String q = p + "." + e.getKey();
                Map<Level, Double> m = levels(e.getValue().get("m"), q + ".m");
                Map<Level, Double> u = levels(e.getValue().get("u"), q + ".u");
                e.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        k -> {
                          if (!k.equals("m") && !k.equals("u")) {
                            problem(q + "." + k, "unknown field; weights take m and u");
                          }
                        });
                fixed.put(
                    e.getKey(), new FixedWeights(ImmutableMap.copyOf(m), ImmutableMap.copyOf(u)));
              });
    }

    private Map<Level, Double> levels(JsonNode v, String p) {
      Map<Level, Double> out = new EnumMap<>(Level.class);
      if (v == null) {
        return out;
      }
      if (!v.isObject()) {
        problem(p, "must be an object: exact, close, different");
        return out;
      }
      v.fields()
          .forEachRemaining(
              e -> {
                String q = p + "." + e.getKey();
                Optional<Level> l =
                    switch (e.getKey()) {
                      case "exact" -> Optional.of(Level.EXACT);
                      case "close" -> Optional.of(Level.CLOSE);
                      case "different" -> Optional.of(Level.DIFFERENT);
                      default -> Optional.empty();
                    };
                if (l.isEmpty()) {
                  problem(q, "unknown level; expected exact, close or different");
                } else if (!e.getValue().isNumber()
                    || !(e.getValue().asDouble() > 0 && e.getValue().asDouble() <= 1)) {
                  problem(q, e.getValue() + " is not a probability in (0, 1]");
                } else {
                  out.put(l.get(), e.getValue().asDouble());
                }
              });
      return out;
    }

    /** Cross-checks: columns in the header, unique names, blocking parts known. */
    private void check() {
      Set<String> columns = new HashSet<>(header);
      if (header.isEmpty()) {
        problem("$.input.header", "is missing");
      }
      if (!columns.contains(recordId)) {
        problem("$.input.recordId", "\"" + recordId + "\" is not a column of the header");
      }
      source.ifPresent(
          s -> {
            if (!columns.contains(s)) {
              problem("$.input.source", "\"" + s + "\" is not a column of the header");
            }
          });
      Map<String, Field> byName = new LinkedHashMap<>();
      for (Field f : fields) {
        if (byName.put(f.name(), f) != null) {
          problem("$.fields", "the field name \"" + f.name() + "\" is used twice");
        }
        if (!columns.contains(f.column())) {
          problem("$.fields." + f.name(), "column \"" + f.column() + "\" is not in the header");
        }
        if (f.fromIdNumber() && f.type() != FieldType.DATE && f.type() != FieldType.GENDER) {
          problem("$.fields." + f.name(), "fromIdNumber applies to date and gender fields only");
        }
      }
      checkKeys(blocking, "$.blocking", byName);
      checkKeys(training, "$.training", byName);
      for (String f : fixed.keySet()) {
        if (!byName.containsKey(f)) {
          problem("$.weights." + f, "is not a field");
        }
      }
    }

    private void checkKeys(List<List<String>> keys, String path, Map<String, Field> byName) {
      for (int i = 0; i < keys.size(); i++) {
        for (String part : keys.get(i)) {
          int dot = part.indexOf('.');
          String field = dot < 0 ? part : part.substring(0, dot);
          Field f = byName.get(field);
          if (f == null) {
            problem(path + "[" + i + "]", "\"" + field + "\" is not a field");
          } else if (dot >= 0 && !f.type().derivedKeys().contains(part.substring(dot + 1))) {
            problem(
                path + "[" + i + "]",
                "a "
                    + f.type().code()
                    + " field has no key \""
                    + part.substring(dot + 1)
                    + "\"; it has "
                    + f.type().derivedKeys());
          }
        }
      }
    }

    private Optional<String> text(JsonNode v, String p) {
      if (!v.isTextual() || v.asText().isBlank()) {
        problem(p, v + " is not a non-empty string");
        return Optional.empty();
      }
      return Optional.of(v.asText());
    }

    private boolean bool(JsonNode v, String p) {
      if (!v.isBoolean()) {
        problem(p, v + " is not true or false");
        return false;
      }
      return v.booleanValue();
    }

    private List<String> strings(JsonNode v, String p) {
      List<String> out = new ArrayList<>();
      if (!v.isArray()) {
        problem(p, "must be an array of strings");
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        text(v.get(i), p + "[" + i + "]").ifPresent(out::add);
      }
      return out;
    }

    private static String types() {
      StringBuilder b = new StringBuilder();
      for (FieldType t : FieldType.values()) {
        b.append(b.length() == 0 ? "" : "|").append(t.code());
      }
      return b.toString();
    }
  }
}
