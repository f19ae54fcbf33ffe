package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * Why two records were or were not put into one resident ({@link DedupResult#explain}): each
 * field's comparison level and the weight it added, the prior, the total, the blocking keys the two
 * share, and the outcome. Identity and phone numbers appear masked.
 *
 * @param recordIdA the first record
 * @param recordIdB the second record
 * @param fields every field's comparison
 * @param priorWeight log2 of the prior odds that two records drawn at random are one person
 * @param totalWeight the prior weight plus the weights of the fields counted
 * @param matchProbability the probability the total weight stands for
 * @param threshold the match probability a pair needs (the profile's {@code matchProbability})
 * @param sharedKeys the blocking keys (parts joined by {@code +}) on which the two records agree
 * @param compared whether blocking made the pair a candidate
 * @param sameCluster whether the two records ended in one resident
 * @param outcome why, in words: accepted, refused (below the threshold, a hard rule), never
 *     compared, decided by a person, or accepted yet kept apart by a contradiction
 */
public record Explanation(
    String recordIdA,
    String recordIdB,
    List<FieldComparison> fields,
    double priorWeight,
    double totalWeight,
    double matchProbability,
    double threshold,
    List<String> sharedKeys,
    boolean compared,
    boolean sameCluster,
    String outcome) {

  /**
   * One field of a pair.
   *
   * @param field the field's name
   * @param level how the two values compare
   * @param weight the weight the level adds (log2 m/u, term-frequency adjusted for exact values)
   * @param counted false when a stronger agreement in the field's correlation group counted instead
   * @param valueA the first record's value, normalised and masked for identity and phone numbers
   * @param valueB the second record's value, likewise
   */
  public record FieldComparison(
      String field, Level level, double weight, boolean counted, String valueA, String valueB) {
    /** Checks for nulls. */
    public FieldComparison {
      requireNonNull(field, "field");
      requireNonNull(level, "level");
      requireNonNull(valueA, "valueA");
      requireNonNull(valueB, "valueB");
    }
  }

  /** Copies the lists. */
  public Explanation {
    requireNonNull(recordIdA, "recordIdA");
    requireNonNull(recordIdB, "recordIdB");
    fields = ImmutableList.copyOf(fields);
    sharedKeys = ImmutableList.copyOf(sharedKeys);
    requireNonNull(outcome, "outcome");
  }

  /** The explanation as lines for people. */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s and %s%n", recordIdA, recordIdB));
    b.append(
        String.format(
            Locale.ROOT, "  %-14s %-9s %9s  %s | %s%n", "field", "level", "weight", "A", "B"));
    for (FieldComparison f : fields) {
      String w =
          f.level() == Level.MISSING
              ? "0"
              : String.format(Locale.ROOT, "%+.2f", f.weight()) + (f.counted() ? "" : "*");
      b.append(
          String.format(
              Locale.ROOT,
              "  %-14s %-9s %9s  %s | %s%n",
              f.field(),
              f.level().code(),
              w,
              f.valueA(),
              f.valueB()));
    }
    if (fields.stream().anyMatch(f -> !f.counted())) {
      b.append("  * not counted: a stronger agreement in its correlation group counts instead\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  prior %+.2f, total %+.2f, match probability %.4f (threshold %.2f)%n",
            priorWeight,
            totalWeight,
            matchProbability,
            threshold));
    b.append("  shared blocking keys: ")
        .append(sharedKeys.isEmpty() ? "none" : String.join(", ", sharedKeys))
        .append('\n');
    b.append("  ").append(outcome).append('\n');
    return b.toString();
  }
}
