package org.gridgov.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.Parallel;
import org.gridgov.core.progress.Progress;

/**
 * Runs an experiment: every point of the sweep with every seed, one {@link DistrictSimulation}
 * each, on the common fork-join pool. The planner's re-division is computed once per micro-grid
 * size and shared. The outputs depend on the config only — never on the wall clock, the order
 * threads finish or a hash order — so the same config gives byte-identical CSVs.
 */
public final class Experiment {

  /** The progress task name: {@code runs}, counted in runs. */
  public static final String TASK = "runs";

  private Experiment() {}

  /**
   * The runs of an experiment, in order: points in sweep order, seeds in order within a point.
   *
   * @param config the experiment
   * @param runs every run
   */
  public record Result(ExperimentConfig config, ImmutableList<DistrictSimulation.Run> runs) {

    /** Validates the parts. */
    public Result {
      requireNonNull(config, "config");
      requireNonNull(runs, "runs");
    }

    /** The runs of each point, in sweep order. */
    public ImmutableList<ImmutableList<DistrictSimulation.Run>> byPoint() {
      ImmutableList.Builder<ImmutableList<DistrictSimulation.Run>> out = ImmutableList.builder();
      int r = config.repeats();
      for (int i = 0; i < runs.size(); i += r) {
        out.add(runs.subList(i, Math.min(runs.size(), i + r)));
      }
      return out.build();
    }

    /** The mean and confidence interval of a metric at each point, in sweep order. */
    public ImmutableList<Statistics.Interval> summary(Metric m) {
      return byPoint().stream()
          .map(runs -> Statistics.interval(runs.stream().map(x -> x.metric(m)).toList()))
          .collect(ImmutableList.toImmutableList());
    }

    /** The text of {@code runs.csv}. */
    public String runsCsv() {
      return text(this::writeRuns);
    }

    /** The text of {@code summary.csv}. */
    public String summaryCsv() {
      return text(this::writeSummary);
    }

    /**
     * Writes {@code runs.csv}, {@code summary.csv} and one PNG chart per charted metric into {@code
     * dir}, all or nothing.
     */
    public void write(Path dir) {
      Map<String, AtomicFiles.ByteContent> files = new LinkedHashMap<>();
      files.put("runs.csv", AtomicFiles.utf8(this::writeRuns));
      files.put("summary.csv", AtomicFiles.utf8(this::writeSummary));
      for (Metric m : config.charts().metrics()) {
        byte[] png = ExperimentCharts.png(this, m);
        files.put(m.column() + ".png", out -> out.write(png));
      }
      AtomicFiles.writeBytes(dir, files);
    }

    /** The names of the files {@link #write} writes. */
    public ImmutableList<String> fileNames() {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      b.add("runs.csv", "summary.csv");
      config.charts().metrics().forEach(m -> b.add(m.column() + ".png"));
      return b.build();
    }

    private void writeRuns(Writer out) throws IOException {
      CsvWriter csv = new CsvWriter(out);
      List<String> header = new ArrayList<>(List.of("run", "point"));
      config.sweep().keySet().forEach(p -> header.add(p.key()));
      header.add("seed");
      for (Metric m : Metric.values()) {
        header.add(m.column());
      }
      csv.row(header);
      int run = 0;
      int point = 0;
      for (List<DistrictSimulation.Run> runs : byPoint()) {
        point++;
        for (DistrictSimulation.Run r : runs) {
          List<String> row = new ArrayList<>();
          row.add(Integer.toString(++run));
          row.add(Integer.toString(point));
          config.sweep().keySet().forEach(p -> row.add(Parameter.format(r.point().get(p))));
          row.add(Long.toString(r.seed()));
          for (Metric m : Metric.values()) {
            row.add(number(r.metric(m)));
          }
          csv.row(row);
        }
      }
    }

    private void writeSummary(Writer out) throws IOException {
      CsvWriter csv = new CsvWriter(out);
      List<String> header = new ArrayList<>(List.of("point"));
      config.sweep().keySet().forEach(p -> header.add(p.key()));
      header.add("runs");
      for (Metric m : Metric.values()) {
        header.add(m.column() + "_mean");
        header.add(m.column() + "_ci_low");
        header.add(m.column() + "_ci_high");
      }
      csv.row(header);
      List<ImmutableList<DistrictSimulation.Run>> points = byPoint();
      Map<Metric, List<Statistics.Interval>> all = new TreeMap<>();
      for (Metric m : Metric.values()) {
        all.put(m, summary(m));
      }
      for (int i = 0; i < points.size(); i++) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(i + 1));
        ParameterPoint p = points.get(i).get(0).point();
        config.sweep().keySet().forEach(k -> row.add(Parameter.format(p.get(k))));
        row.add(Integer.toString(points.get(i).size()));
        for (Metric m : Metric.values()) {
          Statistics.Interval s = requireNonNull(all.get(m)).get(i);
          row.add(number(s.mean()));
          row.add(number(s.low()));
          row.add(number(s.high()));
        }
        csv.row(row);
      }
    }
  }

  /**
   * Runs an experiment.
   *
   * @param config the experiment
   * @param progress told after each run ({@value #TASK}: done of total)
   */
  public static Result run(ExperimentConfig config, Progress progress) {
    requireNonNull(config, "config");
    requireNonNull(progress, "progress");
    List<ParameterPoint> points = config.points();
    // The re-division depends on the size limit and the members per grid only: plan each once.
    Map<String, PlannedCommunity> plans = new LinkedHashMap<>();
    for (ParameterPoint p : points) {
      plans.computeIfAbsent(
          planKey(p),
          k ->
              PlannedCommunity.plan(
                  config.community(),
                  p.integer(Parameter.MICRO_GRID_MAX_HOUSEHOLDS),
                  p.integer(Parameter.MEMBERS_PER_MICRO_GRID)));
    }
    record Job(ParameterPoint point, long seed) {}
    List<Job> jobs = new ArrayList<>();
    for (ParameterPoint p : points) {
      for (int r = 0; r < config.repeats(); r++) {
        jobs.add(new Job(p, config.seed() + r));
      }
    }
    AtomicInteger done = new AtomicInteger();
    progress.update(TASK, 0, jobs.size());
    List<DistrictSimulation.Run> runs =
        Parallel.map(
            Parallel.defaultExecutor(),
            jobs,
            j -> {
              DistrictSimulation.Run r =
                  new DistrictSimulation(requireNonNull(plans.get(planKey(j.point()))), config)
                      .run(j.point(), j.seed());
              int n = done.incrementAndGet();
              synchronized (progress) {
                progress.update(TASK, n, jobs.size());
              }
              return r;
            });
    return new Result(config, ImmutableList.copyOf(runs));
  }

  private static String planKey(ParameterPoint p) {
    return p.integer(Parameter.MICRO_GRID_MAX_HOUSEHOLDS)
        + "/"
        + p.integer(Parameter.MEMBERS_PER_MICRO_GRID);
  }

  /** A metric as written: at most six decimals, no exponent; empty for nothing measured. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static String text(Body body) {
    StringWriter w = new StringWriter();
    try {
      body.write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @FunctionalInterface
  private interface Body {
    void write(Writer out) throws IOException;
  }
}
