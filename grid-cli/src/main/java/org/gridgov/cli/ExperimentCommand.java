package org.gridgov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.research.Experiment;
import org.gridgov.research.ExperimentConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid experiment}: runs a seeded experiment on the paper's claims (docs/research.md). */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = {
      "Research workbench: sweeps the parameters of an experiment config, repeats each point with"
          + " seeds, and simulates a district on virtual time with the real planner, router,"
          + " escalator and door-knock planner. Writes DIR/runs.csv (one row per run),"
          + " DIR/summary.csv (mean and 95%% confidence interval per point) and a PNG chart per"
          + " charted metric. Without --config, the bundled experiment (smaller grids and"
          + " smartphones). The same config gives byte-identical CSVs. See docs/research.md."
    })
final class ExperimentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Experiment, JSON (docs/research.md); the bundled one by default.")
  Path config;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Override
  public Integer call() {
    ExperimentConfig c =
        config == null ? ExperimentConfig.bundled() : ExperimentConfig.read(config);
    int total = c.points().size() * c.repeats();
    spec.commandLine()
        .getErr()
        .printf(
            "grid: experiment \"%s\": %d points x %d seeds = %d runs%n",
            c.name(), c.points().size(), c.repeats(), total);
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
    Experiment.Result result =
        Experiment.run(c, (task, done, all) -> progress.count(task, done, all));
    progress.done();
    result.write(out);
    spec.commandLine()
        .getOut()
        .printf(
            "%d runs; wrote %s in %s%n",
            result.runs().size(), String.join(", ", result.fileNames()), out);
    return ExitCodes.OK;
  }
}
