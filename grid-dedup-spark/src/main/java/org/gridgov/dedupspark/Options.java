package org.gridgov.dedupspark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * The flags of a run, those of {@code grid dedup} plus the cluster's: where the records are, where
 * the clusters go, the profile, and optionally golden records, ground truth, a fixed model,
 * people's decisions.
 *
 * @param input the records: CSV in the profile's layout, or Parquet (by the {@code .parquet}
 *     extension) with the layout's columns
 * @param output {@code record_id,cluster_id}: a CSV file as {@code grid dedup} writes it, or
 *     Parquet by the {@code .parquet} extension
 * @param profile a shipped profile's name
 * @param config a profile of one's own, JSON; replaces {@code profile}
 * @param golden where the golden records go (CSV, or Parquet by the extension)
 * @param truth ground truth, CSV {@code record id, entity id}
 * @param model a model written by {@code grid dedup --weights}, run as it is
 * @param weights where to write the model run, JSON
 * @param decisions people's decisions, {@code record_id_a,record_id_b,decision}
 * @param reveal whether golden records show identity and phone numbers whole
 * @param master the Spark master when not given by spark-submit ({@code local[*]} by default)
 * @param partitions how many partitions the records and shuffles are split into; 0: Spark's choice
 *     (local mode: four per core)
 */
record Options(
    String input,
    String output,
    String profile,
    Optional<Path> config,
    Optional<String> golden,
    Optional<Path> truth,
    Optional<Path> model,
    Optional<Path> weights,
    Optional<Path> decisions,
    boolean reveal,
    Optional<String> master,
    int partitions) {

  /** What {@code --help} prints. */
  static final String USAGE =
      """
      usage: grid-dedup-spark --input FILE --output FILE [--profile resident-cn|febrl]
               [--config FILE] [--golden FILE] [--truth FILE] [--model FILE] [--weights FILE]
               [--decisions FILE] [--reveal] [--master URL] [--partitions N]
      Deduplicates resident records on Apache Spark with the grid-dedup engine: the same
      clusters as `grid dedup` (docs/dedup-spark.md). CSV or Parquet (.parquet) in and out.""";

  /** Whether a path names Parquet. */
  static boolean parquet(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
  }

  /**
   * Reads the flags.
   *
   * @throws InvalidInputException naming every bad or missing flag
   */
  static Options parse(String... args) {
    List<Problem> problems = new ArrayList<>();
    String input = null;
    String output = null;
    String profile = "resident-cn";
    Path config = null;
    String golden = null;
    Path truth = null;
    Path model = null;
    Path weights = null;
    Path decisions = null;
    boolean reveal = false;
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--reveal")) {
        reveal = true;
        continue;
      }
      if (!flag.startsWith("--")) {
        problems.add(Problem.of(flag, "unexpected argument; every value follows its flag"));
        continue;
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        problems.add(Problem.of(flag, "expected a value after the flag"));
        continue;
      }
      String value = args[++i];
      switch (flag) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--profile" -> profile = value;
        case "--config" -> config = Path.of(value);
        case "--golden" -> golden = value;
        case "--truth" -> truth = Path.of(value);
        case "--model" -> model = Path.of(value);
        case "--weights" -> weights = Path.of(value);
        case "--decisions" -> decisions = Path.of(value);
        case "--master" -> master = value;
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            partitions = -1;
          }
          if (partitions < 1) {
            problems.add(Problem.of(flag, "expected a whole number of 1 or more, was " + value));
          }
        }
        default -> problems.add(Problem.of(flag, "unknown flag"));
      }
    }
    if (input == null) {
      problems.add(Problem.of("--input", "required: the records, CSV or Parquet"));
    }
    if (output == null) {
      problems.add(Problem.of("--output", "required: where record_id,cluster_id go"));
    }
    if (!problems.isEmpty() || input == null || output == null) {
      throw new InvalidInputException("bad option", problems);
    }
    return new Options(
        input,
        output,
        profile,
        Optional.ofNullable(config),
        Optional.ofNullable(golden),
        Optional.ofNullable(truth),
        Optional.ofNullable(model),
        Optional.ofNullable(weights),
        Optional.ofNullable(decisions),
        reveal,
        Optional.ofNullable(master),
        partitions);
  }
}
