package org.gridgov.rules.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.division.DivisionLevel;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.PolicyDocument;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;

/**
 * A policy: default figures, overrides per settlement and per town or street, and per rule an
 * on/off switch and a severity. Immutable and thread-safe. Read one from JSON with {@link
 * #read(Path)} or {@link #read(Reader, String)}; the format is in {@code docs/policy.md}.
 *
 * <p>The figures for a grid are resolved from the defaults, then the override for its settlement,
 * then the override for its town or street (the town-level ancestor of the grid's community code),
 * later ones winning field by field — the paper leaves micro-grid criteria to each town and street.
 */
public final class GridPolicy {

  /** The version of the policy JSON this class reads and writes. */
  public static final int SCHEMA_VERSION = PolicyDocument.SCHEMA_VERSION;

  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  /**
   * Floors a rural building of unknown height counts unless a policy says otherwise: 1, the ground
   * floor, so no stairs (see {@code docs/workload.md}).
   */
  public static final int RURAL_DEFAULT_FLOORS = 1;

  /**
   * The figures that differ by settlement before any policy file: a villager's house is knocked at
   * its ground-floor gate, so a rural building of unknown height counts one floor (no stairs), not
   * the urban walk-up of {@code defaultFloors} (see {@code docs/workload.md}). A policy file's
   * {@code settlements.rural} section is merged over this, field by field.
   */
  private static final Map<Settlement, Map<PolicyField, Object>> BUILT_IN_SETTLEMENTS =
      Map.of(Settlement.RURAL, Map.of(PolicyField.DEFAULT_FLOORS, RURAL_DEFAULT_FLOORS));

  private static final GridPolicy DEFAULTS =
      new GridPolicy(full(PolicyValues.DEFAULTS), BUILT_IN_SETTLEMENTS, Map.of(), Map.of());

  private final EnumMap<PolicyField, Object> defaults;
  private final ImmutableMap<Settlement, Map<PolicyField, Object>> settlements;
  private final ImmutableMap<DivisionCode, Map<PolicyField, Object>> towns;
  private final ImmutableMap<String, RuleSetting> rules;
  private final PolicyValues defaultValues;
  private final Map<String, PolicyValues> resolved = new ConcurrentHashMap<>();

  /** A rule's switch and severity as the policy sets them. */
  private record RuleSetting(boolean enabled, Optional<Severity> severity) {}

  private GridPolicy(
      EnumMap<PolicyField, Object> defaults,
      Map<Settlement, Map<PolicyField, Object>> settlements,
      Map<DivisionCode, Map<PolicyField, Object>> towns,
      Map<String, RuleSetting> rules) {
    this.defaults = defaults;
    this.settlements = ImmutableMap.copyOf(settlements);
    this.towns = ImmutableMap.copyOf(towns);
    this.rules = ImmutableMap.copyOf(rules);
    this.defaultValues = PolicyField.build(defaults);
  }

  /** The paper's policy with no overrides. */
  public static GridPolicy defaults() {
    return DEFAULTS;
  }

  /** The default figures, before any override. */
  public PolicyValues defaultValues() {
    return defaultValues;
  }

  /** The figures for a grid: defaults, then its settlement's override, then its town's. */
  public PolicyValues values(Grid grid) {
    requireNonNull(grid, "grid");
    return values(grid.settlement(), grid.code().community().ancestorAt(DivisionLevel.TOWN));
  }

  /** The figures for a settlement in a town or street (empty: no town override applies). */
  public PolicyValues values(Settlement settlement, Optional<DivisionCode> town) {
    requireNonNull(settlement, "settlement");
    requireNonNull(town, "town");
    Optional<DivisionCode> overridden = town.filter(towns::containsKey);
    if (!settlements.containsKey(settlement) && overridden.isEmpty()) {
      return defaultValues;
    }
    String key = settlement + "/" + overridden.map(DivisionCode::digits).orElse("");
    return resolved.computeIfAbsent(key, k -> PolicyField.build(merge(settlement, overridden)));
  }

  private EnumMap<PolicyField, Object> merge(Settlement settlement, Optional<DivisionCode> town) {
    EnumMap<PolicyField, Object> out = new EnumMap<>(defaults);
    out.putAll(settlements.getOrDefault(settlement, Map.of()));
    town.ifPresent(t -> out.putAll(towns.get(t)));
    return out;
  }

  /** Whether a rule runs; every rule runs unless the policy turns it off. */
  public boolean enabled(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    RuleSetting s = rules.get(ruleId);
    return s == null || s.enabled();
  }

  /**
   * The rule ids the policy configures (switches or severities), in file order. A tool can warn
   * about ids that no installed rule reports: a misspelt id would otherwise change nothing.
   */
  public com.google.common.collect.ImmutableSet<String> configuredRuleIds() {
    return rules.keySet();
  }

  /** The severity the policy gives a rule's findings instead of the rule's own, if any. */
  public Optional<Severity> severity(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    RuleSetting s = rules.get(ruleId);
    return s == null ? Optional.empty() : s.severity();
  }

  /**
   * Reads the territorial sections of a policy file ({@code defaults}, {@code settlements}, {@code
   * towns}, {@code rules}); the {@code routing} section is left to {@code grid-events}' {@code
   * RoutingPolicy}, but an unknown section is still an error.
   *
   * @throws InvalidInputException listing every problem, each naming the file and the JSON path of
   *     the field (or the line and column of a syntax error); a missing file is one too
   * @throws UncheckedIOException if the file cannot be read for another reason
   */
  public static GridPolicy read(Path file) {
    return new Reading(PolicyDocument.read(file)).read();
  }

  /**
   * Reads the territorial sections of a policy from JSON text.
   *
   * @param in the JSON; read to its end, not closed
   * @param source the name problems give the input
   * @throws InvalidInputException listing every problem, each naming the JSON path of the field
   */
  public static GridPolicy read(Reader in, String source) {
    return new Reading(PolicyDocument.read(in, source)).read();
  }

  private static EnumMap<PolicyField, Object> full(PolicyValues v) {
    EnumMap<PolicyField, Object> out = new EnumMap<>(PolicyField.class);
    for (PolicyField f : PolicyField.values()) {
      out.put(f, f.get(v));
    }
    return out;
  }

  /** One reading of a policy document, collecting every problem before it gives up. */
  private static final class Reading {
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private final PolicyDocument document;

    Reading(PolicyDocument document) {
      this.document = document;
      this.source = document.source();
      problems.addAll(document.problems());
    }

    private void problem(String path, String message) {
      problems.add(PolicyDocument.problem(source, path, message));
    }

    GridPolicy read() {
      EnumMap<PolicyField, Object> defaults = full(PolicyValues.DEFAULTS);
      Map<Settlement, Map<PolicyField, Object>> settlements = new LinkedHashMap<>();
      BUILT_IN_SETTLEMENTS.forEach((s, fields) -> settlements.put(s, new EnumMap<>(fields)));
      Map<DivisionCode, Map<PolicyField, Object>> towns = new LinkedHashMap<>();
      Map<String, RuleSetting> rules = new LinkedHashMap<>();
      // In the document's order, so that problems are listed in the order of the file.
      document
          .sections()
          .forEach(
              (key, value) -> {
                String path = "$." + key;
                switch (key) {
                  case "defaults" -> defaults.putAll(partial(value, path));
                  case "settlements" ->
                      objectEntries(value, path)
                          .forEach(
                              (name, node) -> {
                                String p = path + "." + name;
                                try {
                                  // Merged over the built-in figures of the settlement.
                                  settlements
                                      .computeIfAbsent(
                                          Settlement.fromCode(name),
                                          k -> new EnumMap<>(PolicyField.class))
                                      .putAll(partial(node, p));
                                } catch (IllegalArgumentException e) {
                                  problem(p, Checks.messageOf(e));
                                }
                              });
                  case "towns" ->
                      objectEntries(value, path)
                          .forEach((code, node) -> town(code, node, path + "." + code, towns));
                  case "rules" ->
                      objectEntries(value, path)
                          .forEach((id, node) -> rule(id, node, path + "." + id, rules));
                  default -> {
                    // Another module's section (routing): read by that module.
                  }
                }
              });
      if (problems.isEmpty()) {
        checkCombinations(defaults, settlements, towns);
      }
      if (!problems.isEmpty()) {
        throw failed();
      }
      return new GridPolicy(defaults, settlements, towns, rules);
    }

    private InvalidInputException failed() {
      return new InvalidInputException("cannot read the policy " + source, problems);
    }

    private void town(
        String code,
        JsonNode node,
        String path,
        Map<DivisionCode, Map<PolicyField, Object>> towns) {
      Optional<DivisionCode> town =
          DivisionCode.tryParse(code).filter(d -> d.level() == DivisionLevel.TOWN);
      if (town.isEmpty()) {
        problem(
            path,
            "\""
                + code
                + "\" is not the 12-digit code of a town or street"
                + " (such as 510107011000)");
        partial(node, path);
      } else {
        towns.put(town.get(), partial(node, path));
      }
    }

    private Map<String, JsonNode> objectEntries(JsonNode node, String path) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      if (!node.isObject()) {
        problem(path, "must be an object");
        return out;
      }
      node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }

    /** Reads a partial set of figures: the fields given, each checked. */
    private Map<PolicyField, Object> partial(JsonNode node, String path) {
      Map<PolicyField, Object> out = new EnumMap<>(PolicyField.class);
      objectEntries(node, path)
          .forEach(
              (name, value) -> {
                if (name.equals("workload")) {
                  objectEntries(value, path + ".workload")
                      .forEach((w, v) -> field(w, true, v, path + ".workload." + w, out));
                } else {
                  field(name, false, value, path + "." + name, out);
                }
              });
      return out;
    }

    private void field(
        String name,
        boolean inWorkload,
        JsonNode value,
        String path,
        Map<PolicyField, Object> out) {
      Optional<PolicyField> field = PolicyField.find(name, inWorkload);
      if (field.isEmpty()) {
        problem(path, "unknown field; see docs/policy.md for the fields of a policy");
        return;
      }
      PolicyField f = field.get();
      switch (f.kind) {
        case BOOLEAN -> {
          if (!value.isBoolean()) {
            problem(path, value + " is not true or false");
            return;
          }
          out.put(f, value.booleanValue());
        }
        case INT -> {
          if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path, value + " is not a whole number");
            return;
          }
          if (value.intValue() < f.min || value.intValue() > f.max) {
            problem(path, value + " is outside " + (long) f.min + ".." + (long) f.max);
            return;
          }
          out.put(f, value.intValue());
        }
        case NUMBER -> {
          if (!value.isNumber()) {
            problem(path, value + " is not a number");
            return;
          }
          double d = value.doubleValue();
          if (!(d >= f.min && d <= f.max)) {
            problem(path, value + " is outside " + f.min + ".." + f.max);
            return;
          }
          out.put(f, d);
        }
      }
    }

    private void rule(String id, JsonNode node, String path, Map<String, RuleSetting> rules) {
      if (!RULE_ID.matcher(id).matches()) {
        problem(
            path,
            "\"" + id + "\" is not a rule id (lower-case words joined by dots, like size.micro)");
        return;
      }
      boolean enabled = true;
      Optional<Severity> severity = Optional.empty();
      for (var e : objectEntries(node, path).entrySet()) {
        String p = path + "." + e.getKey();
        JsonNode v = e.getValue();
        switch (e.getKey()) {
          case "enabled" -> {
            if (v.isBoolean()) {
              enabled = v.booleanValue();
            } else {
              problem(p, v + " is not true or false");
            }
          }
          case "severity" -> {
            try {
              severity = Optional.of(Severity.fromCode(v.asText()));
              if (!v.isTextual()) {
                problem(p, v + " is not a string");
              }
            } catch (IllegalArgumentException ex) {
              problem(p, Checks.messageOf(ex));
            }
          }
          default -> problem(p, "unknown field; a rule takes enabled and severity");
        }
      }
      rules.put(id, new RuleSetting(enabled, severity));
    }

    /**
     * Every combination that can occur must make consistent figures (a minimum below its maximum).
     */
    private void checkCombinations(
        EnumMap<PolicyField, Object> defaults,
        Map<Settlement, Map<PolicyField, Object>> settlements,
        Map<DivisionCode, Map<PolicyField, Object>> towns) {
      for (Settlement s : Settlement.values()) {
        List<Optional<DivisionCode>> places = new ArrayList<>();
        places.add(Optional.empty());
        towns.keySet().forEach(t -> places.add(Optional.of(t)));
        for (Optional<DivisionCode> town : places) {
          EnumMap<PolicyField, Object> merged = new EnumMap<>(defaults);
          merged.putAll(settlements.getOrDefault(s, Map.of()));
          town.ifPresent(t -> merged.putAll(towns.get(t)));
          try {
            PolicyField.build(merged);
          } catch (IllegalArgumentException e) {
            String where =
                town.map(t -> "$.towns." + t.digits())
                    .orElse(
                        settlements.containsKey(s) ? "$.settlements." + s.code() : "$.defaults");
            problem(
                where,
                e.getMessage()
                    + " (for "
                    + s.code()
                    + " grids"
                    + town.map(t -> " in " + t.digits()).orElse("")
                    + ")");
          }
        }
      }
    }
  }
}
