package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.gridgov.core.internal.Parallel;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * The Fellegi–Sunter parameters of a run: the prior probability λ that a candidate pair matches,
 * and for every field the probability of each level among matches (m) and among non-matches (u),
 * and the value counts that term-frequency adjustment reads. Immutable once built; {@link #toJson}
 * shows every figure, so a user can see why two records matched.
 *
 * <p>The weight of a field at a level is log2(m / u); a pair's match weight is the sum over its
 * fields (a missing field adds 0; within a correlation group only the strongest agreement) plus
 * log2(p / (1 − p)) for the {@link #prior()} p over all pairs, and its match probability is 2^w /
 * (1 + 2^w). For a field with term-frequency adjustment, an exact match of value v uses u = the
 * share of records holding v instead of the field's average u, so 张伟 weighs less than a rare name.
 */
public final class DedupModel {

  static final int LEVELS = 3; // exact, close, different

  private final DedupConfig config;
  private final double lambda;
  private final double[][] m;
  private final double[][] u;
  private final @Nullable ValueCounts[] counts;
  private final int[] totals;
  private final int iterations;
  private final double prior;

  /** Per field, whether exact matches are term-frequency adjusted (counts given or not). */
  private final boolean[] tf;

  /**
   * Whether {@link #counts} are given: false for a model read by {@link #fromJson}, whose term
   * frequencies come from the records it is run on.
   */
  private final boolean bound;

  /** The estates' aliases of the records the model is bound to ({@link EstateAliases}). */
  private final EstateAliases aliases;

  DedupModel(
      DedupConfig config,
      double lambda,
      double[][] m,
      double[][] u,
      @Nullable ValueCounts[] counts,
      int[] totals,
      int iterations,
      double prior) {
    this.config = config;
    this.lambda = lambda;
    this.m = m;
    this.u = u;
    this.counts = counts;
    this.totals = totals;
    this.iterations = iterations;
    this.prior = prior;
    this.tf = new boolean[counts.length];
    for (int f = 0; f < tf.length; f++) {
      tf[f] = counts[f] != null;
    }
    this.bound = true;
    this.aliases = EstateAliases.NONE;
  }

  /** {@code base} with other estates' aliases. */
  private DedupModel(DedupModel base, EstateAliases aliases) {
    this.config = base.config;
    this.lambda = base.lambda;
    this.m = base.m;
    this.u = base.u;
    this.counts = base.counts;
    this.totals = base.totals;
    this.iterations = base.iterations;
    this.prior = base.prior;
    this.tf = base.tf;
    this.bound = base.bound;
    this.aliases = aliases;
  }

  /** A model with its figures and the term-frequency fields, not yet given value counts. */
  private DedupModel(
      DedupConfig config,
      double lambda,
      double[][] m,
      double[][] u,
      boolean[] tf,
      int iterations,
      double prior) {
    this.config = config;
    this.lambda = lambda;
    this.m = m;
    this.u = u;
    this.counts = new ValueCounts[tf.length];
    this.totals = new int[tf.length];
    this.iterations = iterations;
    this.prior = prior;
    this.tf = tf.clone();
    this.bound = false;
    this.aliases = EstateAliases.NONE;
  }

  /** A model whose term-frequency fields are the config's, not yet given value counts. */
  static DedupModel unbound(
      DedupConfig config, double lambda, double[][] m, double[][] u, int iterations, double prior) {
    boolean[] tf = new boolean[m.length];
    for (int f = 0; f < tf.length; f++) {
      tf[f] = config.fields().get(f).termFrequency();
    }
    return new DedupModel(config, lambda, m, u, tf, iterations, prior);
  }

  /** The same figures with value counts; {@code counts[f]} null exactly when f is not adjusted. */
  private DedupModel withCounts(@Nullable ValueCounts[] counts, int[] totals) {
    return new DedupModel(config, lambda, m, u, counts, totals, iterations, prior)
        .withEstateAliases(aliases);
  }

  /** The same model with these estates' aliases ({@link EstateAliases}). */
  DedupModel withEstateAliases(EstateAliases aliases) {
    return aliases == this.aliases ? this : new DedupModel(this, aliases);
  }

  /**
   * The estates' aliases learned from the records the model was estimated on, or bound to; none for
   * a model read from its file until a run binds it ({@link EstateAliases}).
   */
  EstateAliases estateAliases() {
    return aliases;
  }

  /** Whether the value counts are given ({@link #fromJson} gives none: the run's records do). */
  boolean bound() {
    return bound;
  }

  /** The same figures, term frequencies counted over {@code set}, as a batch run counts them. */
  DedupModel withCountsOf(RecordSet set, Executor executor) {
    int[] t = new int[m.length];
    @Nullable ValueCounts[] c = counts(set, t, executor);
    return withCounts(c, t);
  }

  /**
   * The same figures with term frequencies counted elsewhere (over all records of a distributed
   * run): per adjusted field, how many records hold each value (at least every value looked up),
   * and how many records have a value at all.
   */
  DedupModel withCounts(List<Map<String, Integer>> byValue, int[] totals) {
    @Nullable ValueCounts[] c = new ValueCounts[m.length];
    for (int f = 0; f < m.length; f++) {
      if (tf[f]) {
        c[f] = new ValueCounts(null, new int[0], byValue.get(f));
      }
    }
    return withCounts(c, totals.clone());
  }

  /**
   * Reads a model written by {@link #toJson} ({@code grid dedup --weights}), to run it as it is on
   * other records: λ, the prior and every m and u are taken exactly as written, no estimation.
   * Term-frequency counts are not in the file; a run counts them over the records it deduplicates,
   * as a batch run does.
   *
   * @param json the model, as {@link #toJson} wrote it
   * @param config the profile to run it with: its name, match probability, fields (names and order)
   *     and term-frequency settings must be the model's
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static DedupModel fromJson(String json, DedupConfig config) {
    requireNonNull(json, "json");
    requireNonNull(config, "config");
    JsonNode root = StrictJson.readTree(new StringReader(json), "the model", "the dedup model");
    List<Problem> problems = new ArrayList<>();
    BiConsumer<String, String> problem =
        (path, message) ->
            problems.add(Problem.at(SourceLocation.of("the model", 0), path, message));
    if (!root.isObject()) {
      problem.accept("$", "expected an object as --weights writes it");
      throw new InvalidInputException("cannot read the dedup model", problems);
    }
    JsonNode profile = root.path("profile");
    if (!profile.isTextual()) {
      problem.accept("profile", "expected the profile's name as text");
    } else if (!profile.asText().equals(config.name())) {
      problem.accept(
          "profile",
          "the model is for the profile "
              + profile.asText()
              + ", the run uses "
              + config.name()
              + ": run it with the profile it was estimated for");
    }
    double lambda = probability(root, "lambda", problem);
    double prior = probability(root, "prior", problem);
    JsonNode threshold = root.path("matchProbability");
    if (!threshold.isNumber()) {
      problem.accept("matchProbability", "expected a number");
    } else if (threshold.asDouble() != config.matchProbability()) {
      problem.accept(
          "matchProbability",
          "the model was estimated with the match probability "
              + threshold.asDouble()
              + ", the profile sets "
              + config.matchProbability());
    }
    JsonNode iterationsNode = root.path("emIterations");
    if (!iterationsNode.canConvertToInt() || iterationsNode.asInt() < 0) {
      problem.accept("emIterations", "expected a whole number of 0 or more");
    }
    List<DedupConfig.Field> list = config.fields();
    double[][] m = new double[list.size()][LEVELS];
    double[][] u = new double[list.size()][LEVELS];
    boolean[] tf = new boolean[list.size()];
    JsonNode fields = root.path("fields");
    if (!fields.isObject()) {
      problem.accept("fields", "expected an object with one entry per field of the profile");
    } else {
      List<String> names = new ArrayList<>();
      fields.fieldNames().forEachRemaining(names::add);
      List<String> expected = list.stream().map(DedupConfig.Field::name).toList();
      if (!names.equals(expected)) {
        problem.accept(
            "fields",
            "the model has the fields "
                + names
                + ", the profile "
                + config.name()
                + " has "
                + expected);
      } else {
        for (int f = 0; f < list.size(); f++) {
          String path = "fields." + list.get(f).name();
          JsonNode field = fields.path(list.get(f).name());
          for (Level l : List.of(Level.EXACT, Level.CLOSE, Level.DIFFERENT)) {
            JsonNode level = field.path(l.code());
            m[f][l.ordinal()] = probability(level, path + "." + l.code() + ".m", "m", problem);
            u[f][l.ordinal()] = probability(level, path + "." + l.code() + ".u", "u", problem);
          }
          JsonNode adjusted = field.path("termFrequency");
          if (!adjusted.isBoolean()) {
            problem.accept(path + ".termFrequency", "expected true or false");
          } else if (adjusted.asBoolean() != list.get(f).termFrequency()) {
            problem.accept(
                path + ".termFrequency",
                "the model says "
                    + adjusted.asBoolean()
                    + ", the profile "
                    + list.get(f).termFrequency());
          }
          tf[f] = list.get(f).termFrequency();
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot use the dedup model with the profile " + config.name(), problems);
    }
    return new DedupModel(config, lambda, m, u, tf, iterationsNode.asInt(), prior);
  }

  private static double probability(
      JsonNode parent, String name, BiConsumer<String, String> problem) {
    return probability(parent, name, name, problem);
  }

  /** A probability strictly between 0 and 1, as every figure of a model is; NaN when bad. */
  private static double probability(
      JsonNode parent, String path, String name, BiConsumer<String, String> problem) {
    JsonNode node = parent.path(name);
    if (!node.isNumber()) {
      problem.accept(path, "expected a number");
      return Double.NaN;
    }
    double p = node.asDouble();
    if (!(p > 0 && p < 1)) {
      problem.accept(path, "expected a probability above 0 and below 1, was " + node.asText());
      return Double.NaN;
    }
    return p;
  }

  /**
   * The prior probability that two records drawn at random are one person: λ times the candidate
   * pairs over all pairs. Scores start from this, not from λ: sharing a blocking key is already
   * counted by the fields' weights, and starting from λ would count it twice.
   */
  public double prior() {
    return prior;
  }

  /** The config the model was trained for. */
  public DedupConfig config() {
    return config;
  }

  /** The prior probability that a candidate pair matches. */
  public double lambda() {
    return lambda;
  }

  /** How many EM iterations estimated m and λ. */
  public int iterations() {
    return iterations;
  }

  /** The m probability of a field at a level (exact, close or different). */
  public double m(String field, Level level) {
    return m[index(field)][checkLevel(level)];
  }

  /** The u probability of a field at a level (exact, close or different). */
  public double u(String field, Level level) {
    return u[index(field)][checkLevel(level)];
  }

  /** The weight log2(m / u) of a field at a level; 0 for missing. */
  public double weight(String field, Level level) {
    if (level == Level.MISSING) {
      return 0;
    }
    int f = index(field);
    return log2(m[f][level.ordinal()] / u[f][level.ordinal()]);
  }

  /** The minimum summed field weight a pair needs to be accepted. */
  double thresholdWeight() {
    return weightOf(config.matchProbability());
  }

  /** The summed field weight of a pair whose match probability is {@code p}. */
  double weightOf(double p) {
    return log2(p / (1 - p)) - log2(prior / (1 - prior));
  }

  double[][] weights() {
    double[][] w = new double[m.length][LEVELS + 1];
    for (int f = 0; f < m.length; f++) {
      for (int l = 0; l < LEVELS; l++) {
        w[f][l] = log2(m[f][l] / u[f][l]);
      }
      w[f][LEVELS] = 0;
    }
    return w;
  }

  /** The weight of an exact match of {@code value} in field {@code f}, term-frequency adjusted. */
  double exactWeight(int f, String value) {
    if (counts[f] == null || value.isEmpty()) {
      return log2(m[f][0] / u[f][0]);
    }
    return tfWeight(f, counts[f].count(value));
  }

  /**
   * {@link #exactWeight(int, String)} of record {@code r}'s value in {@code column}: by the value's
   * id when the counts were made from that column's ids (a batch run's own records), so no string
   * is looked up.
   */
  double exactWeight(int f, Column column, int r) {
    ValueCounts c = counts[f];
    if (c != null && c.dict() != null && c.dict() == column.valueDict()) {
      int id = column.valueId(r);
      return id == 0 ? log2(m[f][0] / u[f][0]) : tfWeight(f, c.byId()[id]);
    }
    return exactWeight(f, column.value(r));
  }

  /**
   * The exact-match weight of field {@code f} for a value {@code count} records hold, counted
   * elsewhere ({@link #withCounts(List, int[])}'s totals): 0 means no value, and weighs as {@link
   * #exactWeight(int, String)} weighs an empty one.
   */
  double exactWeightOfCount(int f, int count) {
    return count <= 0 ? log2(m[f][0] / u[f][0]) : tfWeight(f, count);
  }

  private double tfWeight(int f, int count) {
    int total = Math.max(1, totals[f]);
    int n = count == 0 ? 1 : count;
    double tfU = Math.max((double) n / total, 1.0 / total);
    return log2(m[f][0] / tfU);
  }

  /**
   * How many records hold each value of a field: per id of the column's dictionary when it has one,
   * else per string.
   */
  record ValueCounts(@Nullable Dict dict, int[] byId, Map<String, Integer> byValue) {
    int count(String value) {
      if (dict != null) {
        int id = dict.find(value);
        return id <= 0 ? 0 : byId[id];
      }
      return byValue.getOrDefault(value, 0);
    }
  }

  boolean termFrequency(int f) {
    return counts[f] != null;
  }

  /** Whether exact matches of field {@code f} are term-frequency adjusted, counts given or not. */
  boolean adjusts(int f) {
    return tf[f];
  }

  private int index(String field) {
    requireNonNull(field, "field");
    List<DedupConfig.Field> fields = config.fields();
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).name().equals(field)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no field " + field);
  }

  private static int checkLevel(Level level) {
    if (level == Level.MISSING) {
      throw new IllegalArgumentException("missing values have no m or u: they weigh nothing");
    }
    return level.ordinal();
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Every figure as JSON: λ, the threshold, and per field m, u and weight by level. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("profile", config.name());
    root.put("lambda", lambda);
    root.put("prior", prior);
    root.put("matchProbability", config.matchProbability());
    root.put("emIterations", iterations);
    ObjectNode fields = root.putObject("fields");
    List<DedupConfig.Field> list = config.fields();
    for (int f = 0; f < list.size(); f++) {
      ObjectNode o = fields.putObject(list.get(f).name());
      for (Level l : List.of(Level.EXACT, Level.CLOSE, Level.DIFFERENT)) {
        ObjectNode lv = o.putObject(l.code());
        lv.put("m", m[f][l.ordinal()]);
        lv.put("u", u[f][l.ordinal()]);
        lv.put("weight", log2(m[f][l.ordinal()] / u[f][l.ordinal()]));
      }
      o.put("termFrequency", tf[f]);
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the value counts of the term-frequency fields, one field per core. */
  static @Nullable ValueCounts[] counts(RecordSet set, int[] totals, Executor executor) {
    @Nullable ValueCounts[] out = new ValueCounts[set.columns.length];
    Parallel.forRange(
        executor,
        set.columns.length,
        f -> {
          Column c = set.columns[f];
          if (!c.field.termFrequency()) {
            return;
          }
          int total = 0;
          Dict dict = c.valueDict();
          if (dict != null) {
            // Counted per id: an int array, not a map of a million strings.
            int[] n = new int[dict.size()];
            for (int r = 0; r < set.size(); r++) {
              int id = c.valueId(r);
              if (id != 0) {
                n[id]++;
                total++;
              }
            }
            out[f] = new ValueCounts(dict, n, Map.of());
          } else {
            Map<String, Integer> n = new HashMap<>();
            for (int r = 0; r < set.size(); r++) {
              String v = c.value(r);
              if (!v.isEmpty()) {
                n.merge(v, 1, Integer::sum);
                total++;
              }
            }
            // Never changed after this; not copied into an immutable map, which for a million
            // names costs as much as counting them.
            out[f] = new ValueCounts(null, new int[0], java.util.Collections.unmodifiableMap(n));
          }
          totals[f] = total;
        });
    return out;
  }
}
