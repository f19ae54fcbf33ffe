package org.gridgov.rules.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.internal.Parallel;
import org.gridgov.rules.policy.GridPolicy;

/**
 * Checks a grid tree against a set of rules under a policy. Immutable and thread-safe; make one
 * with {@link #builder()}.
 *
 * <pre>{@code
 * ValidationReport report = GridValidator.builder().build().validate(tree);
 * report.findings(Severity.ERROR).forEach(System.out::println);
 * }</pre>
 */
public final class GridValidator {

  private final ImmutableList<GridRule> rules;
  private final GridPolicy policy;
  private final Executor executor;

  private GridValidator(ImmutableList<GridRule> rules, GridPolicy policy, Executor executor) {
    this.rules = rules;
    this.policy = policy;
    this.executor = executor;
  }

  /** Starts a validator: every rule found on the class path, the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs (the policy may still turn some off). */
  public ImmutableList<GridRule> rules() {
    return rules;
  }

  /** The policy applied. */
  public GridPolicy policy() {
    return policy;
  }

  /** Checks {@code tree} as of today in China Standard Time. */
  public ValidationReport validate(GridTree tree) {
    return validate(tree, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
  }

  /**
   * Checks {@code tree} as of {@code date}: members active that day count as active.
   *
   * @throws RuleFailedException if a rule throws; it names the rule
   */
  public ValidationReport validate(GridTree tree, LocalDate date) {
    return validate(tree, GovernanceRecords.none(), date);
  }

  /**
   * Checks {@code tree} with its governance records as of {@code date}. A rule that needs a record
   * that was not supplied ({@link GridRule#inputs()}) is skipped, and the report lists its ids
   * under {@link ValidationReport#skipped()}.
   *
   * @throws RuleFailedException if a rule throws; it names the rule
   */
  public ValidationReport validate(GridTree tree, GovernanceRecords records, LocalDate date) {
    requireNonNull(tree, "tree");
    requireNonNull(records, "records");
    requireNonNull(date, "date");
    RuleContext context = new RuleContext(tree, records, policy, date);
    List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    Map<String, Set<GovernanceInput>> skipped = new TreeMap<>();
    List<GridRule> enabled = new ArrayList<>();
    for (GridRule rule : rules) {
      if (rule.ids().stream().noneMatch(policy::enabled)) {
        continue;
      }
      Set<GovernanceInput> missing = EnumSet.noneOf(GovernanceInput.class);
      rule.inputs().stream().filter(i -> !records.has(i)).forEach(missing::add);
      if (missing.isEmpty()) {
        enabled.add(rule);
      } else {
        rule.ids().stream().filter(policy::enabled).forEach(id -> skipped.put(id, missing));
      }
    }
    // Rules are independent, so they run side by side; each collects its own findings.
    Parallel.forEach(
        executor,
        enabled,
        rule -> {
          List<Finding> mine = new ArrayList<>();
          try {
            rule.check(context, mine::add);
          } catch (RuntimeException e) {
            throw new RuleFailedException(rule, e);
          }
          for (Finding f : mine) {
            if (!rule.ids().contains(f.rule())) {
              throw new RuleFailedException(
                  rule,
                  new IllegalStateException(
                      "reported a finding under id " + f.rule() + ", not one of " + rule.ids()));
            }
            if (policy.enabled(f.rule())) {
              Optional<Severity> override = policy.severity(f.rule());
              findings.add(override.map(f::withSeverity).orElse(f));
            }
          }
        });
    return ValidationReport.of(findings, date, skipped);
  }

  /** Builds a {@link GridValidator}. */
  public static final class Builder {
    private Optional<List<GridRule>> rules = Optional.empty();
    private GridPolicy policy = GridPolicy.defaults();
    private Executor executor = Parallel.defaultExecutor();

    private Builder() {}

    /**
     * Runs the rules side by side on {@code executor} instead of the common fork-join pool: a
     * server's own pool, say, or {@code Runnable::run} to use the calling thread only. The report
     * does not depend on it.
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor");
      return this;
    }

    /** Runs exactly these rules instead of those found on the class path. */
    public Builder rules(List<GridRule> rules) {
      List<GridRule> copy = List.copyOf(rules);
      this.rules = Optional.of(copy);
      return this;
    }

    /** Applies this policy instead of the default one. */
    public Builder policy(GridPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @throws IllegalStateException if two rules claim the same id
     */
    public GridValidator build() {
      List<GridRule> chosen =
          rules.orElseGet(() -> RuleLoader.load(GridRule.class.getClassLoader()));
      List<String> seen = new ArrayList<>();
      for (GridRule r : chosen) {
        for (String id : r.ids()) {
          if (seen.contains(id)) {
            throw new IllegalStateException(
                "two rules claim the id " + id + ": " + r.getClass().getName() + " and another");
          }
          seen.add(id);
        }
      }
      return new GridValidator(ImmutableList.copyOf(chosen), policy, executor);
    }
  }
}
