package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.spi.retention.Retention;
import org.gridgov.spi.retention.RetentionPolicy;
import org.gridgov.spi.store.GridStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid retention}: removes or anonymises the records of people who left. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = {
      "Removes or anonymises the golden residents who moved away or died (fields status ="
          + " moved_away or deceased, status_since = the day) once kept as long as the policy"
          + " says, and reports each as CSV on standard output:"
          + " resident_id,status,since,expired_on,outcome. A summary goes to standard error."
          + " --dry-run reports and changes nothing (docs/security.md)."
    })
final class RetentionCommand implements Callable<Integer> {

  /** The header of the report, exactly. */
  static final String HEADER = "resident_id,status,since,expired_on,outcome";

  @Spec CommandSpec spec;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--moved-away",
      required = true,
      paramLabel = "PERIOD",
      description = "How long a record is kept after the person moved away, ISO-8601 (P1Y).")
  String movedAway = "";

  @Option(
      names = "--deceased",
      required = true,
      paramLabel = "PERIOD",
      description = "How long a record is kept after the person died, ISO-8601 (P3Y).")
  String deceased = "";

  @Option(
      names = "--action",
      paramLabel = "ACTION",
      defaultValue = "anonymise",
      description = "anonymise (keep id, grid and status only) or remove (default: anonymise).")
  String action = "anonymise";

  @Option(names = "--dry-run", description = "Report what would be done; change nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    Period moved = period("--moved-away", movedAway, problems);
    Period dead = period("--deceased", deceased, problems);
    RetentionPolicy.Action what = RetentionPolicy.Action.ANONYMISE;
    switch (action.strip().toLowerCase(Locale.ROOT)) {
      case "anonymise", "anonymize" -> what = RetentionPolicy.Action.ANONYMISE;
      case "remove" -> what = RetentionPolicy.Action.REMOVE;
      default -> problems.add(Problem.of("--action", "\"" + action + "\": anonymise or remove"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot apply retention", problems);
    }
    RetentionPolicy policy = new RetentionPolicy(moved, dead, what);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    PrintWriter out = spec.commandLine().getOut();
    try (GridStore s = store.open()) {
      Retention.Report report = Retention.apply(s, policy, today, dryRun);
      out.write(HEADER);
      out.write('\n');
      CsvWriter csv = new CsvWriter(out);
      for (Retention.Action a : report.actions()) {
        csv.row(
            a.residentId(),
            a.status(),
            a.since(),
            a.expiredOn().map(LocalDate::toString).orElse(""),
            a.outcome().name().toLowerCase(Locale.ROOT));
      }
      out.flush();
      spec.commandLine()
          .getErr()
          .printf(
              "grid: %d golden residents examined in %s; %s %d, kept %d whose day cannot be"
                  + " read%s%n",
              report.examined(),
              s.describe(),
              what == RetentionPolicy.Action.REMOVE ? "removed" : "anonymised",
              report.count(Retention.Outcome.REMOVED) + report.count(Retention.Outcome.ANONYMISED),
              report.count(Retention.Outcome.KEPT_UNREADABLE_DATE),
              dryRun ? " (dry run: nothing changed)" : "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }

  private static Period period(String option, String text, List<Problem> problems) {
    try {
      Period p = Period.parse(text.strip());
      if (p.isNegative()) {
        problems.add(Problem.of(option, "must not be negative: " + text));
      }
      return p;
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(option, "\"" + text + "\" is not an ISO-8601 period (P1Y, P6M)"));
      return Period.ZERO;
    }
  }
}
