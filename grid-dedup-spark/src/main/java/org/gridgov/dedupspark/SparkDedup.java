package org.gridgov.dedupspark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.Masking;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.dedup.Decisions;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupEngine;
import org.gridgov.dedup.DedupModel;
import org.gridgov.dedup.DedupResult;
import org.gridgov.dedup.Evaluation;
import org.gridgov.dedup.GoldenRecord;
import org.jspecify.annotations.Nullable;

/**
 * One deduplication run on Spark: the batch run's steps, each on the executors through {@link
 * DedupEngine}.
 *
 * <ol>
 *   <li>The records numbered in input order and normalised a partition at a time; each record's
 *       blocking keys, sort key and term-frequency values as columns.
 *   <li>Blocks by grouping on (key, value); each block's pairs with the engine's cap and sorted
 *       neighbourhood; the candidates are the distinct pairs of the blocking keys.
 *   <li>Comparison patterns of pairs, and whether a hard rule forbids them, computed once where the
 *       pairs are, both records joined to them.
 *   <li>The model: read ({@code --model}) or estimated as the engine estimates it, from counts of
 *       distinct patterns (random pairs for u, each training key's pairs for m, all candidates for
 *       λ); only the counts reach the driver.
 *   <li>The candidates' patterns weighed with term frequencies counted over all records (no record
 *       is normalised again: a weight needs only the pattern and the first record's counts);
 *       accepted pairs, the pairs that may attach a sparse record ({@link
 *       DedupEngine.PatternScoring#edge}) and people's decisions are the edges of a graph whose
 *       connected components are found on the cluster (minimum-label propagation with pointer
 *       jumping).
 *   <li>Each component clustered by the engine's coherent clustering on an executor, clusters of
 *       sparse records attached as the batch run attaches them, with its golden records.
 * </ol>
 *
 * <p>Records are numbered by their place in the input; a pair is {@code (long) a << 32 | b} of
 * those numbers, {@code a < b}, as in the batch run, so every tie is broken alike.
 */
final class SparkDedup {

  /** What a run did. */
  record Summary(
      long records,
      long clusters,
      long candidatePairs,
      long acceptedPairs,
      String modelJson,
      int componentRounds) {}

  private final SparkSession spark;
  private final ConfigSource source;
  private final DedupConfig config;
  private final DedupEngine engine;
  private final PrintStream err;

  SparkDedup(SparkSession spark, ConfigSource source, PrintStream err) {
    this.spark = spark;
    this.source = source;
    this.engine = source.engine();
    this.config = engine.config();
    this.err = err;
  }

  private static final StructType RECORDS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("ord", DataTypes.IntegerType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField(
                "vals", DataTypes.createArrayType(DataTypes.StringType, false), false)
          });

  private static final StructType NORMALISED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("ord", DataTypes.IntegerType, false),
            DataTypes.createStructField(
                "keys", DataTypes.createArrayType(DataTypes.StringType, true), false),
            DataTypes.createStructField("sortKey", DataTypes.StringType, false),
            DataTypes.createStructField(
                "tf", DataTypes.createArrayType(DataTypes.StringType, true), false)
          });

  private static final StructType KEY_PAIRS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("k", DataTypes.IntegerType, false),
            DataTypes.createStructField("pair", DataTypes.LongType, false)
          });

  private static final StructType COMPARED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("pair", DataTypes.LongType, false),
            DataTypes.createStructField("pattern", DataTypes.IntegerType, false),
            DataTypes.createStructField("forbidden", DataTypes.BooleanType, false)
          });

  private static final StructType SCORED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("pair", DataTypes.LongType, false),
            DataTypes.createStructField("w", DataTypes.DoubleType, true)
          });

  private static final StructType CLUSTERED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("ord", DataTypes.IntegerType, false),
            DataTypes.createStructField("record_id", DataTypes.StringType, false),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
            DataTypes.createStructField(
                "golden", DataTypes.createArrayType(DataTypes.StringType, false), true)
          });

  /** Runs the whole job: reads, deduplicates, writes, and prints figures on stderr. */
  Summary run(Options o, PrintStream out) {
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    try {
      return run(o, out, meter);
    } finally {
      spark.sparkContext().removeSparkListener(meter);
    }
  }

  private Summary run(Options o, PrintStream out, ShuffleMeter meter) {
    long started = System.nanoTime();
    Decisions decided = o.decisions().map(Decisions::read).orElse(Decisions.none());
    String fixedModel =
        o.model()
            .map(f -> TextFiles.readString(f, "the dedup model", StrictJson.MAX_DOCUMENT_CHARS))
            .orElse("");
    if (!fixedModel.isEmpty()) {
      try {
        DedupModel.fromJson(fixedModel, config); // refused here, before any work
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "cannot use the model " + o.model().orElseThrow(), e.problems());
      }
    }
    Map<String, String> truth = o.truth().map(Evaluation::readTruth).orElse(Map.of());
    Dataset<Row> records = read(o.input(), o.partitions());
    records.persist(StorageLevel.MEMORY_AND_DISK());
    long n = records.count();
    checkIds(records, o.input());
    progress("read %,d records (%.1f s)", n, seconds(started));
    Dataset<Row> clustered;
    String modelJson;
    long candidates;
    long accepted;
    int rounds;
    Dataset<Row> normalised = normalise(records);
    normalised.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> keyPairs = keyPairs(normalised);
    keyPairs.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> candidatePairs =
        keyPairs.where(col("k").lt(blockingKeys())).select("pair").distinct();
    candidatePairs.persist(StorageLevel.MEMORY_AND_DISK());
    candidates = candidatePairs.count();
    progress("blocking: %,d candidate pairs (%.1f s)", candidates, seconds(started));
    // Every pair is compared once: when estimating, the pairs of all keys (training keys too),
    // whose patterns both the model and the scoring use; otherwise the candidates only.
    Dataset<Row> compared;
    Dataset<Row> candidatePatterns;
    if (fixedModel.isEmpty()) {
      compared = compare(keyPairs.select("pair").distinct(), records);
      compared.persist(StorageLevel.MEMORY_AND_DISK());
      modelJson = estimate(records, keyPairs, candidatePairs, compared, n).toJson();
      progress("estimated the model (%.1f s)", seconds(started));
      candidatePatterns = candidatePairs.join(compared, "pair");
    } else {
      modelJson = fixedModel;
      compared = compare(candidatePairs, records);
      candidatePatterns = compared;
    }
    Dataset<Row> scored =
        weigh(candidatePatterns, termFrequencies(normalised), modelJson, totals(normalised));
    Dataset<Row> edges =
        scored
            .where(col("w").isNotNull())
            .select(
                shiftright(col("pair"), 32).cast("int").as("a"),
                col("pair").bitwiseAND(lit(0xFFFFFFFFL)).cast("int").as("b"),
                col("w"));
    edges = withDecisions(edges, records, decided);
    edges.persist(StorageLevel.MEMORY_AND_DISK());
    // Edges below the threshold only attach sparse records: not accepted pairs.
    double threshold = threshold(source, modelJson);
    accepted = edges.where(col("w").geq(threshold)).count();
    progress("scoring: %,d pairs accepted (%.1f s)", accepted, seconds(started));
    Components cc = components(edges.where(col("w").gt(Double.NEGATIVE_INFINITY)));
    rounds = cc.rounds();
    progress("connected components in %d rounds (%.1f s)", cc.rounds(), seconds(started));
    clustered =
        cluster(
            records, edges, cc.labels(), modelJson, threshold, o.golden().isPresent(), o.reveal());
    clustered.persist(StorageLevel.MEMORY_AND_DISK());
    long clusters = clustered.where(col("record_id").equalTo(col("cluster_id"))).count();
    progress("clustering: %,d clusters (%.1f s)", clusters, seconds(started));
    write(o, clustered, modelJson);
    progress(
        "wrote the outputs (%.1f s); shuffles wrote %,d MB, %,d MB spilled to disk",
        seconds(started), meter.shuffleWritten() >> 20, meter.spilled() >> 20);
    Summary summary = new Summary(n, clusters, candidates, accepted, modelJson, rounds);
    out.printf(
        Locale.ROOT,
        "%,d records in %,d clusters (%,d candidate pairs, %,d accepted) in %.1f s; wrote %s%n",
        n,
        clusters,
        candidates,
        accepted,
        seconds(started),
        o.output());
    if (o.truth().isPresent()) {
      Scores s = Scores.of(clustered.select("record_id", "cluster_id"), truth, spark);
      if (s.scored() < n || s.scored() < truth.size()) {
        err.printf(
            Locale.ROOT,
            "warning: %s names %,d of the %,d input records; only those are scored"
                + " (%,d of its record ids are not in the input)%n",
            o.truth().orElseThrow(),
            s.scored(),
            n,
            truth.size() - s.scored());
      }
      out.printf(
          Locale.ROOT,
          "precision %.4f recall %.4f F1 %.4f (pairwise); B-cubed precision %.4f recall %.4f F1"
              + " %.4f%n",
          s.precision(),
          s.recall(),
          s.f1(),
          s.bcubedPrecision(),
          s.bcubedRecall(),
          s.bcubedF1());
    }
    for (Dataset<Row> d :
        List.of(
            records,
            normalised,
            keyPairs,
            candidatePairs,
            compared,
            edges,
            clustered,
            cc.labels())) {
      d.unpersist();
    }
    return summary;
  }

  private void progress(String format, Object... args) {
    err.println("grid-dedup-spark: " + String.format(Locale.ROOT, format, args));
    err.flush();
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private int blockingKeys() {
    return config.blocking().size();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** The records numbered in input order: ord, id, source, the fields' raw values. */
  Dataset<Row> read(String input, int partitions) {
    Dataset<Row> raw;
    boolean parquet = Options.parquet(input);
    if (!input.contains("://") && !Files.exists(Path.of(input))) {
      throw new InvalidInputException(
          "cannot read the records " + input, List.of(Problem.of(input, "no such file")));
    }
    if (parquet) {
      raw = spark.read().parquet(input);
    } else {
      boolean trim = config.trimValues();
      raw =
          spark
              .read()
              .option("header", "true")
              .option("inferSchema", "false")
              .option("mode", "FAILFAST")
              .option("escape", "\"")
              .option("encoding", "UTF-8")
              .option("ignoreLeadingWhiteSpace", Boolean.toString(trim))
              .option("ignoreTrailingWhiteSpace", Boolean.toString(trim))
              .csv(input);
    }
    List<String> header = config.header();
    List<String> columns = List.of(raw.columns());
    if (parquet ? !columns.containsAll(header) : !columns.equals(header)) {
      throw new InvalidInputException(
          "cannot read the records " + input + " in the " + config.name() + " layout",
          List.of(
              Problem.of(
                  input,
                  (parquet ? "expected the columns " : "expected the header ")
                      + String.join(",", header)
                      + ", found "
                      + String.join(",", columns))));
    }
    int idAt = columns.indexOf(config.recordIdColumn());
    int sourceAt = config.sourceColumn().map(columns::indexOf).orElse(-1);
    List<String> fields = engine.fieldColumns();
    int[] at = new int[fields.size()];
    for (int f = 0; f < at.length; f++) {
      at[f] = columns.indexOf(fields.get(f));
    }
    Dataset<Row> strings = raw;
    if (parquet) {
      Column[] cast = new Column[columns.size()];
      for (int i = 0; i < cast.length; i++) {
        cast[i] = col("`" + columns.get(i) + "`").cast("string");
      }
      strings = raw.select(cast);
    }
    JavaRDD<Row> rows = strings.javaRDD();
    if (partitions > 0 && rows.getNumPartitions() != partitions) {
      // Splitting the file, or merging its parts, before numbering keeps the input order.
      rows = partitions > rows.getNumPartitions() ? rows : rows.coalesce(partitions);
    }
    JavaRDD<Row> numbered =
        rows.zipWithIndex()
            .map(
                t -> {
                  Row r = t._1();
                  List<String> values = new ArrayList<>(at.length);
                  for (int f : at) {
                    values.add(text(r, f));
                  }
                  return RowFactory.create(
                      Math.toIntExact(t._2()),
                      text(r, idAt),
                      sourceAt < 0 ? "" : text(r, sourceAt),
                      seq(values));
                });
    Dataset<Row> out = spark.createDataFrame(numbered, RECORDS);
    // A file smaller than Spark's split size is one partition: spread it, so that normalising
    // uses every core (the numbers travel with the records).
    int target = partitions > 0 ? partitions : 2 * spark.sparkContext().defaultParallelism();
    if (target > out.rdd().getNumPartitions()) {
      out = out.repartition(target);
    }
    return out;
  }

  /** A list as the rows of a Dataset hold an array: a Scala sequence. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static String text(Row r, int i) {
    Object v = r.isNullAt(i) ? null : r.get(i);
    return v == null ? "" : v.toString();
  }

  /** Every record id present and distinct: the batch run's rule, checked on the cluster. */
  private void checkIds(Dataset<Row> records, String input) {
    List<Problem> problems = new ArrayList<>();
    for (Row r :
        records
            .where(org.apache.spark.sql.functions.trim(col("id")).equalTo(""))
            .select("ord")
            .orderBy("ord")
            .limit(20)
            .collectAsList()) {
      problems.add(Problem.of("record " + (r.getInt(0) + 1), "the record id is empty"));
    }
    for (Row r :
        records
            .groupBy("id")
            .agg(count(lit(1)).as("n"), min("ord").as("first"), max("ord").as("last"))
            .where(col("n").gt(1).and(col("id").notEqual("")))
            .orderBy("first")
            .limit(20)
            .collectAsList()) {
      problems.add(
          Problem.of(
              "record " + Masking.scrub(r.getString(0)),
              "the id is used "
                  + r.getLong(1)
                  + " times, first by record "
                  + (r.getInt(2) + 1)
                  + ", last by record "
                  + (r.getInt(3) + 1)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "cannot read the records " + input + " in the " + config.name() + " layout", problems);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Normalising and blocking

  /** Per record: its key for every key of the engine, its sort key, its term-frequency values. */
  Dataset<Row> normalise(Dataset<Row> records) {
    ConfigSource s = source;
    return records.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              DedupEngine e = s.engine();
              DedupEngine.Batch batch = e.batch();
              List<Integer> ords = new ArrayList<>();
              while (rows.hasNext()) {
                Row r = rows.next();
                ords.add(r.getInt(0));
                batch.add(r.getString(1), r.getString(2), r.getList(3));
              }
              int keys = e.keys().size();
              int fields = e.config().fields().size();
              List<Row> out = new ArrayList<>(ords.size());
              for (int i = 0; i < ords.size(); i++) {
                List<@Nullable String> k = new ArrayList<>(keys);
                for (int key = 0; key < keys; key++) {
                  k.add(batch.key(key, i).orElse(null));
                }
                List<@Nullable String> tf = new ArrayList<>(fields);
                for (int f = 0; f < fields; f++) {
                  tf.add(batch.frequencyValue(f, i).orElse(null));
                }
                out.add(RowFactory.create(ords.get(i), seq(k), batch.sortKey(i), seq(tf)));
              }
              return out.iterator();
            },
        Encoders.row(NORMALISED));
  }

  /**
   * The distinct pairs of every key of the engine: (key, pair). Blocks of at most the cap are
   * paired from their record numbers alone; the records of a block over the cap bring their sort
   * keys, for the sorted neighbourhood.
   */
  Dataset<Row> keyPairs(Dataset<Row> normalised) {
    int cap = config.maxBlockSize();
    Dataset<Row> keyed =
        normalised
            .select(col("ord"), posexplode(col("keys")).as(new String[] {"k", "key"}))
            .where(col("key").isNotNull());
    Dataset<Row> blocks =
        keyed
            .groupBy("k", "key")
            .agg(collect_list(col("ord")).as("m"))
            .where(size(col("m")).geq(2));
    blocks.persist(StorageLevel.MEMORY_AND_DISK());
    ConfigSource s = source;
    Dataset<Row> small =
        blocks
            .where(size(col("m")).leq(cap))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    row -> {
                      int k = row.getInt(0);
                      List<Integer> m = row.getList(2);
                      List<Row> out = new ArrayList<>();
                      s.engine()
                          .blockPairs(
                              m.size(),
                              i -> {
                                throw new IllegalStateException("a block within the cap");
                              },
                              (x, y) -> out.add(RowFactory.create(k, pair(m.get(x), m.get(y)))));
                      return out.iterator();
                    },
                Encoders.row(KEY_PAIRS));
    Dataset<Row> big =
        blocks
            .where(size(col("m")).gt(cap))
            .select(col("k"), col("key"), explode(col("m")).as("ord"))
            .join(normalised.select("ord", "sortKey"), "ord")
            .groupBy("k", "key")
            .agg(collect_list(struct(col("ord"), col("sortKey"))).as("m"))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    row -> {
                      int k = row.getInt(0);
                      List<Row> m = row.getList(2);
                      List<Row> out = new ArrayList<>();
                      s.engine()
                          .blockPairs(
                              m.size(),
                              i -> m.get(i).getString(1),
                              (x, y) ->
                                  out.add(
                                      RowFactory.create(
                                          k, pair(m.get(x).getInt(0), m.get(y).getInt(0)))));
                      return out.iterator();
                    },
                Encoders.row(KEY_PAIRS));
    return small.union(big).distinct();
  }

  static long pair(int a, int b) {
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  // ---------------------------------------------------------------------------------------------
  // Comparing, estimating, scoring

  /**
   * Per record with a term-frequency value: {@code ord} and {@code tfc}, a map from field to how
   * many records of the input hold its value of that field.
   */
  private Dataset<Row> termFrequencies(Dataset<Row> normalised) {
    Dataset<Row> values =
        normalised
            .select(col("ord"), posexplode(col("tf")).as(new String[] {"f", "v"}))
            .where(col("v").isNotNull());
    Dataset<Row> counts = values.groupBy("f", "v").agg(count(lit(1)).as("c"));
    Dataset<Row> perRecord =
        values
            .join(counts, new String[] {"f", "v"}, "inner")
            .groupBy("ord")
            .agg(map_from_entries(collect_list(struct(col("f"), col("c")))).as("tfc"));
    return perRecord;
  }

  /** Per field, how many records have a term-frequency value. */
  private int[] totals(Dataset<Row> normalised) {
    int[] totals = new int[config.fields().size()];
    for (Row r :
        normalised
            .select(posexplode(col("tf")).as(new String[] {"f", "v"}))
            .where(col("v").isNotNull())
            .groupBy("f")
            .agg(count(lit(1)).as("c"))
            .collectAsList()) {
      totals[r.getInt(0)] = Math.toIntExact(r.getLong(1));
    }
    return totals;
  }

  /**
   * Compares pairs: both records joined to each pair and normalised together where the pairs are;
   * the pair's pattern and whether a hard rule forbids it.
   *
   * @param toCompare the pairs: a column {@code pair}, {@code (long) a << 32 | b}, and optionally
   *     columns {@code a} and {@code b} (record numbers, in that order) when {@code pair} is a
   *     sample's index
   */
  Dataset<Row> compare(Dataset<Row> toCompare, Dataset<Row> records) {
    Dataset<Row> ab =
        List.of(toCompare.columns()).contains("a")
            ? toCompare
            : toCompare.select(
                col("pair"),
                shiftright(col("pair"), 32).cast("int").as("a"),
                col("pair").bitwiseAND(lit(0xFFFFFFFFL)).cast("int").as("b"));
    Dataset<Row> left =
        records.select(
            col("ord").as("a"),
            col("id").as("aId"),
            col("source").as("aSource"),
            col("vals").as("aVals"));
    Dataset<Row> right =
        records.select(
            col("ord").as("b"),
            col("id").as("bId"),
            col("source").as("bSource"),
            col("vals").as("bVals"));
    Dataset<Row> joined = ab.join(left, "a").join(right, "b");
    ConfigSource s = source;
    return joined
        .select("pair", "a", "aId", "aSource", "aVals", "b", "bId", "bSource", "bVals")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>) rows -> compareAll(s, rows), Encoders.row(COMPARED));
  }

  private static Iterator<Row> compareAll(ConfigSource s, Iterator<Row> rows) {
    DedupEngine.Batch batch = s.engine().batch();
    Map<Integer, Integer> local = new HashMap<>();
    List<long[]> todo = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      int a = place(batch, local, r.getInt(1), r.getString(2), r.getString(3), r.getList(4));
      int b = place(batch, local, r.getInt(5), r.getString(6), r.getString(7), r.getList(8));
      todo.add(new long[] {r.getLong(0), a, b});
    }
    List<Row> out = new ArrayList<>(todo.size());
    for (long[] t : todo) {
      int a = (int) t[1];
      int b = (int) t[2];
      out.add(RowFactory.create(t[0], batch.pattern(a, b), batch.forbidden(a, b)));
    }
    return out.iterator();
  }

  /**
   * Weighs compared pairs under the model, each with its first record's term-frequency counts
   * (counted over all records, as the batch run counts them): the weight of each pair the model
   * accepts, null for the others.
   *
   * @param compared {@code pair}, {@code pattern} and {@code forbidden}, as {@link #compare} gives
   * @param counts {@code ord} and {@code tfc} of the records with term-frequency values
   */
  private Dataset<Row> weigh(
      Dataset<Row> compared, Dataset<Row> counts, String modelJson, int[] totals) {
    Dataset<Row> withCounts =
        compared
            .select(
                col("pair"),
                shiftright(col("pair"), 32).cast("int").as("a"),
                col("pattern"),
                col("forbidden"))
            .join(counts.withColumnRenamed("ord", "a"), new String[] {"a"}, "left")
            .select("pair", "pattern", "forbidden", "tfc");
    ConfigSource s = source;
    return withCounts.mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> weighAll(s, rows, modelJson, totals),
        Encoders.row(SCORED));
  }

  /** The summed field weight a pair needs to be accepted under the model. */
  private static double threshold(ConfigSource s, String modelJson) {
    return s.engine()
        .patternScoring(s.model(modelJson), new int[s.config().fields().size()])
        .threshold();
  }

  private static Iterator<Row> weighAll(
      ConfigSource s, Iterator<Row> rows, String modelJson, int[] totals) {
    DedupEngine.PatternScoring scoring = s.engine().patternScoring(s.model(modelJson), totals);
    int[] counts = new int[totals.length];
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        Arrays.fill(counts, 0);
        if (!r.isNullAt(3)) {
          Map<Integer, Long> tf = r.getJavaMap(3);
          tf.forEach((f, c) -> counts[f] = Math.toIntExact(c));
        }
        OptionalDouble w = scoring.edge(r.getInt(1), counts, r.getBoolean(2));
        return RowFactory.create(r.getLong(0), w.isPresent() ? w.getAsDouble() : null);
      }
    };
  }

  private static int place(
      DedupEngine.Batch batch,
      Map<Integer, Integer> local,
      int ord,
      String id,
      String source,
      List<String> values) {
    Integer at = local.get(ord);
    if (at == null) {
      at = batch.add(id, source, values);
      local.put(ord, at);
    }
    return at;
  }

  /**
   * The model estimated as the batch run estimates it: u from the engine's random pairs (by rank of
   * id), m by EM per training key over its pairs' patterns, λ by EM over the candidates' patterns.
   */
  private DedupModel estimate(
      Dataset<Row> records,
      Dataset<Row> keyPairs,
      Dataset<Row> candidatePairs,
      Dataset<Row> compared,
      long n) {
    // Ranks among the records sorted by id, as Java orders strings (String.compareTo).
    JavaRDD<Row> byId =
        records
            .select("ord", "id")
            .javaRDD()
            .sortBy(r -> r.getString(1), true, Math.max(1, records.rdd().getNumPartitions()));
    Dataset<Row> ranks =
        spark.createDataFrame(
            byId.zipWithIndex().map(t -> RowFactory.create(t._1().getInt(0), t._2())),
            new StructType(
                new StructField[] {
                  DataTypes.createStructField("ord", DataTypes.IntegerType, false),
                  DataTypes.createStructField("rank", DataTypes.LongType, false)
                }));
    long[] sample = DedupEngine.randomPairs(Math.toIntExact(n));
    org.apache.spark.broadcast.Broadcast<long[]> shared =
        new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).broadcast(sample);
    Dataset<Row> samples =
        spark
            .range(sample.length)
            .toDF("pair")
            .map(
                (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                    r -> {
                      long p = shared.value()[(int) r.getLong(0)];
                      return RowFactory.create(r.getLong(0), p >>> 32, p & 0xFFFFFFFFL);
                    },
                Encoders.row(
                    new StructType(
                        new StructField[] {
                          DataTypes.createStructField("pair", DataTypes.LongType, false),
                          DataTypes.createStructField("ra", DataTypes.LongType, false),
                          DataTypes.createStructField("rb", DataTypes.LongType, false)
                        })));
    Dataset<Row> sampled =
        samples
            .join(ranks.select(col("ord").as("a"), col("rank").as("ra")), "ra")
            .join(ranks.select(col("ord").as("b"), col("rank").as("rb")), "rb")
            .select("pair", "a", "b");
    Map<Integer, Long> random = histogram(compare(sampled, records));
    Dataset<Row> patterns = compared.select("pair", "pattern");
    int[] training = engine.trainingKeys();
    List<Map<Integer, Long>> perKey = new ArrayList<>();
    Map<Integer, Map<Integer, Long>> byKey = new HashMap<>();
    for (Row r :
        keyPairs
            .join(patterns, "pair")
            .groupBy("k", "pattern")
            .agg(count(lit(1)).as("c"))
            .collectAsList()) {
      byKey.computeIfAbsent(r.getInt(0), x -> new HashMap<>()).put(r.getInt(1), r.getLong(2));
    }
    for (int k : training) {
      perKey.add(byKey.getOrDefault(k, Map.of()));
    }
    Map<Integer, Long> all = histogram(candidatePairs.join(patterns, "pair"));
    shared.destroy();
    return engine.estimate(random, perKey, all, n);
  }

  private static Map<Integer, Long> histogram(Dataset<Row> compared) {
    Map<Integer, Long> out = new HashMap<>();
    for (Row r : compared.groupBy("pattern").agg(count(lit(1)).as("c")).collectAsList()) {
      out.put(r.getInt(0), r.getLong(1));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions, components, clustering

  /**
   * People's decisions: a decided pair leaves the accepted ones; a {@code same} pair joins with
   * weight +∞, a {@code different} one is kept as a cannot-link with weight −∞ (not an edge).
   */
  private Dataset<Row> withDecisions(
      Dataset<Row> edges, Dataset<Row> records, Decisions decisions) {
    if (decisions.decisions().isEmpty()) {
      return edges;
    }
    List<Row> rows = new ArrayList<>();
    for (Decisions.Decision d : decisions.decisions()) {
      rows.add(RowFactory.create(d.recordIdA(), d.recordIdB(), d.same()));
    }
    Dataset<Row> decided =
        spark
            .createDataFrame(
                rows,
                new StructType(
                    new StructField[] {
                      DataTypes.createStructField("x", DataTypes.StringType, false),
                      DataTypes.createStructField("y", DataTypes.StringType, false),
                      DataTypes.createStructField("same", DataTypes.BooleanType, false)
                    }))
            .join(records.select(col("id").as("x"), col("ord").as("ox")), "x")
            .join(records.select(col("id").as("y"), col("ord").as("oy")), "y")
            .where(col("ox").notEqual(col("oy")))
            .select(
                least(col("ox"), col("oy")).as("a"),
                org.apache.spark.sql.functions.greatest(col("ox"), col("oy")).as("b"),
                col("same"))
            .distinct();
    Dataset<Row> kept = edges.join(decided.select("a", "b"), new String[] {"a", "b"}, "left_anti");
    Dataset<Row> people =
        decided.select(
            col("a"),
            col("b"),
            org.apache
                .spark
                .sql
                .functions
                .when(col("same"), lit(Double.POSITIVE_INFINITY))
                .otherwise(lit(Double.NEGATIVE_INFINITY))
                .as("w"));
    return kept.unionByName(people);
  }

  /** Component labels of the vertices of the edges, and the rounds it took. */
  record Components(Dataset<Row> labels, int rounds) {}

  /**
   * Connected components by minimum-label propagation with pointer jumping: each round a vertex
   * takes the smallest label among itself and its neighbours, then the label of its label; rounds
   * until nothing changes (about the log of the longest path). Each round is checkpointed locally,
   * so the plan does not grow.
   */
  Components components(Dataset<Row> edges) {
    Dataset<Row> both =
        edges
            .select(col("a").as("src"), col("b").as("dst"))
            .union(edges.select(col("b").as("src"), col("a").as("dst")));
    both = both.localCheckpoint();
    Dataset<Row> labels =
        both.select(col("src").as("v")).distinct().withColumn("label", col("v")).localCheckpoint();
    int rounds = 0;
    while (true) {
      rounds++;
      Dataset<Row> offered =
          both.join(labels, both.col("src").equalTo(labels.col("v")))
              .select(both.col("dst").as("v"), labels.col("label"));
      Dataset<Row> next = offered.union(labels).groupBy("v").agg(min("label").as("label"));
      Dataset<Row> jump = next.select(col("v").as("j"), col("label").as("jl"));
      next =
          next.join(jump, next.col("label").equalTo(jump.col("j")), "left")
              .select(col("v"), least(col("label"), coalesce(col("jl"), col("label"))).as("label"))
              .localCheckpoint();
      long changed =
          next.as("n")
              .join(labels.as("o"), "v")
              .where(col("n.label").notEqual(col("o.label")))
              .count();
      labels = next;
      if (changed == 0) {
        return new Components(labels, rounds);
      }
    }
  }

  /**
   * Every component clustered on an executor by the engine's coherent clustering, records in input
   * order; a record in no edge is a cluster of its own. Per record: its cluster, and on the first
   * record of each cluster the golden record's cells when asked.
   */
  Dataset<Row> cluster(
      Dataset<Row> records,
      Dataset<Row> edges,
      Dataset<Row> labels,
      String modelJson,
      double threshold,
      boolean golden,
      boolean reveal) {
    Dataset<Row> withComponent =
        records
            .join(labels, records.col("ord").equalTo(labels.col("v")), "left")
            .select(
                coalesce(col("label"), col("ord")).as("c"),
                col("ord"),
                col("id"),
                col("source"),
                col("vals"));
    Dataset<Row> groups =
        withComponent
            .groupBy("c")
            .agg(collect_list(struct(col("ord"), col("id"), col("source"), col("vals"))).as("rs"));
    // Cannot-links between two components need nothing: they are apart already.
    Dataset<Row> edgeGroups =
        edges
            .join(labels.select(col("v").as("a"), col("label").as("c")), "a")
            .join(labels.select(col("v").as("b"), col("label").as("cb")), "b")
            .where(col("c").equalTo(col("cb")))
            .groupBy("c")
            .agg(collect_list(struct(col("a"), col("b"), col("w"))).as("es"));
    Dataset<Row> joined = groups.join(edgeGroups, new String[] {"c"}, "left").select("rs", "es");
    ConfigSource s = source;
    return joined.flatMap(
        (FlatMapFunction<Row, Row>) row -> clusterOne(s, row, modelJson, threshold, golden, reveal),
        Encoders.row(CLUSTERED));
  }

  private static Iterator<Row> clusterOne(
      ConfigSource s, Row row, String modelJson, double threshold, boolean golden, boolean reveal) {
    List<Row> rs = new ArrayList<>(row.getList(0));
    rs.sort(java.util.Comparator.comparingInt(r -> r.getInt(0)));
    List<Row> es = row.isNullAt(1) ? List.of() : row.getList(1);
    if (rs.size() == 1 && !golden) {
      Row r = rs.get(0);
      return List.of(RowFactory.create(r.getInt(0), r.getString(1), r.getString(1), null))
          .iterator();
    }
    DedupEngine.Batch batch = s.engine().batch();
    Map<Integer, Integer> local = new HashMap<>();
    for (Row r : rs) {
      local.put(r.getInt(0), batch.add(r.getString(1), r.getString(2), r.getList(3)));
    }
    List<Long> pairs = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Long> apart = new ArrayList<>();
    for (Row e : es) {
      int a = java.util.Objects.requireNonNull(local.get(e.getInt(0)));
      int b = java.util.Objects.requireNonNull(local.get(e.getInt(1)));
      long p = pair(a, b);
      double w = e.getDouble(2);
      if (w == Double.NEGATIVE_INFINITY) {
        apart.add(p);
      } else {
        pairs.add(p);
        weights.add(w);
      }
    }
    int[] roots =
        batch.cluster(
            pairs.stream().mapToLong(Long::longValue).toArray(),
            weights.stream().mapToDouble(Double::doubleValue).toArray(),
            threshold,
            apart.stream().mapToLong(Long::longValue).sorted().toArray());
    List<scala.collection.immutable.@Nullable Seq<String>> cells = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      cells.add(null);
    }
    if (golden) {
      // Golden records come in the order of each cluster's first record: put each on that record.
      Iterator<GoldenRecord> g = batch.golden(roots, s.model(modelJson)).iterator();
      boolean[] seen = new boolean[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        if (!seen[roots[i]]) {
          seen[roots[i]] = true;
          cells.set(i, seq(g.next().cells(s.config(), reveal)));
        }
      }
    }
    List<Row> out = new ArrayList<>(rs.size());
    for (int i = 0; i < rs.size(); i++) {
      out.add(
          RowFactory.create(rs.get(i).getInt(0), batch.id(i), batch.id(roots[i]), cells.get(i)));
    }
    return out.iterator();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes the outputs: CSV files from the driver, in input order, all moved into place together
   * (as {@code grid dedup} writes them); Parquet by Spark, from the executors.
   */
  private void write(Options o, Dataset<Row> clustered, String modelJson) {
    Map<Path, Map<String, AtomicFiles.Content>> files = new LinkedHashMap<>();
    if (Options.parquet(o.output())) {
      clustered
          .orderBy("ord")
          .select("record_id", "cluster_id")
          .write()
          .mode("overwrite")
          .parquet(o.output());
    } else {
      add(
          files,
          Path.of(o.output()),
          w -> {
            w.write(DedupResult.CLUSTERS_HEADER);
            w.write('\n');
            CsvWriter csv = new CsvWriter(w);
            Iterator<Row> it =
                clustered.select("ord", "record_id", "cluster_id").orderBy("ord").toLocalIterator();
            while (it.hasNext()) {
              Row r = it.next();
              csv.row(r.getString(1), r.getString(2));
            }
            w.flush();
          });
    }
    if (o.golden().isPresent()) {
      String golden = o.golden().orElseThrow();
      Dataset<Row> rows = clustered.where(col("golden").isNotNull()).select("ord", "golden");
      List<String> header = GoldenRecord.header(config);
      if (Options.parquet(golden)) {
        Column[] cells = new Column[header.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = col("golden").getItem(i).as(header.get(i));
        }
        rows.orderBy("ord").select(cells).write().mode("overwrite").parquet(golden);
      } else {
        add(
            files,
            Path.of(golden),
            w -> {
              CsvWriter csv = new CsvWriter(w);
              csv.row(header);
              Iterator<Row> it = rows.orderBy("ord").toLocalIterator();
              while (it.hasNext()) {
                csv.row(it.next().<String>getList(1));
              }
              w.flush();
            });
      }
    }
    o.weights().ifPresent(p -> add(files, p, w -> w.write(modelJson + "\n")));
    files.forEach(AtomicFiles::write);
  }

  private static void add(
      Map<Path, Map<String, AtomicFiles.Content>> files, Path file, AtomicFiles.Content content) {
    Path dir = file.toAbsolutePath().getParent();
    files
        .computeIfAbsent(dir, d -> new LinkedHashMap<>())
        .put(file.getFileName().toString(), content);
  }

  /** Pairwise and B-cubed figures against ground truth, computed on the cluster. */
  record Scores(
      double precision,
      double recall,
      double f1,
      double bcubedPrecision,
      double bcubedRecall,
      double bcubedF1,
      long scored) {

    /** Scores {@code record_id,cluster_id} rows against the truth (records it names only). */
    static Scores of(Dataset<Row> clusters, Map<String, String> truth, SparkSession spark) {
      List<Row> rows = new ArrayList<>(truth.size());
      truth.forEach((id, entity) -> rows.add(RowFactory.create(id, entity)));
      Dataset<Row> t =
          spark.createDataFrame(
              rows,
              new StructType(
                  new StructField[] {
                    DataTypes.createStructField("record_id", DataTypes.StringType, false),
                    DataTypes.createStructField("entity", DataTypes.StringType, false)
                  }));
      Dataset<Row> j = clusters.join(t, "record_id");
      j.persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> both = j.groupBy("cluster_id", "entity").agg(count(lit(1)).as("n"));
      Dataset<Row> clusterSize = j.groupBy("cluster_id").agg(count(lit(1)).as("cn"));
      Dataset<Row> entitySize = j.groupBy("entity").agg(count(lit(1)).as("en"));
      Row totals =
          both.join(clusterSize, "cluster_id")
              .join(entitySize, "entity")
              .agg(
                  sum(col("n").multiply(col("n").minus(1)).divide(2)).cast("long"),
                  sum(col("n").multiply(col("n")).divide(col("cn"))),
                  sum(col("n").multiply(col("n")).divide(col("en"))),
                  sum(col("n")))
              .first();
      long predicted =
          clusterSize
              .agg(sum(col("cn").multiply(col("cn").minus(1)).divide(2)).cast("long"))
              .first()
              .getLong(0);
      long actual =
          entitySize
              .agg(sum(col("en").multiply(col("en").minus(1)).divide(2)).cast("long"))
              .first()
              .getLong(0);
      j.unpersist();
      long scored = totals.isNullAt(3) ? 0 : totals.getLong(3);
      long tp = totals.isNullAt(0) ? 0 : totals.getLong(0);
      double p = predicted == 0 ? 1 : (double) tp / predicted;
      double r = actual == 0 ? 1 : (double) tp / actual;
      double bp = scored == 0 ? 1 : totals.getDouble(1) / scored;
      double br = scored == 0 ? 1 : totals.getDouble(2) / scored;
      return new Scores(p, r, f1(p, r), bp, br, f1(bp, br), scored);
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
