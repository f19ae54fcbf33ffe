package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.OutputPaths;
import org.gridgov.core.internal.Spreadsheets;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.spi.PluginException;
import org.gridgov.spi.store.AppendConflictException;
import org.gridgov.spi.store.StoreException;
import org.jspecify.annotations.Nullable;
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
      CapCommand.class,
      RouteCommand.class,
      SimulateCommand.class,
      ExperimentCommand.class,
      MapCommand.class,
      ReportCommand.class,
      QrCommand.class,
      DedupCommand.class,
      SampleCommand.class,
      LoadCommand.class,
      CasesCommand.class,
      Open311Command.class,
      PluginsCommand.class,
      ServeCommand.class,
      TokenCommand.class,
      RetentionCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:other failure (I/O error, internal error)",
      "2:bad input (the message names the file, line and problem)"
    })
public final class GridCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The option that lists every problem of a bad input, on every command. */
  static final String ALL_PROBLEMS = "--all-problems";

  @CommandLine.Option(
      names = ALL_PROBLEMS,
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "List every problem of a bad input; by default the first 50 are listed and the rest"
              + " counted.")
  boolean allProblems;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams and returns the exit code; for tests and
   * for embedding. Whatever it prints has identity and mobile numbers masked ({@code
   * 510104********1234}, {@code 138****5678}); the streams are flushed, not closed.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try (PrintWriter maskedOut = new PrintWriter(new MaskingWriter(out), true);
        PrintWriter maskedErr = new PrintWriter(new MaskingWriter(err), true)) {
      // Closing the masking writers flushes what they hold; the callers' writers stay open.
      return runMasked(args, maskedOut, maskedErr);
    }
  }

  /** {@link #run} with the output streams already masking personal numbers. */
  private static int runMasked(String[] args, PrintWriter out, PrintWriter err) {
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
          if (e instanceof InvalidInputException bad) {
            badInput(bad, parseResult, w);
            return ExitCodes.BAD_INPUT;
          }
          if (e instanceof PluginException || e instanceof AppendConflictException) {
            // A plugin missing from the class path, or a store holding another history of a
            // case: the user's setup or data, not a bug.
            w.println("grid: " + terminalSafe(Checks.messageOf(e)));
            return ExitCodes.BAD_INPUT;
          }
          if (e instanceof StoreException) {
            w.println("grid: store: " + terminalSafe(Checks.messageOf(e)));
            stackTrace(e, w);
            return ExitCodes.FAILURE;
          }
          Throwable oom = outOfMemory(e);
          if (oom != null) {
            return outOfMemory(oom, cl, w);
          }
          w.println("grid: error: " + terminalSafe(e.toString()));
          stackTrace(e, w);
          return ExitCodes.FAILURE;
        });
    cl.setExecutionStrategy(
        parseResult -> {
          try {
            checkOutputs(parseResult);
          } catch (InvalidInputException e) {
            badInput(e, parseResult, cl.getErr());
            return ExitCodes.BAD_INPUT;
          }
          CommandLine.ParseResult last = parseResult;
          while (last.subcommand() != null) {
            last = last.subcommand();
          }
          CommandLine.ParseResult command = last;
          java.util.function.Supplier<Integer> run =
              () -> new CommandLine.RunLast().execute(parseResult);
          if (!command.commandSpec().name().equals("serve")) { // serve runs until stopped
            // Every output of one run is one set: moved into place only when all are written, so
            // a run that fails half-way leaves the old outputs (or none), never a mix.
            java.util.function.Supplier<Integer> inner = run;
            run = () -> AtomicFiles.together(inner);
          }
          if (command.hasMatchedOption(SpreadsheetOptions.EXCEL)) {
            java.util.function.Supplier<Integer> inner = run;
            run = () -> Spreadsheets.forExcel(inner);
          }
          TextFiles.Encoding encoding =
              command.hasMatchedOption(SpreadsheetOptions.ENCODING)
                  ? command.matchedOptionValue(SpreadsheetOptions.ENCODING, TextFiles.Encoding.AUTO)
                  : TextFiles.Encoding.AUTO;
          return TextFiles.decoding(
              encoding, note -> cl.getErr().println("grid: " + terminalSafe(note)), run);
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(e, cl, err);
    }
  }

  /**
   * A heap too small for the input is the input's size against the heap: exit 2 with the inputs
   * named and the switch that helps, not a raw stack trace.
   */
  private static int outOfMemory(Throwable e, CommandLine cl, PrintWriter w) {
    List<String> inputs = new ArrayList<>();
    CommandLine.ParseResult r = cl.getParseResult();
    while (r != null && r.subcommand() != null) {
      r = r.subcommand();
    }
    if (r != null) {
      for (CommandLine.Model.OptionSpec o : r.matchedOptions()) {
        if (o.type() == Path.class && !OUTPUTS.contains(o.longestName())) {
          inputs.add(o.longestName() + " " + r.matchedOptionValue(o.longestName(), (Object) ""));
        }
      }
    }
    long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    w.println(
        "grid: bad input: out of memory ("
            + maxMb
            + " MB of heap)"
            + (inputs.isEmpty() ? "" : " reading or working on " + String.join(", ", inputs))
            + "; the input is too large for this heap: give Java more, e.g. java -Xmx"
            + Math.max(2, 2 * Math.round(Math.ceil(maxMb / 1024.0)))
            + "g -jar grid.jar ..., or split the input");
    stackTrace(e, w);
    return ExitCodes.BAD_INPUT;
  }

  /** The interchange files, which plan and sample write. */
  private static final java.util.Set<String> GRID_FILES =
      java.util.Set.of(
          org.gridgov.core.io.GridFiles.GRIDS,
          org.gridgov.core.io.GridFiles.HOUSEHOLDS,
          org.gridgov.core.io.GridFiles.MEMBERS,
          org.gridgov.core.io.GridFiles.PARTY,
          org.gridgov.core.io.GridFiles.BUILDINGS);

  /** The files each command writes into its {@code --out} directory, replacing what is there. */
  private static final java.util.Map<String, java.util.function.Predicate<String>> WRITES =
      java.util.Map.of(
          "plan", GRID_FILES::contains,
          "sample", n -> GRID_FILES.contains(n) || n.equals("events.csv"),
          "route", java.util.Set.of("assignments.csv", "audit.jsonl", "unroutable.csv")::contains,
          "simulate",
              java.util.Set.of("assignments.csv", "audit.jsonl", "unroutable.csv")::contains,
          "overlay", java.util.Set.of("mapping.csv", "cuts.csv", "uncovered.csv")::contains,
          "knock", java.util.Set.of("plan.csv", "unreachable.csv")::contains,
          "qr", n -> n.equals("links.csv") || n.endsWith(".png"));

  /**
   * Checks the output paths of the command about to run against its inputs and each other, before
   * any work (see {@link OutputPaths}).
   */
  private static void checkOutputs(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult r = parsed;
    while (r.subcommand() != null) {
      r = r.subcommand();
    }
    java.util.Map<String, Path> inputs = new java.util.LinkedHashMap<>();
    List<OutputPaths.Output> outputs = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : r.matchedOptions()) {
      if (o.type() != Path.class || o.originalStringValues().isEmpty()) {
        continue;
      }
      String given = o.originalStringValues().get(o.originalStringValues().size() - 1);
      Path path = o.getValue();
      if (OUTPUTS.contains(o.longestName())) {
        outputs.add(
            new OutputPaths.Output(o.longestName(), given, path, "DIR".equals(o.paramLabel())));
      } else {
        inputs.put(o.longestName(), path);
      }
    }
    String name = r.commandSpec().name();
    OutputPaths.check(outputs, inputs, WRITES.getOrDefault(name, n -> false));
  }

  /** The options that name outputs, not inputs. */
  private static final java.util.Set<String> OUTPUTS =
      java.util.Set.of(
          "--out",
          "--output",
          "--golden",
          "--weights",
          "--review",
          "--patrol-out",
          "--duty-out",
          "--findings-csv");

  private static @Nullable Throwable outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return t;
      }
    }
    return null;
  }

  /**
   * Prints a bad input's problems: the first 50 and a count of the rest (the exception's message),
   * or every one with {@code --all-problems}.
   */
  private static void badInput(
      InvalidInputException e, CommandLine.ParseResult parseResult, PrintWriter w) {
    boolean all = false;
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      all |= r.hasMatchedOption(ALL_PROBLEMS);
    }
    String message = Checks.messageOf(e);
    if (!all) {
      w.println("grid: bad input: " + terminalSafe(message));
      if (e.problems().size() > 50) {
        w.println("grid: " + ALL_PROBLEMS + " lists all " + e.problems().size());
      }
      return;
    }
    StringBuilder sb = new StringBuilder(message.lines().findFirst().orElse(""));
    for (org.gridgov.core.problem.Problem p : e.problems()) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    w.println("grid: bad input: " + terminalSafe(sb.toString()));
  }

  private static void stackTrace(Throwable e, PrintWriter w) {
    if (System.getenv("GRID_DEBUG") != null) {
      e.printStackTrace(w);
    } else {
      w.println("(set GRID_DEBUG=1 for the stack trace)");
    }
  }

  /**
   * A message as it may be shown on a terminal: control characters from the input (an escape
   * sequence could rewrite the screen or the title) and lone surrogates written as {@code
   * &#92;uXXXX}; line breaks and tabs kept, as the problem list uses them.
   */
  static String terminalSafe(String message) {
    StringBuilder out = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean lone =
          (Character.isHighSurrogate(c)
                  && (i + 1 >= message.length()
                      || !Character.isLowSurrogate(message.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1))));
      if ((Character.isISOControl(c) && c != '\n' && c != '\t') || lone) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
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
