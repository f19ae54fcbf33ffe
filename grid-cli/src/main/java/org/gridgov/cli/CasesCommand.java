package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gridgov.core.event.CaseState;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Codes;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.Times;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grid cases}: lists the cases in the store. */
@Command(
    name = "cases",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the cases in the store, in the order they opened, as CSV on standard output:"
          + " case_id,grid_code,state,assignee,departments,opened_at,last_at,entries. A count goes"
          + " to standard error."
    })
final class CasesCommand implements Callable<Integer> {

  /** The header of the listing, exactly. */
  static final String HEADER =
      "case_id,grid_code,state,assignee,departments,opened_at,last_at,entries";

  /** Dates without a time are days in China's time (UTC+8), where the cases happen. */
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  @Spec CommandSpec spec;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--grid",
      paramLabel = "CODE",
      description = "Only cases led by this grid or a grid inside it.")
  @Nullable String grid;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Only cases in this state (reported, accepted, ..., closed; docs/events.md).")
  @Nullable String state;

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description =
          "Only cases opened at or after this time: 2026-03-02T08:00+08:00, or a date (its start,"
              + " UTC+8).")
  @Nullable String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description = "Only cases opened before this time (same forms as --since).")
  @Nullable String until;

  @Option(
      names = "--assignee",
      paramLabel = "MEMBER",
      description = "Only cases this member handles.")
  @Nullable String assignee;

  @Option(
      names = "--department",
      paramLabel = "DEPT",
      description = "Only cases routed to this department.")
  @Nullable String department;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "List at most N cases, 0 for all (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more: " + limit);
    }
    CaseQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    try (GridStore s = store.open()) {
      // The command line speaks for the community office: it sees every case in the store.
      Scope scope = Scope.everything("command line");
      long total = s.cases().count(scope, query);
      out.write(HEADER);
      out.write('\n');
      CsvWriter csv = new CsvWriter(out);
      long shown = 0;
      PageRequest page = PageRequest.first(1000);
      while (limit == 0 || shown < limit) {
        Page<CaseSummary> p = s.cases().query(scope, query, page);
        for (CaseSummary c : p.items()) {
          if (limit != 0 && shown == limit) {
            break;
          }
          csv.row(
              c.caseId(),
              c.grid().value(),
              c.state().code(),
              c.assignee().orElse(""),
              String.join(";", c.departments()),
              Times.format(c.openedAt()),
              Times.format(c.lastAt()),
              Long.toString(c.lastSequence()));
          shown++;
        }
        if (p.next().isEmpty()) {
          break;
        }
        page = page.after(p.next().get());
      }
      out.flush();
      spec.commandLine()
          .getErr()
          .printf("grid: %d of %d matching cases listed, from %s%n", shown, total, s.describe());
    }
    return ExitCodes.OK;
  }

  private CaseQuery query() {
    CaseQuery.Builder q = CaseQuery.builder();
    if (grid != null) {
      q.grid(
          GridCode.tryParse(grid)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(), "--grid: not a grid code: " + grid)));
    }
    if (state != null) {
      try {
        q.state(Codes.parse(CaseState.class, "--state", state));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
      }
    }
    if (since != null) {
      q.openedFrom(instant("--since", since));
    }
    if (until != null) {
      q.openedBefore(instant("--until", until));
    }
    if (assignee != null) {
      q.assignee(assignee);
    }
    if (department != null) {
      q.department(department);
    }
    return q.build();
  }

  private Instant instant(String option, String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(CHINA);
      }
      return Times.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + ": \""
              + text
              + "\" is neither a date (2026-03-02) nor a time with its offset"
              + " (2026-03-02T08:00+08:00)");
    }
  }
}
