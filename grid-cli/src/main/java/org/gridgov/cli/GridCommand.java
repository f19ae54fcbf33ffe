package org.gridgov.cli;

import java.io.PrintWriter;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.spi.PluginException;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code grid} command: the entry point of the executable jar. */
@Command(
    name = "grid",
    mixinStandardHelpOptions = true,
    versionProvider = GridCommand.Version.class,
    description = "Micro-grid, real-grid (微网实格) community grid governance tools.",
    subcommands = {
      DemoCommand.class,
      InspectCommand.class,
      ValidateCommand.class,
      PlanCommand.class,
      OverlayCommand.class,
      KnockCommand.class,
      RouteCommand.class,
      SimulateCommand.class,
      ReportCommand.class,
      QrCommand.class,
      DedupCommand.class,
      SampleCommand.class,
      LoadCommand.class,
      CasesCommand.class,
      PluginsCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:other failure (I/O error, internal error)",
      "2:bad input (the message names the file, line and problem)"
    })
public final class GridCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams and returns the exit code; for tests and
   * for embedding.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new GridCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    // Command-line errors (an unknown option, a missing required one, a bad value) keep
    // picocli's exit code for invalid input, which is ours too: 2.
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.BAD_INPUT);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter w = commandLine.getErr();
          if (e instanceof InvalidInputException) {
            w.println("grid: bad input: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          if (e instanceof PluginException || e instanceof AppendConflictException) {
            // A plugin missing from the class path, or a store holding another history of a
            // case: the user's setup or data, not a bug.
            w.println("grid: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          if (e instanceof StoreException) {
            w.println("grid: store: " + e.getMessage());
            if (System.getenv("GRID_DEBUG") != null) {
              e.printStackTrace(w);
            }
            return ExitCodes.FAILURE;
          }
          w.println("grid: error: " + e);
          if (System.getenv("GRID_DEBUG") != null) {
            e.printStackTrace(w);
          } else {
            w.println("(set GRID_DEBUG=1 for the stack trace)");
          }
          return ExitCodes.FAILURE;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    // `grid` alone: show what it can do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = GridCommand.class.getPackage().getImplementationVersion();
      return new String[] {"grid " + (v == null ? "(development build)" : v)};
    }
  }
}
