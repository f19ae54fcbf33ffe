// Run an experiment from code and print its summary.
// Run from the repository root, after building the jar once (./grid --version):
//   jshell --class-path grid-cli/target/grid.jar grid-examples/scripts/run-experiment.jsh
// Add -R-Dgridgov.quick=true for a quick run (one seed, one week).
import java.nio.file.Path;
import org.gridgov.core.progress.Progress;
import org.gridgov.research.Experiment;
import org.gridgov.research.ExperimentConfig;
import org.gridgov.research.Metric;

ExperimentConfig config = ExperimentConfig.read(Path.of("grid-examples/experiments/smaller-grids.json"));
if (Boolean.getBoolean("gridgov.quick")) {
  config = config.withRepeatsAndDays(1, 7);
}
Experiment.Result result = Experiment.run(config, Progress.NONE);
var accept = result.summary(Metric.ACCEPTANCE_MEDIAN);
var cover = result.summary(Metric.COVERAGE_3H);
var points = result.byPoint();
System.out.println("micro-grid size  acceptance median h (95% CI)   3-hour coverage");
for (int i = 0; i < points.size(); i++) {
  var p = points.get(i).get(0).point();
  System.out.printf("%15.0f  %6.1f (%5.1f-%5.1f)            %5.2f%n",
      p.get(org.gridgov.research.Parameter.MICRO_GRID_MAX_HOUSEHOLDS),
      accept.get(i).mean(), accept.get(i).low(), accept.get(i).high(), cover.get(i).mean());
}
/exit
