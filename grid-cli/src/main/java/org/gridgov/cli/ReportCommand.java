package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.io.DutyCatalogueJson;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.io.PatrolCsv;
import org.gridgov.core.io.TaskCsv;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.supervision.DutyReport;
import org.gridgov.events.supervision.PatrolCoverage;
import org.gridgov.events.supervision.SupervisionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grid report}: supervision statistics from an audit log. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Supervision and evaluation (监督、评估): reads an audit log (audit.jsonl, docs/events.md) and"
          + " writes per grid, member and department the number of cases, the median minutes to"
          + " accept and to close, and the share escalated and overdue, as CSV"
          + " (scope,id,cases,median_minutes_to_accept,median_minutes_to_close,share_escalated,"
          + "share_overdue). With --patrols it writes patrol coverage per grid and member to"
          + " --patrol-out (scope,id,patrols,hours,households_visited,last_patrol,"
          + "days_since_last_patrol, as of --date; with --grids and --members also the micro"
          + " grids and active members without a patrol); with --tasks and --catalogue the tasks pushed"
          + " to grids per department to --duty-out (department,tasks,tasks_outside_catalogue,"
          + "share_outside_catalogue,catalogue_minutes)."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--audit", paramLabel = "FILE", description = "Audit log, JSON lines.")
  Path audit;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output CSV of the supervision report (with --audit).")
  Path out;

  @Option(names = "--patrols", paramLabel = "FILE", description = "Patrols, CSV.")
  Path patrols;

  @Option(
      names = "--patrol-out",
      paramLabel = "FILE",
      description = "Output CSV of the patrol coverage (with --patrols).")
  Path patrolOut;

  @Option(names = "--tasks", paramLabel = "FILE", description = "Tasks pushed to grids, CSV.")
  Path tasks;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "Duty catalogue, JSON.")
  Path catalogue;

  @Option(
      names = "--duty-out",
      paramLabel = "FILE",
      description = "Output CSV of the tasks per department (with --tasks and --catalogue).")
  Path dutyOut;

  @Option(
      names = "--grids",
      paramLabel = "FILE",
      description = "Grids, GeoJSON (with --patrols: micro grids nobody patrolled get a row too).")
  Path grids;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "Members, CSV (with --grids: active members who patrolled nowhere get a row).")
  Path members;

  @Mixin DateOption date = new DateOption();

  @Mixin SpreadsheetOptions.Encoding encoding = new SpreadsheetOptions.Encoding();

  @Mixin SpreadsheetOptions.Excel excel = new SpreadsheetOptions.Excel();

  @Override
  public Integer call() {
    checkPairs();
    // What each report says is printed once every input has been read: a bad audit log read
    // after the patrols means no file is written, so "wrote" must not have been said yet.
    List<String> said = new java.util.ArrayList<>();
    if (patrols != null) {
      PatrolCoverage coverage;
      if (grids != null) {
        GridFiles.Loader loader = GridFiles.loader().grids(grids);
        if (members != null) {
          loader.members(members);
        }
        coverage = PatrolCoverage.of(loader.load(), PatrolCsv.read(patrols), date.dateOrToday());
      } else {
        coverage = PatrolCoverage.of(PatrolCsv.read(patrols), date.dateOrToday());
      }
      coverage.write(patrolOut);
      long grids =
          coverage.rows().stream().filter(r -> r.scope() == PatrolCoverage.Scope.GRID).count();
      said.add(
          String.format(
              "patrol coverage of %d grids and %d members as of %s; wrote %s",
              grids, coverage.rows().size() - grids, coverage.asOf(), patrolOut));
    }
    if (tasks != null) {
      DutyReport duty = DutyReport.of(DutyCatalogueJson.read(catalogue), TaskCsv.read(tasks));
      duty.write(dutyOut);
      int all = duty.rows().stream().mapToInt(DutyReport.Row::tasks).sum();
      int outside = duty.rows().stream().mapToInt(DutyReport.Row::outsideCatalogue).sum();
      said.add(
          String.format(
              "%d tasks from %d departments, %d outside the catalogue; wrote %s",
              all, duty.rows().size(), outside, dutyOut));
    }
    PrintWriter w = spec.commandLine().getOut();
    if (audit == null) {
      said.forEach(w::println);
      return ExitCodes.OK;
    }
    List<AuditRecord> log = AuditLog.read(audit);
    SupervisionReport report = SupervisionReport.of(log);
    report.write(out);
    SupervisionReport.Row all = report.rows().isEmpty() ? null : report.rows().get(0);
    said.forEach(w::println);
    w.printf(
        "%d cases from %d audit records; %s escalated, %s overdue; wrote %s%n",
        all == null ? 0 : all.cases(),
        log.size(),
        all == null ? "none" : percent(all.shareEscalated()),
        all == null ? "none" : percent(all.shareOverdue()),
        out);
    if (report.orphanRecords() > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              "grid: warning: %d records name cases this log never opened; they are left out%n",
              report.orphanRecords());
    }
    return ExitCodes.OK;
  }

  /** Each input needs its output and the other way round; at least one report is asked for. */
  private void checkPairs() {
    List<String> wrong = new java.util.ArrayList<>();
    if ((audit == null) != (out == null)) {
      wrong.add("--audit and --out go together");
    }
    if ((patrols == null) != (patrolOut == null)) {
      wrong.add("--patrols and --patrol-out go together");
    }
    if ((tasks == null) != (dutyOut == null) || (tasks == null) != (catalogue == null)) {
      wrong.add("--tasks, --catalogue and --duty-out go together");
    }
    if (grids != null && patrols == null) {
      wrong.add("--grids goes with --patrols");
    }
    if (members != null && grids == null) {
      wrong.add("--members goes with --grids");
    }
    if (audit == null && patrols == null && tasks == null) {
      wrong.add("give --audit, --patrols or --tasks (with their outputs)");
    }
    if (!wrong.isEmpty()) {
      throw new ParameterException(spec.commandLine(), String.join("; ", wrong));
    }
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }
}
