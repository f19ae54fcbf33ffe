package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridgov.core.progress.Progress;
import org.gridgov.research.Experiment;
import org.gridgov.research.ExperimentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every bundled experiment (one seed, one week) and every jshell script (quick mode), from the
 * commands the README gives.
 */
class ExperimentsAndScriptsTest {

  private static final Path EXPERIMENTS = Path.of("experiments");
  private static final Path SCRIPTS = Path.of("scripts");

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyExperimentRunsSmallAndItsReadmeSectionGivesItsCommand(@TempDir Path out)
      throws IOException {
    String readme = Files.readString(EXPERIMENTS.resolve("README.md"), StandardCharsets.UTF_8);
    List<Path> configs = files(EXPERIMENTS, ".json");
    assertThat(configs).hasSize(3);
    for (Path file : configs) {
      String name = file.getFileName().toString().replace(".json", "");
      assertThat(readme)
          .contains(
              "./grid experiment --config grid-examples/experiments/"
                  + name
                  + ".json --out out/"
                  + name);
      assertThat(readme).contains("![" + name + "](images/" + name);
      ExperimentConfig config = ExperimentConfig.read(file).withRepeatsAndDays(1, 7);
      Experiment.Result result = Experiment.run(config, Progress.NONE);
      result.write(out.resolve(name));
      assertThat(result.runs()).hasSize(config.points().size());
      for (String f : result.fileNames()) {
        assertThat(out.resolve(name).resolve(f)).isNotEmptyFile();
      }
    }
  }

  @Test
  void comparePoliciesRunsInJshell() throws Exception {
    runScript("compare-policies.jsh");
  }

  @Test
  void runExperimentRunsInJshell() throws Exception {
    runScript("run-experiment.jsh");
  }

  private static void runScript(String script) throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    String header = Files.readString(SCRIPTS.resolve(script), StandardCharsets.UTF_8);
    assertThat(header)
        .contains("jshell --class-path grid-cli/target/grid.jar grid-examples/scripts/" + script);
    List<String> command = new ArrayList<>();
    command.add(jshell.toString());
    command.add("--class-path");
    command.add(System.getProperty("java.class.path"));
    command.add("-R-Dgridgov.quick=true");
    command.add("grid-examples/scripts/" + script);
    Process p =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("Exception", "rejected", "Error:");
    if (script.startsWith("compare")) {
      assertThat(output).contains("community: ").containsPattern("findings: \\d+ with the paper");
      assertThat(output).containsPattern("size\\.micro\\s+\\d+\\s+\\d+");
    } else {
      assertThat(output).contains("micro-grid size").containsPattern("\\s+60\\s+\\d+\\.\\d");
    }
  }
}
