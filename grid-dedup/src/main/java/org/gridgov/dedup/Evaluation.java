package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How good a clustering is against ground truth: pairwise precision, recall and F1 (over all pairs
 * of records put in one cluster), B-cubed precision, recall and F1 (per record, averaged), pairs
 * completeness of blocking, and the errors that remain by kind.
 *
 * @param precision pairwise precision
 * @param recall pairwise recall
 * @param f1 pairwise F1
 * @param bcubedPrecision B-cubed precision
 * @param bcubedRecall B-cubed recall
 * @param bcubedF1 B-cubed F1
 * @param truePairs pairs of records of one entity
 * @param predictedPairs pairs of records in one cluster
 * @param pairsCompleteness the share of true pairs that blocking made candidates
 * @param errors counts of wrong pairs by kind: a missed pair not compared ({@code
 *     missed_not_blocked}), compared but scored too low ({@code missed_below_threshold}), refused
 *     by a hard rule ({@code missed_hard_rule}), accepted but kept apart by the consistency rule
 *     ({@code missed_consistency}); a wrong pair accepted ({@code wrong_accepted}) or joined only
 *     through other records ({@code wrong_transitive})
 */
public record Evaluation(
    double precision,
    double recall,
    double f1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    long truePairs,
    long predictedPairs,
    double pairsCompleteness,
    Map<String, Long> errors) {

  /**
   * Evaluates a run against the entity of each record.
   *
   * @param result the run
   * @param entityOf the true entity of each record id; a record without one is its own entity
   */
  public static Evaluation of(DedupResult result, Map<String, String> entityOf) {
    requireNonNull(result, "result");
    requireNonNull(entityOf, "entityOf");
    RecordSet set = result.records();
    int n = set.size();
    String[] truth = new String[n];
    for (int i = 0; i < n; i++) {
      String e = entityOf.get(set.id(i));
      truth[i] = e == null ? "\u0000" + set.id(i) : e;
    }
    Map<Long, Long> both = new HashMap<>();
    Map<Integer, Long> clusterSize = new HashMap<>();
    Map<String, Long> entitySize = new HashMap<>();
    Map<String, Integer> entityIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int c = result.root(i);
      int e = entityIndex.computeIfAbsent(truth[i], k -> entityIndex.size());
      both.merge((long) c << 32 | e, 1L, Long::sum);
      clusterSize.merge(c, 1L, Long::sum);
      entitySize.merge(truth[i], 1L, Long::sum);
    }
    long tp = 0;
    for (long v : both.values()) {
      tp += v * (v - 1) / 2;
    }
    long predicted = 0;
    for (long v : clusterSize.values()) {
      predicted += v * (v - 1) / 2;
    }
    long actual = 0;
    for (long v : entitySize.values()) {
      actual += v * (v - 1) / 2;
    }
    double p = predicted == 0 ? 1 : (double) tp / predicted;
    double r = actual == 0 ? 1 : (double) tp / actual;
    double bp = 0;
    double br = 0;
    for (int i = 0; i < n; i++) {
      int c = result.root(i);
      int e = requireNonNull(entityIndex.get(truth[i]));
      double common = requireNonNull(both.get((long) c << 32 | e));
      bp += common / requireNonNull(clusterSize.get(c));
      br += common / requireNonNull(entitySize.get(truth[i]));
    }
    bp = n == 0 ? 1 : bp / n;
    br = n == 0 ? 1 : br / n;
    Map<String, Long> errors = errors(result, truth);
    double completeness =
        actual == 0 ? 1 : 1 - (double) requireNonNull(errors.get("missed_not_blocked")) / actual;
    return new Evaluation(
        p, r, f1(p, r), bp, br, f1(bp, br), actual, predicted, completeness, errors);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The wrong pairs by kind, looking at every pair within a true entity or a cluster. */
  private static Map<String, Long> errors(DedupResult result, String[] truth) {
    RecordSet set = result.records();
    int n = set.size();
    Map<String, List<Integer>> entities = new HashMap<>();
    Map<Integer, List<Integer>> clusters = new HashMap<>();
    for (int i = 0; i < n; i++) {
      entities.computeIfAbsent(truth[i], k -> new java.util.ArrayList<>()).add(i);
      clusters.computeIfAbsent(result.root(i), k -> new java.util.ArrayList<>()).add(i);
    }
    Scorer scorer = new Scorer(set, result.model());
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k :
        List.of(
            "missed_not_blocked",
            "missed_below_threshold",
            "missed_hard_rule",
            "missed_consistency",
            "wrong_accepted",
            "wrong_transitive")) {
      out.put(k, 0L);
    }
    for (List<Integer> members : entities.values()) {
      if (members.size() > 200) {
        continue; // a bad truth file; pairs would explode
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = members.get(x);
          int b = members.get(y);
          if (result.root(a) == result.root(b)) {
            continue;
          }
          String kind;
          if (!result.isCandidate(a, b)) {
            kind = "missed_not_blocked";
          } else if (scorer.forbidden(a, b)) {
            kind = "missed_hard_rule";
          } else if (!result.isAccepted(a, b)) {
            kind = "missed_below_threshold";
          } else {
            kind = "missed_consistency";
          }
          out.merge(kind, 1L, Long::sum);
        }
      }
    }
    for (List<Integer> members : clusters.values()) {
      if (members.size() > 200) {
        continue;
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = members.get(x);
          int b = members.get(y);
          if (truth[a].equals(truth[b])) {
            continue;
          }
          out.merge(result.isAccepted(a, b) ? "wrong_accepted" : "wrong_transitive", 1L, Long::sum);
        }
      }
    }
    return out;
  }

  /** A short report for people. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "pairwise precision %.4f recall %.4f F1 %.4f; B-cubed precision %.4f recall %.4f F1 %.4f;"
            + " %d true pairs, %d predicted; blocking found %.4f of the true pairs; errors %s",
        precision,
        recall,
        f1,
        bcubedPrecision,
        bcubedRecall,
        bcubedF1,
        truePairs,
        predictedPairs,
        pairsCompleteness,
        errors);
  }
}
