package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.gridgov.core.internal.Parallel;
import org.gridgov.core.progress.Progress;

/**
 * The batch run: blocking, estimating the model from the data, scoring, clustering.
 *
 * <ol>
 *   <li>Candidate pairs from every blocking key of the config ({@link BlockingStats}).
 *   <li>u probabilities from random pairs of records (almost all non-matches), m probabilities and
 *       λ by expectation–maximisation over the candidate pairs' level patterns; no labels needed.
 *       Fixed weights in the config replace the estimates for their fields.
 *   <li>Every candidate pair scored (term-frequency adjusted), hard rules applied, pairs at or
 *       above the match probability accepted.
 *   <li>{@link Clustering}: accepted pairs joined strongest first without ever putting two records
 *       that contradict each other in one cluster; then each cluster of sparse records (no name, or
 *       nothing but one) joins the one cluster its pairs point to far more strongly than to any
 *       other.
 * </ol>
 *
 * <p>Results do not depend on the order of the records: random pairs are drawn over the records
 * sorted by id with a fixed seed, EM runs over sorted patterns, ties are broken by record id.
 */
public final class Deduplicator {

  private static final int MAX_EM_ITERATIONS = 200;
  private static final double CLAMP = 1e-6;

  private final Executor executor;

  /**
   * A deduplicator that works on the common fork-join pool; the records carry the config they were
   * read with.
   */
  public Deduplicator() {
    this(Parallel.defaultExecutor());
  }

  /**
   * A deduplicator whose parallel phases (blocking, comparing, training, scoring, clustering) run
   * on {@code executor}: a server's own pool, say, or {@code Runnable::run} to use the calling
   * thread only. The result does not depend on the executor.
   */
  public Deduplicator(Executor executor) {
    this.executor = requireNonNull(executor, "executor");
  }

  /** Deduplicates records, estimating the model from them. */
  public DedupResult run(RecordSet set, Progress progress) {
    return run(set, Decisions.none(), progress);
  }

  /**
   * Deduplicates records, estimating the model from them, with people's decisions on pairs
   * overriding the model both ways ({@link Decisions}).
   */
  public DedupResult run(RecordSet set, Decisions decisions, Progress progress) {
    requireNonNull(set, "set");
    requireNonNull(decisions, "decisions");
    requireNonNull(progress, "progress");
    long[] stats = new long[3];
    // Estates' other names, from the records themselves, before any pair is compared.
    EstateAliases aliases = EstateAliases.learn(set);
    set.useAliases(aliases);
    progress.update("blocking", 0, 0);
    long[] pairs = Blocking.candidates(set, stats, executor);
    progress.update("comparing", 0, pairs.length);
    int[] patterns = patterns(set, pairs, executor);
    progress.update("estimating", 0, 0);
    DedupModel model = train(set, pairs, patterns).withEstateAliases(aliases);
    return score(set, model, pairs, patterns, stats, decisions, progress);
  }

  /** Deduplicates with a model trained before (on other records, or this batch's own). */
  public DedupResult run(RecordSet set, DedupModel model, Progress progress) {
    return run(set, model, Decisions.none(), progress);
  }

  /** Deduplicates with a model trained before and people's decisions ({@link Decisions}). */
  public DedupResult run(RecordSet set, DedupModel model, Decisions decisions, Progress progress) {
    requireNonNull(set, "set");
    requireNonNull(model, "model");
    requireNonNull(decisions, "decisions");
    requireNonNull(progress, "progress");
    // A model read from its file has no term-frequency counts: this run's records give them, as
    // they do when the model is estimated on them.
    // So are the estates' aliases: a model estimated in this JVM keeps its batch's.
    DedupModel bound =
        model.bound()
            ? model
            : model.withCountsOf(set, executor).withEstateAliases(EstateAliases.learn(set));
    set.useAliases(bound.estateAliases());
    long[] stats = new long[3];
    long[] pairs = Blocking.candidates(set, stats, executor);
    int[] patterns = patterns(set, pairs, executor);
    return score(set, bound, pairs, patterns, stats, decisions, progress);
  }

  /**
   * The level pattern of every pair, on every core: one field over all pairs at a time, so that
   * only that column's arrays are read while it is compared. They stay in the processor's cache,
   * where every column's arrays together (some 60 MB for a million records) do not, and the second
   * record of a pair is anywhere in them.
   */
  private static int[] patterns(RecordSet set, long[] pairs, Executor executor) {
    int[] patterns = new int[pairs.length];
    int chunks = Math.max(1, Math.min(pairs.length, 64));
    for (int f = 0; f < set.columns.length; f++) {
      Column c = set.columns[f];
      int shift = 2 * f;
      Parallel.forRange(
          executor,
          chunks,
          k ->
              c.levels(
                  pairs,
                  (int) ((long) pairs.length * k / chunks),
                  (int) ((long) pairs.length * (k + 1) / chunks),
                  patterns,
                  shift));
    }
    return patterns;
  }

  private DedupResult score(
      RecordSet set,
      DedupModel model,
      long[] pairs,
      int[] patterns,
      long[] stats,
      Decisions decisions,
      Progress progress) {
    progress.update("scoring", 0, pairs.length);
    Scorer scorer = new Scorer(set, model);
    scorer.prepareAll(); // read-only from here on, so the pairs can be scored on every core
    double threshold = scorer.threshold();
    double[] scored = new double[pairs.length];
    Parallel.forRange(
        executor,
        pairs.length,
        i -> {
          int a = (int) (pairs[i] >>> 32);
          int b = (int) pairs[i];
          scored[i] = scorer.edge(a, b, patterns[i]);
        });
    // People's decisions: "same" pairs are accepted with weight +∞ (compared or not), "different"
    // pairs are never accepted and never end in one cluster.
    java.util.Map<Long, Boolean> decided = new java.util.HashMap<>();
    for (Decisions.Decision d : decisions.decisions()) {
      int a = set.indexOf(d.recordIdA());
      int b = set.indexOf(d.recordIdB());
      if (a >= 0 && b >= 0 && a != b) {
        decided.put(a < b ? (long) a << 32 | b : (long) b << 32 | a, d.same());
      }
    }
    // The edges of the clustering: accepted pairs, and pairs that may attach a cluster of sparse
    // records (Scorer.edge); pairs people decided leave them.
    int k = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (!Double.isNaN(scored[i]) && (decided.isEmpty() || !decided.containsKey(pairs[i]))) {
        k++;
      }
    }
    long[] edges = new long[k];
    double[] weights = new double[k];
    k = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (!Double.isNaN(scored[i]) && (decided.isEmpty() || !decided.containsKey(pairs[i]))) {
        edges[k] = pairs[i];
        weights[k++] = scored[i];
      }
    }
    List<Long> apart = new java.util.ArrayList<>();
    if (!decided.isEmpty()) {
      // Few decisions: merged into the sorted accepted pairs, so lookups stay binary searches.
      java.util.TreeMap<Long, Double> merged = new java.util.TreeMap<>();
      for (int i = 0; i < edges.length; i++) {
        merged.put(edges[i], weights[i]);
      }
      decided.forEach(
          (pair, same) -> {
            if (same) {
              merged.put(pair, Double.POSITIVE_INFINITY);
            } else {
              apart.add(pair);
            }
          });
      edges = new long[merged.size()];
      weights = new double[merged.size()];
      k = 0;
      for (Map.Entry<Long, Double> e : merged.entrySet()) {
        edges[k] = e.getKey();
        weights[k++] = e.getValue();
      }
    }
    long[] cannotLink = apart.stream().mapToLong(Long::longValue).sorted().toArray();
    progress.update("clustering", 0, k);
    int n = set.size();
    int[] roots =
        Clustering.cluster(
            n, edges, weights, threshold, set.idRank(), Coherence.of(set), r -> r, cannotLink);
    Clustering.Accepted accepted = Clustering.Accepted.of(edges, weights, threshold);
    double all = (double) n * (n - 1) / 2;
    BlockingStats blocking =
        new BlockingStats(n, stats[0], stats[1], stats[2], all == 0 ? 0 : 1 - stats[1] / all);
    return new DedupResult(
        set, model, roots, blocking, pairs, accepted.pairs(), accepted.weights(), decided);
  }

  /**
   * Estimates the model. u comes from random pairs. m comes from expectation–maximisation run once
   * per training key (the config's {@code training} keys, by default its blocking keys) over the
   * pairs that key brings together, with the key's own fields left out — among pairs that share a
   * phone, agreeing on the phone says nothing — and each field's m is the average over the keys
   * that leave it in, weighted by their expected matches. This is how Splink trains m ("estimate
   * parameters using expectation maximisation", one blocking rule at a time). λ is then estimated
   * over all candidate pairs with m and u held.
   */
  DedupModel train(RecordSet set, long[] candidates, int[] patterns) {
    double[][] u = estimateU(set, executor);
    List<TrainingKey> trained =
        Parallel.map(
            executor,
            Blocking.parts(set.config, set.config.training()),
            rule -> {
              int masked = mask(rule);
              long[] pairs = Blocking.pairs(set, rule, set.config.maxBlockSize(), executor);
              int[] local = new int[pairs.length];
              // Both sorted: a training key that blocks too finds its pairs' patterns among the
              // candidates' in one walk, compared once.
              int j = 0;
              for (int i = 0; i < pairs.length; i++) {
                while (j < candidates.length && candidates[j] < pairs[i]) {
                  j++;
                }
                int pattern =
                    j < candidates.length && candidates[j] == pairs[i]
                        ? patterns[j]
                        : Scorer.pattern(set.columns, (int) (pairs[i] >>> 32), (int) pairs[i]);
                // Masked fields read as missing: they weigh nothing in this key's estimate.
                local[i] = pattern | masked;
              }
              return new TrainingKey(masked, Histogram.of(local));
            });
    return estimate(set.config, u, trained, Histogram.of(patterns), set.size())
        .withCountsOf(set, executor);
  }

  /** The pattern bits a training key's own fields are masked with: they read as missing. */
  static int mask(List<Blocking.Part> rule) {
    int masked = 0;
    for (Blocking.Part p : rule) {
      masked |= 3 << (2 * p.column());
    }
    return masked;
  }

  /** The pairs one training key brings together, by pattern (masked with {@link #mask}). */
  record TrainingKey(int masked, Histogram histogram) {}

  /**
   * The model from what the data showed: u, each training key's masked patterns and all candidate
   * pairs' patterns (whose total is the number of candidates), over {@code n} records. m is trained
   * by EM once per training key and averaged, weighted by the key's expected matches; λ by EM over
   * all candidates with m and u held. Term-frequency counts are not given here.
   */
  static DedupModel estimate(
      DedupConfig config, double[][] u, List<TrainingKey> trained, Histogram all, long n) {
    int fields = config.fields().size();
    double[][] mSum = new double[fields][DedupModel.LEVELS];
    double[] weightSum = new double[fields];
    int iterations = 0;
    for (TrainingKey t : trained) {
      double[][] tm = priorM(config);
      double[] tl = {Priors.LAMBDA};
      iterations += em(config, t.histogram(), tm, u, tl, true);
      double expected = expectedMatches(t.histogram(), tm, u, tl[0], fields);
      for (int f = 0; f < fields; f++) {
        if (((t.masked() >>> (2 * f)) & 3) == 3) {
          continue;
        }
        for (int l = 0; l < DedupModel.LEVELS; l++) {
          mSum[f][l] += expected * tm[f][l];
        }
        weightSum[f] += expected;
      }
    }
    double[][] m = priorM(config);
    for (int f = 0; f < fields; f++) {
      if (weightSum[f] > 0) {
        for (int l = 0; l < DedupModel.LEVELS; l++) {
          m[f][l] = clamp(mSum[f][l] / weightSum[f]);
        }
      }
    }
    applyFixed(config, m, u);
    double[] lambda = {Priors.LAMBDA};
    iterations += em(config, all, m, u, lambda, false);
    long candidates = 0;
    for (long c : all.counts()) {
      candidates += c;
    }
    double pairs = (double) n * (n - 1) / 2;
    double prior =
        pairs == 0
            ? lambda[0]
            : Math.min(1 - CLAMP, Math.max(1e-12, lambda[0] * candidates / pairs));
    return DedupModel.unbound(config, lambda[0], m, u, iterations, prior);
  }

  private static double[][] priorM(DedupConfig config) {
    double[][] m = new double[config.fields().size()][];
    for (int f = 0; f < m.length; f++) {
      m[f] = Priors.m(config.fields().get(f).type());
    }
    return m;
  }

  /** Level patterns and how often each occurs, in pattern order so that sums are reproducible. */
  record Histogram(int[] keys, long[] counts) {
    static Histogram of(int[] patterns) {
      // Counted in a small open-addressing table (a run has a few thousand distinct patterns among
      // millions of pairs), then only the distinct patterns sorted: no boxing, the order fixed by
      // the values.
      int[] keys = new int[1 << 10];
      long[] counts = new long[keys.length];
      boolean[] used = new boolean[keys.length];
      int distinct = 0;
      for (int p : patterns) {
        int mask = keys.length - 1;
        int h = mix(p) & mask;
        while (used[h] && keys[h] != p) {
          h = (h + 1) & mask;
        }
        if (!used[h]) {
          used[h] = true;
          keys[h] = p;
          distinct++;
        }
        counts[h]++;
        if (distinct * 2 > keys.length) {
          int[] oldKeys = keys;
          long[] oldCounts = counts;
          boolean[] oldUsed = used;
          keys = new int[oldKeys.length * 2];
          counts = new long[keys.length];
          used = new boolean[keys.length];
          for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
              int at = mix(oldKeys[i]) & (keys.length - 1);
              while (used[at]) {
                at = (at + 1) & (keys.length - 1);
              }
              used[at] = true;
              keys[at] = oldKeys[i];
              counts[at] = oldCounts[i];
            }
          }
        }
      }
      // Pattern and slot in one long, sorted: by the pattern as a signed int, as before.
      long[] bySlot = new long[distinct];
      int k = 0;
      for (int i = 0; i < keys.length; i++) {
        if (used[i]) {
          bySlot[k++] = (long) keys[i] << 32 | i;
        }
      }
      Arrays.sort(bySlot);
      int[] sortedKeys = new int[distinct];
      long[] sortedCounts = new long[distinct];
      for (int i = 0; i < distinct; i++) {
        sortedKeys[i] = (int) (bySlot[i] >> 32);
        sortedCounts[i] = counts[(int) bySlot[i]];
      }
      return new Histogram(sortedKeys, sortedCounts);
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** The probability that a pattern is a match. */
  private static double posterior(int key, double[][] m, double[][] u, double lambda, int fields) {
    double lm = Math.log(lambda);
    double lu = Math.log(1 - lambda);
    for (int f = 0; f < fields; f++) {
      int level = (key >>> (2 * f)) & 3;
      if (level < DedupModel.LEVELS) {
        lm += Math.log(m[f][level]);
        lu += Math.log(u[f][level]);
      }
    }
    double d = lu - lm;
    return d > 700 ? 0 : 1 / (1 + Math.exp(d));
  }

  private static double expectedMatches(
      Histogram h, double[][] m, double[][] u, double lambda, int fields) {
    double sum = 0;
    for (int i = 0; i < h.keys().length; i++) {
      sum += posterior(h.keys()[i], m, u, lambda, fields) * h.counts()[i];
    }
    return sum;
  }

  /**
   * Expectation–maximisation with u held: updates λ, and m too when {@code updateM}. Priors enter
   * as pseudo-counts. Returns the iterations run.
   */
  private static int em(
      DedupConfig config,
      Histogram h,
      double[][] m,
      double[][] u,
      double[] lambda,
      boolean updateM) {
    int fields = config.fields().size();
    int iteration = 0;
    for (; iteration < MAX_EM_ITERATIONS && h.keys().length > 0; iteration++) {
      double[][] next = new double[fields][DedupModel.LEVELS];
      for (int f = 0; f < fields; f++) {
        double[] prior = Priors.m(config.fields().get(f).type());
        for (int l = 0; l < DedupModel.LEVELS; l++) {
          next[f][l] = prior[l] * Priors.M_STRENGTH;
        }
      }
      double matches = Priors.LAMBDA * Priors.LAMBDA_STRENGTH;
      double total = Priors.LAMBDA_STRENGTH;
      for (int i = 0; i < h.keys().length; i++) {
        double weight = posterior(h.keys()[i], m, u, lambda[0], fields) * h.counts()[i];
        matches += weight;
        total += h.counts()[i];
        if (updateM) {
          for (int f = 0; f < fields; f++) {
            int level = (h.keys()[i] >>> (2 * f)) & 3;
            if (level < DedupModel.LEVELS) {
              next[f][level] += weight;
            }
          }
        }
      }
      double change = 0;
      if (updateM) {
        for (int f = 0; f < fields; f++) {
          double sum = next[f][0] + next[f][1] + next[f][2];
          for (int l = 0; l < DedupModel.LEVELS; l++) {
            double v = clamp(next[f][l] / sum);
            change = Math.max(change, Math.abs(v - m[f][l]));
            m[f][l] = v;
          }
        }
      }
      double nextLambda = clamp(matches / total);
      change = Math.max(change, Math.abs(nextLambda - lambda[0]));
      lambda[0] = nextLambda;
      if (change < 1e-7) {
        return iteration + 1;
      }
    }
    return iteration;
  }

  /** u from random pairs of records ({@link #randomPairs}), over the records by id. */
  private static double[][] estimateU(RecordSet set, Executor executor) {
    int n = set.size();
    int fields = set.columns.length;
    int[] rank = set.idRank();
    int[] byId = new int[n];
    for (int i = 0; i < n; i++) {
      byId[rank[i]] = i;
    }
    long[] sample = randomPairs(n);
    long[] pairs = new long[sample.length];
    for (int s = 0; s < sample.length; s++) {
      pairs[s] = (long) byId[(int) (sample[s] >>> 32)] << 32 | byId[(int) sample[s]];
    }
    double[][] counts = new double[fields][DedupModel.LEVELS];
    for (int p : patterns(set, pairs, executor)) {
      for (int f = 0; f < fields; f++) {
        int level = p >>> (2 * f) & 3;
        if (level < DedupModel.LEVELS) {
          counts[f][level]++;
        }
      }
    }
    return uFromCounts(set.config, counts);
  }

  /**
   * The random pairs u is estimated from: ten per record, at most a million, as pairs of ranks
   * among the records sorted by id ({@code (long) rankA << 32 | rankB}, never a record with
   * itself). Enough to see levels as rare as one in ten thousand; the priors cover what a small
   * file cannot show. Fixed seeds and a fixed split, so the sample is the same whatever the number
   * of cores or machines.
   */
  static long[] randomPairs(int n) {
    if (n < 2) {
      return new long[0];
    }
    long samples = Math.min(Math.min(1_000_000L, 10L * n), (long) n * (n - 1) / 2);
    int tasks = 8;
    long[] out = new long[(int) samples];
    int k = 0;
    for (int t = 0; t < tasks; t++) {
      SplittableRandom random = new SplittableRandom(0x5EEDL + t);
      for (long s = t; s < samples; s += tasks) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a != b) {
          out[k++] = (long) a << 32 | b;
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** u from each field's level counts among random pairs, the priors as pseudo-counts. */
  static double[][] uFromCounts(DedupConfig config, double[][] counts) {
    int fields = config.fields().size();
    double[][] u = new double[fields][DedupModel.LEVELS];
    for (int f = 0; f < fields; f++) {
      // The prior's pseudo-counts: a level never seen among random pairs is rare, not impossible,
      // and a small input keeps sensible figures.
      double[] prior = Priors.u(config.fields().get(f).type());
      double sum = counts[f][0] + counts[f][1] + counts[f][2] + Priors.U_STRENGTH;
      for (int l = 0; l < DedupModel.LEVELS; l++) {
        u[f][l] = clamp((counts[f][l] + prior[l] * Priors.U_STRENGTH) / sum);
      }
    }
    return u;
  }

  private static void applyFixed(DedupConfig config, double[][] m, double[][] u) {
    for (int f = 0; f < config.fields().size(); f++) {
      DedupConfig.FixedWeights w = config.fixedWeights().get(config.fields().get(f).name());
      if (w == null) {
        continue;
      }
      for (Level l : w.m().keySet()) {
        m[f][l.ordinal()] = clamp(w.m().get(l));
      }
      for (Level l : w.u().keySet()) {
        u[f][l.ordinal()] = clamp(w.u().get(l));
      }
    }
  }

  private static double clamp(double p) {
    return Math.min(1 - CLAMP, Math.max(CLAMP, p));
  }
}
