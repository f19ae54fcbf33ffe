package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The engine's steps one at a time, for a run that spreads them over many machines (the Spark
 * module): each step is the batch run's own code, given a part of the records, so a distributed run
 * decides every pair, estimates the model and forms every cluster as {@link Deduplicator} does.
 *
 * <ol>
 *   <li>{@link #batch()}: records normalised together (one partition); a record's {@linkplain
 *       Batch#key blocking keys}, {@linkplain Batch#sortKey sort key} and {@linkplain
 *       Batch#frequencyValue term-frequency values};
 *   <li>{@link #blockPairs}: the pairs of one block, with the cap and sorted neighbourhood of
 *       blocking;
 *   <li>{@link Batch#pattern}: the comparison pattern of two records; {@link #estimate}: the model
 *       from counts of distinct patterns (u from {@link #randomPairs}, m by EM per training key, λ
 *       by EM over the candidates); {@link Batch#scoring}: a pair's weight and whether it is an
 *       edge of the clustering (accepted, or able to attach a sparse record), term frequencies
 *       counted over all records, or {@link #patternScoring}: the same from a pattern compared
 *       earlier and the first record's counts;
 *   <li>{@link Batch#cluster(long[], double[], double, long[])}: the coherent clustering of one
 *       connected component of the edges, and {@link Batch#golden} its golden records.
 * </ol>
 *
 * <p>Pairs are encoded as in the batch run: {@code (long) a << 32 | b} with {@code a < b}, here of
 * the records' places (the records' order in the whole input or in a batch, as the method says).
 * Instances are immutable and thread-safe; a {@link Batch} is not thread-safe.
 */
public final class DedupEngine {

  /** How many following records each record of a block over the cap is paired with. */
  public static final int WINDOW = Blocking.WINDOW;

  private final DedupConfig config;
  private final ImmutableList<ImmutableList<String>> keys;
  private final List<List<Blocking.Part>> parts;
  private final int blockingKeys;
  private final int[] trainingKeys;

  private DedupEngine(DedupConfig config) {
    this.config = config;
    List<ImmutableList<String>> all = new ArrayList<>(config.blocking());
    this.blockingKeys = all.size();
    List<ImmutableList<String>> training = config.training();
    this.trainingKeys = new int[training.size()];
    for (int t = 0; t < training.size(); t++) {
      int at = all.indexOf(training.get(t));
      if (at < 0) {
        at = all.size();
        all.add(training.get(t));
      }
      trainingKeys[t] = at;
    }
    this.keys = ImmutableList.copyOf(all);
    this.parts = Blocking.parts(config, keys);
  }

  /** The engine of a profile. */
  public static DedupEngine of(DedupConfig config) {
    return new DedupEngine(requireNonNull(config, "config"));
  }

  /** The profile. */
  public DedupConfig config() {
    return config;
  }

  /**
   * The keys pairs are generated for: the profile's blocking keys (whose pairs are the candidates),
   * then its training keys that are not blocking keys too. Each key is its parts.
   */
  public ImmutableList<ImmutableList<String>> keys() {
    return keys;
  }

  /** Whether key {@code k} of {@link #keys} is a blocking key: its pairs are candidates. */
  public boolean isBlocking(int k) {
    return k < blockingKeys;
  }

  /** For each training key of the profile, in its order, its place in {@link #keys}. */
  public int[] trainingKeys() {
    return trainingKeys.clone();
  }

  /**
   * The input column of every field of the profile, in field order: what {@link Batch#add} takes.
   */
  public ImmutableList<String> fieldColumns() {
    return config.fields().stream()
        .map(DedupConfig.Field::column)
        .collect(ImmutableList.toImmutableList());
  }

  /** An empty batch of records to normalise. */
  public Batch batch() {
    return new Batch(new RecordSet(config, Runnable::run));
  }

  /**
   * Weighs comparison patterns under a model where the records are not at hand: a distributed run
   * compares each pair once ({@link Batch#pattern}, {@link Batch#forbidden}) and weighs the
   * patterns later, with the first record's term-frequency counts, exactly as {@link Batch#scoring}
   * weighs them.
   *
   * @param totals per field, how many records of the whole input have a value
   */
  public PatternScoring patternScoring(DedupModel model, int[] totals) {
    requireNonNull(model, "model");
    List<Map<String, Integer>> none = new ArrayList<>();
    for (int f = 0; f < config.fields().size(); f++) {
      none.add(Map.of());
    }
    return new PatternScoring(batch().scoring(model, none, totals));
  }

  /**
   * A model's weights of comparison patterns, for pairs compared elsewhere; see {@link
   * #patternScoring}. Thread-safe: it reads only the model.
   */
  public static final class PatternScoring {

    private final Scoring scoring;

    private PatternScoring(Scoring scoring) {
      this.scoring = scoring;
    }

    /** The summed field weight a pair needs to be accepted. */
    public double threshold() {
      return scoring.threshold();
    }

    /**
     * The summed field weight of a pair with this pattern.
     *
     * @param counts per field, how many records of the whole input hold the pair's first record's
     *     value ({@link Batch#frequencyValue}); 0 when it has none; read for term-frequency fields
     */
    public double weight(int pattern, int[] counts) {
      return scoring.scorer.weight(pattern, counts);
    }

    /**
     * The weight of the pair when the model accepts it, as {@link Scoring#accepted} decides: at or
     * above the threshold and not forbidden; empty otherwise.
     */
    public OptionalDouble accepted(int pattern, int[] counts, boolean forbidden) {
      double w = weight(pattern, counts);
      return w >= threshold() && !forbidden ? OptionalDouble.of(w) : OptionalDouble.empty();
    }

    /**
     * The weight of the pair when it is an edge of the clustering, as {@link Scoring#edge} decides:
     * accepted, or able to attach a cluster of sparse records; empty otherwise.
     */
    public OptionalDouble edge(int pattern, int[] counts, boolean forbidden) {
      double w = scoring.scorer.edge(weight(pattern, counts), pattern, forbidden);
      return Double.isNaN(w) ? OptionalDouble.empty() : OptionalDouble.of(w);
    }
  }

  /** Receives the pairs of a block. */
  @FunctionalInterface
  public interface PairSink {
    /** One pair, {@code a} and {@code b} being the places the block's members were given with. */
    void pair(int a, int b);
  }

  /**
   * The pairs of one block of one key, as blocking makes them: every pair when the block holds no
   * more records than the profile's cap, else each record with the next {@link #WINDOW} in the
   * order of their sort keys (a sorted neighbourhood). Does not depend on the members' order.
   *
   * @param sortKeys the members' {@link Batch#sortKey}s, read only for a block over the cap
   * @param sink receives each pair of member places once
   * @return whether the block was over the cap
   */
  public boolean blockPairs(
      int size, java.util.function.IntFunction<String> sortKeys, PairSink sink) {
    requireNonNull(sortKeys, "sortKeys");
    requireNonNull(sink, "sink");
    if (size > config.maxBlockSize()) {
      String[] keys = new String[size];
      for (int i = 0; i < size; i++) {
        keys[i] = sortKeys.apply(i);
      }
      int[] sorted = Blocking.neighbourhoodOrder(keys);
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j <= i + WINDOW && j < size; j++) {
          sink.pair(sorted[i], sorted[j]);
        }
      }
      return true;
    }
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        sink.pair(i, j);
      }
    }
    return false;
  }

  /**
   * The random pairs u is estimated from, for {@code n} records: pairs of ranks among the records
   * sorted by id ({@link String#compareTo}), {@code (long) rankA << 32 | rankB}; a pair may repeat
   * and each counts. The same for the same {@code n} on every machine.
   */
  public static long[] randomPairs(int n) {
    return Deduplicator.randomPairs(n);
  }

  /**
   * The model estimated as the batch run estimates it, from counts of distinct comparison patterns
   * (Splink's way: EM costs nothing once the pairs are counted). Its term frequencies are counted
   * later ({@link Batch#scoring}); {@link DedupModel#toJson} shows it.
   *
   * @param random patterns of the {@link #randomPairs} and how often each occurs
   * @param training per training key of the profile (in order), the patterns of the distinct pairs
   *     it brings together and how often each occurs
   * @param candidates the patterns of the distinct candidate pairs and how often each occurs
   * @param records how many records
   */
  public DedupModel estimate(
      Map<Integer, Long> random,
      List<Map<Integer, Long>> training,
      Map<Integer, Long> candidates,
      long records) {
    requireNonNull(random, "random");
    requireNonNull(training, "training");
    requireNonNull(candidates, "candidates");
    if (training.size() != trainingKeys.length) {
      throw new IllegalArgumentException(
          "expected patterns for "
              + trainingKeys.length
              + " training keys, got "
              + training.size());
    }
    int fields = config.fields().size();
    double[][] counts = new double[fields][DedupModel.LEVELS];
    random.forEach(
        (pattern, count) -> {
          for (int f = 0; f < fields; f++) {
            int level = (pattern >>> (2 * f)) & 3;
            if (level < DedupModel.LEVELS) {
              counts[f][level] += count;
            }
          }
        });
    double[][] u = Deduplicator.uFromCounts(config, counts);
    List<Deduplicator.TrainingKey> trained = new ArrayList<>();
    for (int t = 0; t < trainingKeys.length; t++) {
      int masked = Deduplicator.mask(parts.get(trainingKeys[t]));
      // Masking can make two patterns one: counted together, as the batch run's histogram does.
      java.util.TreeMap<Integer, Long> local = new java.util.TreeMap<>();
      training.get(t).forEach((pattern, count) -> local.merge(pattern | masked, count, Long::sum));
      trained.add(new Deduplicator.TrainingKey(masked, histogram(local)));
    }
    return Deduplicator.estimate(
        config, u, trained, histogram(new java.util.TreeMap<>(candidates)), records);
  }

  /** A histogram in the batch run's order of patterns (as ints, ascending). */
  private static Deduplicator.Histogram histogram(java.util.TreeMap<Integer, Long> counts) {
    int[] keys = new int[counts.size()];
    long[] n = new long[counts.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      keys[i] = e.getKey();
      n[i++] = e.getValue();
    }
    return new Deduplicator.Histogram(keys, n);
  }

  /**
   * Records normalised together: a partition, the records of some pairs, or one connected
   * component. Record {@code i} is the {@code i}-th added; add them in input order where order
   * matters (a component's records, for clustering and golden records).
   */
  public final class Batch {

    private final RecordSet set;

    private Batch(RecordSet set) {
      this.set = set;
    }

    /**
     * Normalises and adds a record.
     *
     * @param values its raw values in the order of {@link #fieldColumns} ({@code ""}: empty)
     * @return its place in the batch
     */
    public int add(String id, String source, List<String> values) {
      requireNonNull(id, "id");
      requireNonNull(source, "source");
      if (values.size() != set.columns.length) {
        throw new IllegalArgumentException(
            "expected " + set.columns.length + " values, got " + values.size());
      }
      return set.add(id, source, values.toArray(String[]::new));
    }

    /** How many records. */
    public int size() {
      return set.size();
    }

    /** The id of record {@code r}. */
    public String id(int r) {
      return set.id(r);
    }

    /** The records as a record set (for {@link Explanation}s and tests). */
    public RecordSet records() {
      return set;
    }

    /** Record {@code r}'s key for key {@code k} of {@link #keys}; empty when a part is empty. */
    public Optional<String> key(int k, int r) {
      return Optional.ofNullable(Blocking.key(set, parts.get(k), r));
    }

    /** The order of record {@code r} in a block over the cap. */
    public String sortKey(int r) {
      return Blocking.sortKey(set, r);
    }

    /**
     * The value of field {@code f} of record {@code r} that term frequencies count, when the field
     * is adjusted and the record has one: count these over all records for {@link #scoring}.
     */
    public Optional<String> frequencyValue(int f, int r) {
      Column c = set.columns[f];
      if (!c.field.termFrequency()) {
        return Optional.empty();
      }
      String v = c.value(r);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The comparison pattern of two records: two bits per field, the level of each. */
    public int pattern(int a, int b) {
      return Scorer.pattern(set.columns, a, b);
    }

    /** Whether a hard rule forbids two records to match. */
    public boolean forbidden(int a, int b) {
      return Scorer.forbidden(set.columns, a, b);
    }

    /**
     * Scores pairs of this batch under a model, with term frequencies counted over all records.
     *
     * @param counts per field, how many records of the whole input hold each value ({@link
     *     #frequencyValue}); at least the values of this batch; ignored for fields not adjusted
     * @param totals per field, how many records of the whole input have a value
     */
    public Scoring scoring(DedupModel model, List<Map<String, Integer>> counts, int[] totals) {
      requireNonNull(model, "model");
      if (!model.config().name().equals(config.name())) {
        throw new IllegalArgumentException("the model is for another profile");
      }
      if (counts.size() != set.columns.length || totals.length != set.columns.length) {
        throw new IllegalArgumentException("expected counts and totals for every field");
      }
      return new Scoring(new Scorer(set, model.withCounts(counts, totals)));
    }

    /**
     * Clusters this batch, one connected component of accepted pairs whose records were added in
     * input order, as the batch run does: accepted pairs joined strongest first (ties by record id)
     * unless a record of one side contradicts one of the other; a pair people decided to be one has
     * weight {@link Double#POSITIVE_INFINITY} and joins against the evidence.
     *
     * @param pairs accepted pairs of batch places, encoded {@code (long) a << 32 | b}, {@code a <
     *     b}
     * @param weights their match weights
     * @param cannotLink pairs (encoded alike) people decided to be different residents
     * @return the place of the record naming each record's cluster (the smallest id in it)
     */
    public int[] cluster(long[] pairs, double[] weights, long[] cannotLink) {
      return cluster(pairs, weights, Double.NEGATIVE_INFINITY, cannotLink);
    }

    /**
     * Clusters this batch, one connected component of the clustering's edges ({@link
     * Scoring#edge}), as the batch run does: the pairs at or above {@code threshold} are accepted
     * and clustered as {@link #cluster(long[], double[], long[])} does; then each cluster whose
     * records are all sparse (no name, or nothing but one) joins the one cluster its edges point to
     * far more strongly than to any other, unless a record contradicts it or people decided
     * otherwise.
     *
     * @param pairs edges of batch places, encoded {@code (long) a << 32 | b}, {@code a < b}
     * @param weights their match weights ({@link Double#POSITIVE_INFINITY} for a pair people
     *     decided to be one)
     * @param threshold the weight a pair needs to be accepted ({@link Scoring#threshold})
     * @param cannotLink pairs (encoded alike) people decided to be different residents
     * @return the place of the record naming each record's cluster (the smallest id in it)
     */
    public int[] cluster(long[] pairs, double[] weights, double threshold, long[] cannotLink) {
      if (pairs.length != weights.length) {
        throw new IllegalArgumentException("expected a weight per pair");
      }
      return Clustering.cluster(
          set.size(),
          pairs.clone(),
          weights.clone(),
          threshold,
          set.idRank(),
          Coherence.of(set),
          r -> r,
          cannotLink.clone());
    }

    /**
     * The golden records of this batch's clusters (from {@link #cluster}), in the order of each
     * cluster's first record, with provenance.
     */
    public ImmutableList<GoldenRecord> golden(int[] roots, DedupModel model) {
      requireNonNull(model, "model");
      if (roots.length != set.size()) {
        throw new IllegalArgumentException("expected a root per record");
      }
      DedupResult result =
          new DedupResult(
              set,
              model,
              roots.clone(),
              new BlockingStats(set.size(), 0, 0, 0, 0),
              new long[0],
              new long[0],
              new double[0],
              Map.of());
      return GoldenRecord.of(result);
    }
  }

  /** Pairs of one batch scored under one model; not thread-safe. */
  public static final class Scoring {

    private final Scorer scorer;

    private Scoring(Scorer scorer) {
      this.scorer = scorer;
    }

    /** The summed field weight a pair needs to be accepted. */
    public double threshold() {
      return scorer.threshold();
    }

    /** The summed field weight of two records of the batch whose pattern is {@code pattern}. */
    public double weight(int a, int b, int pattern) {
      return scorer.weight(a, b, pattern);
    }

    /**
     * The weight of a pair when the model accepts it (at or above the threshold and no hard rule
     * against it), as the batch run decides; empty otherwise.
     */
    public OptionalDouble accepted(int a, int b, int pattern) {
      double w = scorer.weight(a, b, pattern);
      return w >= scorer.threshold() && !scorer.forbidden(a, b)
          ? OptionalDouble.of(w)
          : OptionalDouble.empty();
    }

    /**
     * The weight of a pair when it is an edge of the clustering, as the batch run decides: when the
     * model accepts it, or when it may attach a cluster of sparse records to another (every name
     * field missing, or every other field, no hard rule against it, match probability 0.01 or
     * more); empty otherwise. Edges below the {@link #threshold} go to {@link Batch#cluster(long[],
     * double[], double, long[])} with the accepted ones.
     */
    public OptionalDouble edge(int a, int b, int pattern) {
      double w = scorer.edge(a, b, pattern);
      return Double.isNaN(w) ? OptionalDouble.empty() : OptionalDouble.of(w);
    }
  }
}
