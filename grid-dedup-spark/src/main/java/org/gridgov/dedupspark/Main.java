package org.gridgov.dedupspark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * The entry point of both ways to run: {@code spark-submit --class org.gridgov.dedupspark.Main
 * grid-dedup-spark.jar --input … --output …} on a cluster, and {@code java -jar
 * grid-dedup-spark.jar …}, which starts Spark in local mode on every core. Exit codes as {@code
 * grid}: 0 done, 1 failed, 2 bad input (nothing written then).
 */
public final class Main {

  /** Bad flags or records: as {@code grid}'s exit code. */
  static final int BAD_INPUT = 2;

  private Main() {}

  /**
   * Runs with the flags of {@code grid dedup} (see {@link Options#USAGE}) and exits.
   *
   * @param args the flags
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs and returns the exit code; the session is made here and stopped at the end. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(Options.USAGE);
      return 0;
    }
    Options o;
    try {
      o = Options.parse(args);
    } catch (InvalidInputException e) {
      badInput(e, err);
      err.println(Options.USAGE);
      return BAD_INPUT;
    }
    // spark-submit passes the master as a system property; read before any Spark class logs.
    boolean submitted = System.getProperty("spark.master") != null;
    boolean local = o.master().map(m -> m.startsWith("local")).orElse(!submitted);
    if (local && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty(
          "log4j2.configurationFile", "org/gridgov/dedupspark/log4j2-local.properties");
    }
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("grid-dedup-spark");
    if (o.master().isPresent()) {
      builder.master(o.master().orElseThrow());
    } else if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    if (local) {
      if (!conf.contains("spark.ui.enabled")) {
        builder.config("spark.ui.enabled", "false");
      }
      builder.config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions(o)));
    } else if (o.partitions() > 0) {
      builder.config("spark.sql.shuffle.partitions", Integer.toString(o.partitions()));
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, o, out, err);
    } finally {
      spark.stop();
    }
  }

  private static int shufflePartitions(Options o) {
    if (o.partitions() > 0) {
      return o.partitions();
    }
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  /** Runs on a session the caller owns (tests, notebooks); returns the exit code. */
  static int run(SparkSession spark, Options o, PrintStream out, PrintStream err) {
    try {
      ConfigSource source =
          o.config()
              .map(
                  p ->
                      new ConfigSource(
                          "",
                          TextFiles.readString(
                              p, "the dedup config", StrictJson.MAX_DOCUMENT_CHARS)))
              .orElse(new ConfigSource(o.profile(), ""));
      try {
        source.engine();
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "bad option", java.util.List.of(Problem.of("--profile", Checks.messageOf(e))));
      }
      new SparkDedup(spark, source, err).run(o, out);
      return 0;
    } catch (InvalidInputException e) {
      badInput(e, err);
      return BAD_INPUT;
    } catch (Exception e) { // Spark's own exceptions are checked ones thrown unchecked
      if (malformed(e)) {
        // Spark's own message quotes the row: personal data, never printed.
        err.println(
            "grid-dedup-spark: bad input: cannot read the records "
                + o.input()
                + ": a row has the wrong number of fields or an unclosed quote (read it with grid"
                + " dedup to see its line and column)");
        return BAD_INPUT;
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the Spark run failed: " + Checks.messageOf(e), e);
    }
  }

  private static boolean malformed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("malformed")) {
        return true;
      }
    }
    return false;
  }

  private static void badInput(InvalidInputException e, PrintStream err) {
    err.println("grid-dedup-spark: bad input: " + Checks.messageOf(e));
    int shown = 0;
    for (Problem p : e.problems()) {
      if (shown++ == 50) {
        err.printf(Locale.ROOT, "  … and %,d more%n", e.problems().size() - 50);
        break;
      }
      err.println("  " + p);
    }
    err.flush();
  }
}
