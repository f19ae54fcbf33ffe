package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.interop.CapAlert;
import org.gridgov.rules.incident.IncidentArea;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code grid cap}: an area incident as an OASIS CAP 1.2 alert. */
@Command(
    name = "cap",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an area incident of grade I, II or III as an OASIS CAP 1.2 alert (docs/interop.md):"
          + " the area file of grid knock (polygons, or points with radius_m) becomes the alert's"
          + " polygons."
    })
final class CapCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--area",
      required = true,
      paramLabel = "FILE",
      description = "The affected area, GeoJSON: polygons, or points with radius_m.")
  Path area;

  @Option(
      names = "--area-desc",
      required = true,
      paramLabel = "TEXT",
      description = "The area in words, e.g. 营门口街道沙河沿线.")
  String areaDesc;

  @Option(
      names = "--category",
      required = true,
      paramLabel = "CODE",
      description = "The event category, e.g. disaster.flood.")
  String category;

  @Option(
      names = "--severity",
      required = true,
      paramLabel = "GRADE",
      description = "The grade: i, ii or iii.")
  String severity;

  @Option(
      names = "--status",
      required = true,
      paramLabel = "STATUS",
      description =
          "actual, exercise or test: required, a drill taken for real is the worst error.")
  CapAlert.Status status;

  @Option(
      names = "--urgency",
      defaultValue = "immediate",
      paramLabel = "URGENCY",
      description = "immediate or expected (default: ${DEFAULT-VALUE}).")
  CapAlert.Urgency urgency = CapAlert.Urgency.IMMEDIATE;

  @Option(
      names = "--certainty",
      defaultValue = "observed",
      paramLabel = "CERTAINTY",
      description = "observed or likely (default: ${DEFAULT-VALUE}).")
  CapAlert.Certainty certainty = CapAlert.Certainty.OBSERVED;

  @Option(
      names = "--identifier",
      required = true,
      paramLabel = "ID",
      description = "The alert's identifier, unique for the sender.")
  String identifier;

  @Option(
      names = "--sender",
      required = true,
      paramLabel = "SENDER",
      description = "Who sends it, e.g. yingmenkou@jinniu.gov.cn.")
  String sender;

  @Option(
      names = "--sent",
      paramLabel = "TIME",
      description = "When it is sent (default: now, China time).")
  @Nullable String sent;

  @Option(names = "--expires", paramLabel = "TIME", description = "When it stops applying.")
  @Nullable String expires;

  @Option(names = "--headline", paramLabel = "TEXT", description = "A short headline.")
  @Nullable String headline;

  @Option(names = "--description", paramLabel = "TEXT", description = "What happened.")
  @Nullable String description;

  @Option(names = "--instruction", paramLabel = "TEXT", description = "What people should do.")
  @Nullable String instruction;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the XML (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    OffsetDateTime sentAt = sent == null ? OffsetDateTime.now(Times.CHINA) : time("--sent", sent);
    CapAlert alert;
    Geometry affected = IncidentArea.read(area);
    try {
      CapAlert.Builder b =
          CapAlert.builder(identifier, sender, sentAt)
              .status(status)
              .hazard(EventCategory.fromCode(category), EventSeverity.fromCode(severity))
              .urgency(urgency)
              .certainty(certainty)
              .area(areaDesc, affected);
      if (expires != null) {
        b.expires(time("--expires", expires));
      }
      if (headline != null) {
        b.headline(headline);
      }
      if (description != null) {
        b.description(description);
      }
      if (instruction != null) {
        b.instruction(instruction);
      }
      alert = b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(
          "cannot make the CAP alert", List.of(Problem.of("", Checks.messageOf(e))));
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(alert.toXml());
      w.flush();
    } else {
      Path file = out.toAbsolutePath();
      Path dir = file.getParent();
      AtomicFiles.writeBytes(
          dir == null ? Path.of(".") : dir,
          java.util.Map.of(file.getFileName().toString(), alert::write));
      spec.commandLine().getErr().printf("grid: wrote %s%n", out);
    }
    return ExitCodes.OK;
  }

  private OffsetDateTime time(String option, String text) {
    try {
      return Times.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + Times.refusal(text, e));
    }
  }
}
