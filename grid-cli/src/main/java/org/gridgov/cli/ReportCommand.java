package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.events.routing.AuditLog;
import org.gridgov.events.routing.AuditRecord;
import org.gridgov.events.supervision.SupervisionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
          + "share_overdue)."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--audit",
      required = true,
      paramLabel = "FILE",
      description = "Audit log, JSON lines.")
  Path audit;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV.")
  Path out;

  @Override
  public Integer call() {
    List<AuditRecord> log = AuditLog.read(audit);
    SupervisionReport report = SupervisionReport.of(log);
    report.write(out);
    PrintWriter w = spec.commandLine().getOut();
    SupervisionReport.Row all = report.rows().isEmpty() ? null : report.rows().get(0);
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

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }
}
