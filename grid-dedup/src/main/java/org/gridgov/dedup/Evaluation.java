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
 * completeness of blocking (in all and per blocking key), and the errors that remain by kind. Only
 * the records the truth names are scored: a truth file that covers part of the records scores that
 * part, and {@link #recordsScored()} says how many.
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
 *     ({@code missed_consistency}); a wrong pair accepted ({@code wrong_accepted}), or not accepted
 *     and holding a sparse record (no name, or nothing but one), which attaching joined ({@code
 *     wrong_attached}, directly or through other records), or joined only through other records
 *     ({@code wrong_transitive})
 * @param recordsScored how many records the truth named and were scored
 * @param keyCompleteness per blocking key of the profile (its parts joined by {@code +}), the share
 *     of true pairs that key alone brings together
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
    Map<String, Long> errors,
    int recordsScored,
    Map<String, Double> keyCompleteness) {

  /** Copies the maps. */
  public Evaluation {
    errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    keyCompleteness = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyCompleteness));
  }

  /**
   * Reads a ground truth file: a header, then {@code record id, entity id} per line (blank lines
   * skipped), through the same checks as every reader (a byte-order mark skipped, bytes that are
   * not UTF-8 reported at their line and column). Shared by {@code grid dedup} and the Spark job.
   *
   * @throws org.gridgov.core.problem.InvalidInputException naming every bad line
   */
  public static Map<String, String> readTruth(java.nio.file.Path file) {
    Map<String, String> out = new HashMap<>();
    List<org.gridgov.core.problem.Problem> problems = new java.util.ArrayList<>();
    org.gridgov.core.internal.TextFiles.read(
        file,
        "the ground truth",
        (in, source) -> {
          List<String> lines = new java.io.BufferedReader(in).lines().toList();
          for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
              continue;
            }
            String[] parts = line.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
              problems.add(
                  org.gridgov.core.problem.Problem.at(
                      org.gridgov.core.problem.SourceLocation.of(source, i + 1),
                      "",
                      "expected two non-empty fields: record id, entity id"));
            } else {
              out.put(parts[0].strip(), parts[1].strip());
            }
          }
          return out;
        });
    if (!problems.isEmpty()) {
      throw new org.gridgov.core.problem.InvalidInputException(
          "cannot read the ground truth " + file, problems);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Evaluates a run against the entity of each record.
   *
   * @param result the run
   * @param entityOf the true entity of each record id; records it does not name are not scored
   *     (neither their pairs nor the clusters' pairs through them)
   */
  public static Evaluation of(DedupResult result, Map<String, String> entityOf) {
    requireNonNull(result, "result");
    requireNonNull(entityOf, "entityOf");
    RecordSet set = result.records();
    int all = set.size();
    int[] scored = new int[all];
    int n = 0;
    for (int i = 0; i < all; i++) {
      if (entityOf.containsKey(set.id(i))) {
        scored[n++] = i;
      }
    }
    scored = java.util.Arrays.copyOf(scored, n);
    // From here on, i indexes the scored records; scored[i] is the record's index in the set.
    String[] truth = new String[n];
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      truth[i] = requireNonNull(entityOf.get(set.id(scored[i])));
      root[i] = result.root(scored[i]);
    }
    Map<Long, Long> both = new HashMap<>();
    Map<Integer, Long> clusterSize = new HashMap<>();
    Map<String, Long> entitySize = new HashMap<>();
    Map<String, Integer> entityIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int c = root[i];
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
      int c = root[i];
      int e = requireNonNull(entityIndex.get(truth[i]));
      double common = requireNonNull(both.get((long) c << 32 | e));
      bp += common / requireNonNull(clusterSize.get(c));
      br += common / requireNonNull(entitySize.get(truth[i]));
    }
    bp = n == 0 ? 1 : bp / n;
    br = n == 0 ? 1 : br / n;
    Map<String, Long> errors = errors(result, scored, truth);
    double completeness = actual == 0 ? 1 : (double) candidates(result, scored, truth) / actual;
    return new Evaluation(
        p,
        r,
        f1(p, r),
        bp,
        br,
        f1(bp, br),
        actual,
        predicted,
        completeness,
        errors,
        n,
        keyCompleteness(set, scored, truth));
  }

  /** How many true pairs (among the scored records) blocking made candidates. */
  private static long candidates(DedupResult result, int[] scored, String[] truth) {
    Map<String, List<Integer>> entities = new HashMap<>();
    for (int i = 0; i < scored.length; i++) {
      entities.computeIfAbsent(truth[i], k -> new java.util.ArrayList<>()).add(scored[i]);
    }
    long found = 0;
    for (List<Integer> members : entities.values()) {
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          if (result.isCandidate(members.get(x), members.get(y))) {
            found++;
          }
        }
      }
    }
    return found;
  }

  /** Per blocking key, the share of true pairs (among the scored records) it brings together. */
  private static Map<String, Double> keyCompleteness(RecordSet set, int[] scored, String[] truth) {
    Map<String, List<Integer>> entities = new HashMap<>();
    for (int i = 0; i < scored.length; i++) {
      entities.computeIfAbsent(truth[i], k -> new java.util.ArrayList<>()).add(scored[i]);
    }
    List<List<Blocking.Part>> rules = Blocking.parts(set.config);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int k = 0; k < rules.size(); k++) {
      long[] pairs =
          Blocking.pairs(
              set,
              rules.get(k),
              set.config.maxBlockSize(),
              org.gridgov.core.internal.Parallel.defaultExecutor());
      long found = 0;
      long total = 0;
      for (List<Integer> members : entities.values()) {
        for (int x = 0; x < members.size(); x++) {
          for (int y = x + 1; y < members.size(); y++) {
            int a = Math.min(members.get(x), members.get(y));
            int b = Math.max(members.get(x), members.get(y));
            total++;
            if (java.util.Arrays.binarySearch(pairs, (long) a << 32 | b) >= 0) {
              found++;
            }
          }
        }
      }
      out.put(Blocking.name(set.config.blocking().get(k)), total == 0 ? 1 : (double) found / total);
    }
    return out;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The wrong pairs by kind, looking at every pair within a true entity or a cluster. */
  private static Map<String, Long> errors(DedupResult result, int[] scored, String[] truth) {
    RecordSet set = result.records();
    int n = scored.length;
    // Members are positions among the scored records; truth is indexed by them.
    Map<String, List<Integer>> entities = new HashMap<>();
    Map<Integer, List<Integer>> clusters = new HashMap<>();
    for (int i = 0; i < n; i++) {
      entities.computeIfAbsent(truth[i], k -> new java.util.ArrayList<>()).add(i);
      clusters.computeIfAbsent(result.root(scored[i]), k -> new java.util.ArrayList<>()).add(i);
    }
    Scorer scorer = new Scorer(set, result.model());
    Coherence coherence = Coherence.of(set);
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k :
        List.of(
            "missed_not_blocked",
            "missed_below_threshold",
            "missed_hard_rule",
            "missed_consistency",
            "wrong_accepted",
            "wrong_attached",
            "wrong_transitive")) {
      out.put(k, 0L);
    }
    for (List<Integer> members : entities.values()) {
      if (members.size() > 200) {
        continue; // a bad truth file; pairs would explode
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = scored[members.get(x)];
          int b = scored[members.get(y)];
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
          int a = scored[members.get(x)];
          int b = scored[members.get(y)];
          if (truth[members.get(x)].equals(truth[members.get(y)])) {
            continue;
          }
          String kind =
              result.isAccepted(a, b)
                  ? "wrong_accepted"
                  : coherence.sparse(a) || coherence.sparse(b)
                      ? "wrong_attached"
                      : "wrong_transitive";
          out.merge(kind, 1L, Long::sum);
        }
      }
    }
    return out;
  }

  /** A short report for people. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d records scored; pairwise precision %.4f recall %.4f F1 %.4f; B-cubed precision %.4f"
            + " recall %.4f F1 %.4f; %d true pairs, %d predicted; blocking found %.4f of the true"
            + " pairs (per key %s); errors %s",
        recordsScored,
        precision,
        recall,
        f1,
        bcubedPrecision,
        bcubedRecall,
        bcubedF1,
        truePairs,
        predictedPairs,
        pairsCompleteness,
        keyCompleteness.entrySet().stream()
            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4f", e.getValue()))
            .collect(java.util.stream.Collectors.joining(", ", "{", "}")),
        errors);
  }
}
