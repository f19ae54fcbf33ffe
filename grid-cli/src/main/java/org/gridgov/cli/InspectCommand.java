package org.gridgov.cli;

import java.util.concurrent.Callable;
import org.gridgov.core.grid.GridTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code grid inspect}: loads grid files and prints their hierarchy summary. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a community's files (formats: docs/formats.md), checks that they fit together, and"
          + " prints the hierarchy summary. Every bad row is reported with its file, line and"
          + " column; then the command exits with code 2."
    })
final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Mixin FormatOption output = new FormatOption();

  @Mixin DateOption date = new DateOption();

  @Override
  public Integer call() {
    GridTree tree = files.load(spec.commandLine().getErr());
    SummaryPrinter.print(
        "Files: " + files.described(),
        tree,
        date.dateOrToday(),
        output.format,
        spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
