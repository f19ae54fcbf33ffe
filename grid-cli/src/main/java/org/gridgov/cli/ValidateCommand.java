package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.io.GridFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.validation.GridValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid validate}: checks a community's files against the rules of the model. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a community's files and checks them against the rules of the micro-grid model"
          + " (sizes, workload, coverage, staffing, party coverage, care; docs/rules.md), under"
          + " the default policy or the one given with --policy (docs/policy.md). With --patrols,"
          + " --tracks, --catalogue, --tasks and --appointments it also checks the patrols, the"
          + " duty catalogue and the cross-appointments; a rule whose input is not given is"
          + " skipped, and the summary says so."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no ERROR finding",
      "1:at least one ERROR finding (or another failure)",
      "2:bad input (files, policy or arguments)"
    })
final class ValidateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Mixin GridFilesOptions files = new GridFilesOptions();

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy, JSON (docs/policy.md).")
  Path policy;

  @Mixin FormatOption output = new FormatOption();

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the messages: en or zh (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin DateOption date = new DateOption();

  @Option(
      names = "--patrols",
      paramLabel = "FILE",
      description = "Patrols, CSV (docs/formats.md); without it the patrol rules are skipped.")
  Path patrols;

  @Option(
      names = "--tracks",
      paramLabel = "FILE",
      description = "Patrol tracks, GeoJSON LineStrings (with --patrols, for patrol.track).")
  Path tracks;

  @Option(
      names = "--catalogue",
      paramLabel = "FILE",
      description = "Duty catalogue, JSON (with --tasks, for the duty rules).")
  Path catalogue;

  @Option(
      names = "--tasks",
      paramLabel = "FILE",
      description = "Tasks pushed to grids, CSV (with --catalogue, for the duty rules).")
  Path tasks;

  @Option(
      names = "--appointments",
      paramLabel = "FILE",
      description = "Appointments to the community's bodies, CSV (party.cross_appointment).")
  Path appointments;

  @Option(
      names = "--findings-csv",
      paramLabel = "FILE",
      description =
          "Also write the findings as CSV for people: severity,rule,grid,subject,message, the"
              + " messages in the language of --lang (docs/rules.md).")
  Path findingsCsv;

  @Mixin SpreadsheetOptions.Excel excel = new SpreadsheetOptions.Excel();

  /** The header of {@code --findings-csv}. */
  static final String FINDINGS_HEADER = "severity,rule,grid,subject,message";

  @Override
  public Integer call() throws Exception {
    Locale locale = locale();
    GridPolicy rules = Policies.territory(Optional.ofNullable(policy));
    GridTree tree;
    GovernanceRecords records;
    // Both kinds of input are read before giving up, so that every bad row of every file is listed.
    List<Problem> problems = new ArrayList<>();
    try {
      tree = files.load(spec.commandLine().getErr());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      tree = null;
    }
    try {
      records = GridFiles.loadGovernance(governanceFiles());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      records = null;
    }
    if (tree == null || records == null) {
      throw new InvalidInputException("cannot read the input", problems);
    }
    GridValidator validator = GridValidator.builder().policy(rules).build();
    java.util.Set<String> known = new java.util.HashSet<>();
    validator.rules().forEach(r -> known.addAll(r.ids()));
    for (String id : rules.configuredRuleIds()) {
      if (!known.contains(id)) {
        spec.commandLine()
            .getErr()
            .printf(
                "grid: warning: the policy configures rule %s, which no installed rule reports%n",
                id);
      }
    }
    ValidationReport report = validator.validate(tree, records, date.dateOrToday());
    if (findingsCsv != null) {
      CsvWriter.writeFile(
          findingsCsv,
          FINDINGS_HEADER,
          report.findings(),
          f ->
              new String[] {
                f.severity().code(),
                f.rule(),
                f.grid().map(Object::toString).orElse(""),
                f.subject().orElse(""),
                f.message(locale)
              });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      out.println(JSON.writeValueAsString(toJson(report, locale)));
    } else {
      printText(report, locale, out);
    }
    out.flush();
    return report.hasErrors() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private Map<GovernanceInput, Path> governanceFiles() {
    Map<GovernanceInput, Path> out = new EnumMap<>(GovernanceInput.class);
    if (patrols != null) {
      out.put(GovernanceInput.PATROLS, patrols);
    }
    if (tracks != null) {
      out.put(GovernanceInput.TRACKS, tracks);
    }
    if (catalogue != null) {
      out.put(GovernanceInput.CATALOGUE, catalogue);
    }
    if (tasks != null) {
      out.put(GovernanceInput.TASKS, tasks);
    }
    if (appointments != null) {
      out.put(GovernanceInput.APPOINTMENTS, appointments);
    }
    return out;
  }

  /** The options a skipped rule lacked: {@code --tasks --catalogue}. */
  private static String options(Set<GovernanceInput> inputs) {
    return inputs.stream().map(i -> "--" + i.option()).collect(Collectors.joining(" "));
  }

  private Locale locale() {
    return switch (lang) {
      case "en" -> Locale.ENGLISH;
      case "zh" -> Locale.SIMPLIFIED_CHINESE;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "--lang must be en or zh but was \"" + lang + "\"");
    };
  }

  private static void printText(ValidationReport report, Locale locale, PrintWriter out) {
    for (Finding f : report.findings()) {
      StringBuilder line = new StringBuilder();
      line.append(String.format("%-7s %-22s", f.severity(), f.rule()));
      line.append(f.grid().map(g -> " " + g).orElse(""));
      f.subject().ifPresent(s -> line.append(" [").append(s).append(']'));
      line.append(": ").append(f.message(locale));
      out.println(line);
    }
    var counts = report.countsBySeverity();
    out.printf(
        "%d errors, %d warnings, %d info (checked as of %s)%n",
        counts.get(Severity.ERROR),
        counts.get(Severity.WARNING),
        counts.get(Severity.INFO),
        report.date());
    if (!report.skipped().isEmpty()) {
      out.printf(
          "skipped %d rules whose input was not given: %s%n",
          report.skipped().size(),
          report.skipped().entrySet().stream()
              .map(e -> e.getKey() + " (" + options(e.getValue()) + ")")
              .collect(Collectors.joining(", ")));
    }
  }

  /** The JSON document of a report; its shape is a public contract (see docs/rules.md). */
  static ObjectNode toJson(ValidationReport report, Locale locale) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.rule());
      o.put("severity", f.severity().code());
      o.put("grid", f.grid().map(Object::toString).orElse(null));
      o.put("subject", f.subject().orElse(null));
      if (f.value().isPresent()) {
        o.put("value", f.value().getAsDouble());
      } else {
        o.putNull("value");
      }
      if (f.limit().isPresent()) {
        o.put("limit", f.limit().getAsDouble());
      } else {
        o.putNull("limit");
      }
      o.put("message", f.message(locale));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("date", report.date().toString());
    summary.put("passed", !report.hasErrors());
    report.countsBySeverity().forEach((s, n) -> summary.put(s.code(), n));
    ObjectNode byRule = summary.putObject("rules");
    report.countsByRule().forEach(byRule::put);
    ObjectNode skipped = summary.putObject("skipped");
    report
        .skipped()
        .forEach(
            (rule, inputs) -> {
              ArrayNode missing = skipped.putArray(rule);
              inputs.forEach(i -> missing.add(i.option()));
            });
    return root;
  }
}
