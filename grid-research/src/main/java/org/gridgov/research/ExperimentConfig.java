package org.gridgov.research;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * An experiment: the community it runs on, how long and from when, the seeds, the fixed values of
 * the {@link Parameter}s, the sweep (every combination of the listed values is a point, each
 * repeated with seeds {@code seed}, {@code seed + 1}, …) and the charts. Read from JSON ({@code
 * docs/research.md} gives every field); immutable.
 *
 * @param name a short name, for titles
 * @param description what the experiment asks, in words
 * @param community the sample community the planner re-divides
 * @param start the first day
 * @param days how many days each run lasts
 * @param seed the seed of the first repeat
 * @param repeats how many seeds each point runs with
 * @param delays how delays are drawn around their means
 * @param categories the relative weight of each hazard category
 * @param fixed the parameters the experiment sets for every point
 * @param sweep the swept parameters and their values, in the file's order
 * @param charts what the charts show
 */
public record ExperimentConfig(
    String name,
    String description,
    Community community,
    LocalDate start,
    int days,
    long seed,
    int repeats,
    Delays delays,
    ImmutableMap<EventCategory, Double> categories,
    ImmutableMap<Parameter, Double> fixed,
    ImmutableMap<Parameter, ImmutableList<Double>> sweep,
    Charts charts) {

  /** The one schema version this reader knows. */
  public static final int SCHEMA_VERSION = 1;

  /** The class-path resource of the bundled experiment. */
  public static final String BUNDLED = "/org/gridgov/research/bundled-experiment.json";

  /**
   * The sample community of an experiment: {@code grid-samples}' urban generator.
   *
   * @param generalGrids general grids, 1–24
   * @param householdsPerGeneralGrid households per general grid, 10–1000
   * @param seed the generator's seed
   */
  public record Community(int generalGrids, int householdsPerGeneralGrid, long seed) {}

  /** How delays are drawn around their means. */
  public enum Delays {
    /** Exponentially distributed with the mean (memoryless waiting). */
    EXPONENTIAL,
    /** Exactly the mean: for hand-computed checks. */
    FIXED
  }

  /**
   * What the charts show.
   *
   * @param x the parameter on the horizontal axis
   * @param lines the parameter with one line per value, if any
   * @param metrics one chart per metric
   */
  public record Charts(Parameter x, Optional<Parameter> lines, ImmutableList<Metric> metrics) {}

  /** Validates the parts. */
  public ExperimentConfig {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(community, "community");
    requireNonNull(start, "start");
    requireNonNull(delays, "delays");
    requireNonNull(categories, "categories");
    requireNonNull(fixed, "fixed");
    requireNonNull(sweep, "sweep");
    requireNonNull(charts, "charts");
  }

  /** The points of the sweep, in order: the last swept parameter changes fastest. */
  public ImmutableList<ParameterPoint> points() {
    List<ParameterPoint> out = new ArrayList<>();
    out.add(ParameterPoint.defaults().with(fixed));
    for (Map.Entry<Parameter, ImmutableList<Double>> e : sweep.entrySet()) {
      List<ParameterPoint> next = new ArrayList<>();
      for (ParameterPoint p : out) {
        for (double v : e.getValue()) {
          next.add(p.with(e.getKey(), v));
        }
      }
      out = next;
    }
    return ImmutableList.copyOf(out);
  }

  /** A copy with another number of repeats and days, for quick runs (tests, scripts). */
  public ExperimentConfig withRepeatsAndDays(int repeats, int days) {
    return new ExperimentConfig(
        name,
        description,
        community,
        start,
        days,
        seed,
        repeats,
        delays,
        categories,
        fixed,
        sweep,
        charts);
  }

  /** The bundled experiment (smaller grids, three smartphone levels). */
  public static ExperimentConfig bundled() {
    try (InputStream in =
        requireNonNull(
            ExperimentConfig.class.getResourceAsStream(BUNDLED), "bundled experiment missing")) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled-experiment.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a config file.
   *
   * @throws InvalidInputException listing every problem, each with the file and the JSON path
   */
  public static ExperimentConfig read(Path file) {
    return TextFiles.read(file, "the experiment", ExperimentConfig::read);
  }

  /**
   * Reads a config from JSON text.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem, each with the JSON path
   */
  public static ExperimentConfig read(Reader in, String source) {
    JsonNode root = StrictJson.readTree(in, source, "the experiment");
    return new ConfigReader(source).read(root);
  }

  /** Walks the tree, collecting every problem. */
  private static final class ConfigReader {
    private static final Set<String> FIELDS =
        Set.of(
            "schemaVersion",
            "name",
            "description",
            "community",
            "start",
            "days",
            "seed",
            "repeats",
            "delays",
            "categories",
            "parameters",
            "sweep",
            "charts");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    ConfigReader(String source) {
      this.source = source;
    }

    private void problem(String path, String message) {
      problems.add(Problem.at(SourceLocation.of(source, 0), path, message));
    }

    ExperimentConfig read(JsonNode root) {
      if (!root.isObject()) {
        problem("$", "an experiment is a JSON object");
        throw fail();
      }
      unknown(root, "$", FIELDS);
      JsonNode version = root.get("schemaVersion");
      if (version == null) {
        problem("$.schemaVersion", "missing; write \"schemaVersion\": " + SCHEMA_VERSION);
      } else if (!version.isInt() || version.intValue() != SCHEMA_VERSION) {
        problem(
            "$.schemaVersion", "unsupported " + version + "; this reader knows " + SCHEMA_VERSION);
      }
      String name = text(root, "name", "experiment");
      String description = text(root, "description", "");
      Community community = community(root.get("community"));
      LocalDate start = LocalDate.of(2026, 3, 2);
      JsonNode s = root.get("start");
      if (s != null) {
        try {
          start = LocalDate.parse(s.asText());
          if (!s.isTextual()) {
            throw new DateTimeParseException("not text", s.toString(), 0);
          }
        } catch (DateTimeParseException e) {
          problem("$.start", s + " is not a date like \"2026-03-02\"");
        }
      }
      int days = (int) number(root, "$", "days", 28, 1, 3650, true);
      long seed = (long) number(root, "$", "seed", 1, -1e15, 1e15, true);
      int repeats = (int) number(root, "$", "repeats", 5, 1, 1000, true);
      Delays delays = Delays.EXPONENTIAL;
      JsonNode d = root.get("delays");
      if (d != null) {
        switch (d.asText()) {
          case "exponential" -> delays = Delays.EXPONENTIAL;
          case "fixed" -> delays = Delays.FIXED;
          default -> problem("$.delays", d + " is not one of \"exponential\", \"fixed\"");
        }
      }
      ImmutableMap<EventCategory, Double> categories = categories(root.get("categories"));
      Map<Parameter, Double> fixed = parameters(root.get("parameters"));
      Map<Parameter, ImmutableList<Double>> sweep = sweep(root.get("sweep"));
      for (Parameter p : sweep.keySet()) {
        if (fixed.containsKey(p)) {
          problem("$.sweep." + p.key(), "is also set in $.parameters; give it in one place");
        }
      }
      Charts charts = charts(root.get("charts"), sweep);
      double old = get(fixed, Parameter.SHARE_60_TO_64) + get(fixed, Parameter.SHARE_65_PLUS);
      if (old > 1) {
        problem("$.parameters", "share60to64 + share65plus is " + old + ", more than 1");
      }
      if (!problems.isEmpty()) {
        throw fail();
      }
      return new ExperimentConfig(
          name,
          description,
          community,
          start,
          days,
          seed,
          repeats,
          delays,
          categories,
          ImmutableMap.copyOf(fixed),
          ImmutableMap.copyOf(sweep),
          charts);
    }

    private static double get(Map<Parameter, Double> fixed, Parameter p) {
      return fixed.getOrDefault(p, p.defaultValue());
    }

    private InvalidInputException fail() {
      return new InvalidInputException("cannot read the experiment " + source, problems);
    }

    private void unknown(JsonNode node, String path, Set<String> known) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)) {
          problem(
              path + "." + f, "unknown field; expected one of " + new java.util.TreeSet<>(known));
        }
      }
    }

    private String text(JsonNode root, String field, String otherwise) {
      JsonNode n = root.get(field);
      if (n == null) {
        return otherwise;
      }
      if (!n.isTextual()) {
        problem("$." + field, "must be text but was " + n);
        return otherwise;
      }
      return n.textValue();
    }

    private double number(
        JsonNode parent,
        String path,
        String field,
        double otherwise,
        double min,
        double max,
        boolean integer) {
      JsonNode n = parent.get(field);
      if (n == null) {
        return otherwise;
      }
      String where = path + "." + field;
      if (!n.isNumber()) {
        problem(where, "must be a number but was " + n);
        return otherwise;
      }
      double v = n.doubleValue();
      if (v < min || v > max || (integer && v != Math.rint(v))) {
        problem(
            where,
            n
                + " is outside "
                + Parameter.format(min)
                + ".."
                + Parameter.format(max)
                + (integer ? " (whole numbers)" : ""));
        return otherwise;
      }
      return v;
    }

    private Community community(JsonNode n) {
      if (n == null) {
        return new Community(3, 400, 20260301L);
      }
      if (!n.isObject()) {
        problem("$.community", "must be an object");
        return new Community(3, 400, 20260301L);
      }
      unknown(n, "$.community", Set.of("generalGrids", "householdsPerGeneralGrid", "seed"));
      return new Community(
          (int) number(n, "$.community", "generalGrids", 3, 1, 24, true),
          (int) number(n, "$.community", "householdsPerGeneralGrid", 400, 10, 1000, true),
          (long) number(n, "$.community", "seed", 20260301L, -1e15, 1e15, true));
    }

    private ImmutableMap<EventCategory, Double> categories(JsonNode n) {
      Map<EventCategory, Double> out = new LinkedHashMap<>();
      if (n == null) {
        out.put(EventCategory.SAFETY_FIRE, 1.0);
        out.put(EventCategory.SAFETY_ELECTRICITY, 1.0);
        out.put(EventCategory.FACILITY_DAMAGE, 2.0);
        return ImmutableMap.copyOf(out);
      }
      if (!n.isObject() || n.isEmpty()) {
        problem("$.categories", "must be an object of category codes and weights, not empty");
        return ImmutableMap.of(EventCategory.FACILITY_DAMAGE, 1.0);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<EventCategory> c = EventCategory.find(e.getKey());
        if (c.isEmpty()) {
          problem("$.categories." + e.getKey(), "unknown event category (see docs/events.md)");
          continue;
        }
        double w = number(n, "$.categories", e.getKey(), -1, 0.000001, 1e6, false);
        if (w > 0) {
          out.put(c.get(), w);
        }
      }
      return out.isEmpty()
          ? ImmutableMap.of(EventCategory.FACILITY_DAMAGE, 1.0)
          : ImmutableMap.copyOf(out);
    }

    private Optional<Parameter> parameter(String path, String key) {
      Optional<Parameter> p = Parameter.find(key);
      if (p.isEmpty()) {
        problem(path, "unknown parameter; see docs/research.md for the list");
      }
      return p;
    }

    private Map<Parameter, Double> parameters(JsonNode n) {
      Map<Parameter, Double> out = new LinkedHashMap<>();
      if (n == null) {
        return out;
      }
      if (!n.isObject()) {
        problem("$.parameters", "must be an object of parameter names and numbers");
        return out;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "$.parameters." + e.getKey();
        parameter(path, e.getKey()).ifPresent(p -> value(path, p, e.getValue(), out::put));
      }
      return out;
    }

    private void value(
        String path, Parameter p, JsonNode v, java.util.function.BiConsumer<Parameter, Double> to) {
      if (!v.isNumber()) {
        problem(path, "must be a number but was " + v);
        return;
      }
      Optional<String> why = p.check(v.doubleValue());
      if (why.isPresent()) {
        problem(path, why.get());
        return;
      }
      to.accept(p, v.doubleValue());
    }

    private Map<Parameter, ImmutableList<Double>> sweep(JsonNode n) {
      Map<Parameter, ImmutableList<Double>> out = new LinkedHashMap<>();
      if (n == null) {
        return out;
      }
      if (!n.isObject()) {
        problem("$.sweep", "must be an object of parameter names and arrays of numbers");
        return out;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "$.sweep." + e.getKey();
        Optional<Parameter> p = parameter(path, e.getKey());
        if (p.isEmpty()) {
          continue;
        }
        JsonNode values = e.getValue();
        if (!values.isArray() || values.isEmpty() || values.size() > 100) {
          problem(path, "must be an array of 1 to 100 numbers");
          continue;
        }
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
          String at = path + "[" + i + "]";
          value(
              at,
              p.get(),
              values.get(i),
              (k, v) -> {
                if (list.contains(v)) {
                  problem(at, Parameter.format(v) + " is listed twice");
                } else {
                  list.add(v);
                }
              });
        }
        out.put(p.get(), ImmutableList.copyOf(list));
      }
      return out;
    }

    private Charts charts(JsonNode n, Map<Parameter, ImmutableList<Double>> sweep) {
      List<Parameter> swept = new ArrayList<>(sweep.keySet());
      Parameter x = swept.isEmpty() ? Parameter.MICRO_GRID_MAX_HOUSEHOLDS : swept.get(0);
      Optional<Parameter> lines = swept.size() > 1 ? Optional.of(swept.get(1)) : Optional.empty();
      List<Metric> metrics = new ArrayList<>(List.of(Metric.ACCEPTANCE_MEDIAN, Metric.COVERAGE_3H));
      if (n == null) {
        return new Charts(x, lines, ImmutableList.copyOf(metrics));
      }
      if (!n.isObject()) {
        problem("$.charts", "must be an object with x, lines and metrics");
        return new Charts(x, lines, ImmutableList.copyOf(metrics));
      }
      unknown(n, "$.charts", Set.of("x", "lines", "metrics"));
      JsonNode xn = n.get("x");
      if (xn != null) {
        Optional<Parameter> p = parameter("$.charts.x", xn.asText());
        if (p.isPresent() && !sweep.containsKey(p.get())) {
          problem("$.charts.x", xn + " is not swept");
        }
        x = p.orElse(x);
      }
      JsonNode ln = n.get("lines");
      if (ln != null) {
        if (ln.isNull()) {
          lines = Optional.empty();
        } else {
          Optional<Parameter> p = parameter("$.charts.lines", ln.asText());
          if (p.isPresent() && !sweep.containsKey(p.get())) {
            problem("$.charts.lines", ln + " is not swept");
          }
          lines = p;
        }
      }
      JsonNode mn = n.get("metrics");
      if (mn != null) {
        metrics.clear();
        if (!mn.isArray()) {
          problem("$.charts.metrics", "must be an array of metric names");
        } else {
          for (int i = 0; i < mn.size(); i++) {
            String name = mn.get(i).asText();
            Optional<Metric> m = Metric.find(name);
            if (m.isEmpty()) {
              problem("$.charts.metrics[" + i + "]", "unknown metric \"" + name + "\"");
            } else {
              metrics.add(m.get());
            }
          }
        }
      }
      if (lines.isPresent() && lines.get() == x) {
        problem("$.charts.lines", "is the same parameter as $.charts.x");
      }
      return new Charts(x, lines, ImmutableList.copyOf(metrics));
    }
  }
}
