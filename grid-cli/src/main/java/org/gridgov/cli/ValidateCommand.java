package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.grid.GridTree;
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
          + " the default policy or the one given with --policy (docs/policy.md)."
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

  @Override
  public Integer call() throws Exception {
    Locale locale = locale();
    GridPolicy rules = Policies.territory(Optional.ofNullable(policy));
    GridTree tree = files.load(spec.commandLine().getErr());
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
    ValidationReport report = validator.validate(tree, date.dateOrToday());
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      out.println(JSON.writeValueAsString(toJson(report, locale)));
    } else {
      printText(report, locale, out);
    }
    out.flush();
    return report.hasErrors() ? ExitCodes.FAILURE : ExitCodes.OK;
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
    return root;
  }
}
