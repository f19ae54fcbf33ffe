package org.gridgov.cli;

import java.util.concurrent.Callable;
import org.gridgov.samples.community.BundledSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid demo}: loads the bundled sample communities and prints their hierarchy summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the bundled sample communities of grid-samples (an urban community in Chengdu and a"
          + " rural village) through the file readers and prints their hierarchy summary: grids"
          + " per level, households, members, party organisations."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description = "Which sample: ${COMPLETION-CANDIDATES} (default: all).")
  BundledSample sample;

  @Mixin FormatOption output = new FormatOption();

  @Mixin DateOption date = new DateOption();

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (BundledSample s : sample == null ? BundledSample.values() : new BundledSample[] {sample}) {
      SummaryPrinter.print(
          "Sample: " + s.description() + " (bundled files: " + s.resourceDirectory() + ")",
          s.load(),
          date.dateOrToday(),
          output.format,
          out);
      if (output.format == OutputFormat.TEXT) {
        out.println();
      }
    }
    return ExitCodes.OK;
  }
}
