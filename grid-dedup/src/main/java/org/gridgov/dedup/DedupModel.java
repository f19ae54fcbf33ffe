package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.gridgov.core.internal.Parallel;
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
    double t = config.matchProbability();
    return log2(t / (1 - t)) - log2(prior / (1 - prior));
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
      o.put("termFrequency", counts[f] != null);
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
