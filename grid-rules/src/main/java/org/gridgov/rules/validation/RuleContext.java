package org.gridgov.rules.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.staff.GridMember;
import org.gridgov.rules.policy.GridPolicy;
import org.gridgov.rules.policy.PolicyValues;
import org.gridgov.rules.workload.WorkloadEstimate;
import org.gridgov.rules.workload.WorkloadModel;

/**
 * What a {@link GridRule} checks against: the tree, the policy, the day (members active that day
 * count as active), and indexes shared by the rules of one run, computed once on first use.
 * Thread-safe: the validator may run rules at the same time.
 */
public final class RuleContext {

  private final GridTree tree;
  private final GovernanceRecords records;
  private final GridPolicy policy;
  private final LocalDate date;
  private final ConcurrentMap<GridCode, ImmutableList<GridMember>> activeMembers =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<GridCode, ImmutableList<Household>> householdsWithin =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<GridCode, PolicyValues> values = new ConcurrentHashMap<>();

  /**
   * Makes a context.
   *
   * @param tree the tree checked
   * @param policy the policy applied
   * @param date the day of the check
   */
  public RuleContext(GridTree tree, GridPolicy policy, LocalDate date) {
    this(tree, GovernanceRecords.none(), policy, date);
  }

  /**
   * Makes a context with governance records beside the tree.
   *
   * @param tree the tree checked
   * @param records the patrols, tasks, catalogue and appointments supplied, if any
   * @param policy the policy applied
   * @param date the day of the check
   */
  public RuleContext(GridTree tree, GovernanceRecords records, GridPolicy policy, LocalDate date) {
    this.tree = requireNonNull(tree, "tree");
    this.records = requireNonNull(records, "records");
    this.policy = requireNonNull(policy, "policy");
    this.date = requireNonNull(date, "date");
  }

  /** The governance records supplied with the tree ({@link GovernanceRecords#none()} if none). */
  public GovernanceRecords records() {
    return records;
  }

  /** The tree checked. */
  public GridTree tree() {
    return tree;
  }

  /** The policy applied. */
  public GridPolicy policy() {
    return policy;
  }

  /** The day of the check. */
  public LocalDate date() {
    return date;
  }

  /** The policy's figures for a grid (resolved once per grid). */
  public PolicyValues values(Grid grid) {
    return values.computeIfAbsent(grid.code(), c -> policy.values(grid));
  }

  /** The members serving a grid who are active on {@link #date()}. */
  public ImmutableList<GridMember> activeMembers(GridCode grid) {
    return activeMembers.computeIfAbsent(
        grid,
        g ->
            tree.members(g).stream()
                .filter(m -> m.isActiveOn(date))
                .collect(ImmutableList.toImmutableList()));
  }

  /** The households of a grid and of every grid below it (computed once per grid). */
  public ImmutableList<Household> householdsWithin(GridCode grid) {
    return householdsWithin.computeIfAbsent(grid, tree::householdsWithin);
  }

  /** The door-to-door round of a grid's households by its active members, under its policy. */
  public WorkloadEstimate workload(Grid grid) {
    return new WorkloadModel(values(grid).workload())
        .estimate(householdsWithin(grid.code()), tree::building, activeMembers(grid.code()).size());
  }

  /**
   * Starts a finding.
   *
   * @param rule the rule id
   * @param severity the rule's own severity (the policy may change it)
   */
  public FindingBuilder finding(String rule, Severity severity) {
    return new FindingBuilder(rule, severity);
  }

  /** Builds a {@link Finding} field by field. */
  public static final class FindingBuilder {
    private final String rule;
    private final Severity severity;
    private Optional<GridCode> grid = Optional.empty();
    private Optional<String> subject = Optional.empty();
    private OptionalDouble value = OptionalDouble.empty();
    private OptionalDouble limit = OptionalDouble.empty();

    private FindingBuilder(String rule, Severity severity) {
      this.rule = requireNonNull(rule, "rule");
      this.severity = requireNonNull(severity, "severity");
    }

    /** The grid the finding concerns. */
    public FindingBuilder grid(GridCode grid) {
      this.grid = Optional.of(grid);
      return this;
    }

    /** The household or member the finding concerns. */
    public FindingBuilder subject(String subject) {
      this.subject = Optional.of(subject);
      return this;
    }

    /** The measured value. */
    public FindingBuilder value(double value) {
      this.value = OptionalDouble.of(value);
      return this;
    }

    /** The limit the value was held against. */
    public FindingBuilder limit(double limit) {
      this.limit = OptionalDouble.of(limit);
      return this;
    }

    /** Finishes the finding with its message in English and in Chinese. */
    public Finding message(String en, String zh) {
      return new Finding(rule, severity, grid, subject, value, limit, en, zh);
    }
  }
}
