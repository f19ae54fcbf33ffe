package org.gridgov.core.finding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.governance.GovernanceInput;

/**
 * The findings of one validation run, in a stable order (severity, rule, grid, subject), with
 * counts. A run passes when it has no {@link Severity#ERROR} finding.
 */
public final class ValidationReport {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(f -> f.grid().map(Object::toString).orElse(""))
          .thenComparing(f -> f.subject().orElse(""))
          .thenComparing(Finding::messageEn);

  private final ImmutableList<Finding> findings;
  private final LocalDate date;
  private final ImmutableSortedMap<String, ImmutableSet<GovernanceInput>> skipped;

  private ValidationReport(
      List<Finding> findings, LocalDate date, Map<String, ? extends Set<GovernanceInput>> skipped) {
    this.findings = ImmutableList.sortedCopyOf(ORDER, findings);
    this.date = date;
    TreeMap<String, ImmutableSet<GovernanceInput>> s = new TreeMap<>();
    skipped.forEach((rule, inputs) -> s.put(rule, ImmutableSet.copyOf(inputs)));
    this.skipped = ImmutableSortedMap.copyOf(s);
  }

  /**
   * Makes a report.
   *
   * @param findings the findings, in any order
   * @param date the day the tree was checked on (members active that day count as active)
   */
  public static ValidationReport of(List<Finding> findings, LocalDate date) {
    requireNonNull(findings, "findings");
    requireNonNull(date, "date");
    return new ValidationReport(findings, date, Map.of());
  }

  /**
   * Makes a report of a run that skipped some rules.
   *
   * @param findings the findings, in any order
   * @param date the day the tree was checked on
   * @param skipped per rule id skipped, the governance inputs it needed that were absent
   */
  public static ValidationReport of(
      List<Finding> findings, LocalDate date, Map<String, ? extends Set<GovernanceInput>> skipped) {
    requireNonNull(findings, "findings");
    requireNonNull(date, "date");
    requireNonNull(skipped, "skipped");
    return new ValidationReport(findings, date, skipped);
  }

  /**
   * The rule ids that did not run because an input they need was not supplied, by id, each with the
   * inputs missing; empty when every rule ran.
   */
  public ImmutableSortedMap<String, ImmutableSet<GovernanceInput>> skipped() {
    return skipped;
  }

  /** Every finding, ERRORs first, then by rule, grid and subject. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings of one rule. */
  public ImmutableList<Finding> findings(String rule) {
    return findings.stream()
        .filter(f -> f.rule().equals(rule))
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of one severity. */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** The day the tree was checked on. */
  public LocalDate date() {
    return date;
  }

  /** Whether any finding is an ERROR. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** How many findings each severity has (every severity present, zero when none). */
  public ImmutableSortedMap<Severity, Integer> countsBySeverity() {
    TreeMap<Severity, Integer> counts = new TreeMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /** How many findings each rule has, by rule id (rules without findings left out). */
  public ImmutableSortedMap<String, Integer> countsByRule() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }
}
