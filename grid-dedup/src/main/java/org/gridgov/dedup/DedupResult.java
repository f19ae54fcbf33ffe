package org.gridgov.dedup;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.gridgov.core.internal.CsvWriter;

/**
 * The outcome of a batch run: the cluster of every record, the model, what blocking did, and the
 * accepted pairs. A cluster is named by the smallest record id in it (ids compared as strings), so
 * names do not depend on the order of the input either.
 */
public final class DedupResult {

  /** The header of the clusters file, exactly. */
  public static final String CLUSTERS_HEADER = "record_id,cluster_id";

  private final RecordSet set;
  private final DedupModel model;
  private final int[] roots;
  private final BlockingStats blocking;
  private final long[] candidates;
  private final long[] accepted;
  private final double[] weights;

  /** People's decisions that named records of this run: pair → same. */
  private final java.util.Map<Long, Boolean> decided;

  DedupResult(
      RecordSet set,
      DedupModel model,
      int[] roots,
      BlockingStats blocking,
      long[] candidates,
      long[] accepted,
      double[] weights,
      java.util.Map<Long, Boolean> decided) {
    this.set = set;
    this.model = model;
    this.roots = roots;
    this.blocking = blocking;
    this.candidates = candidates;
    this.accepted = accepted;
    this.weights = weights;
    this.decided = decided;
  }

  /** The records. */
  public RecordSet records() {
    return set;
  }

  /** The model the pairs were scored with. */
  public DedupModel model() {
    return model;
  }

  /** What blocking did. */
  public BlockingStats blocking() {
    return blocking;
  }

  /** The cluster of record {@code i}: the smallest record id in its cluster. */
  public String clusterId(int i) {
    return set.id(roots[i]);
  }

  /** The index of the record that names record {@code i}'s cluster. */
  int root(int i) {
    return roots[i];
  }

  /** How many clusters (residents). */
  public int clusterCount() {
    int n = 0;
    for (int i = 0; i < roots.length; i++) {
      if (roots[i] == i) {
        n++;
      }
    }
    return n;
  }

  /** How many pairs were accepted as matches. */
  public int acceptedPairs() {
    return accepted.length;
  }

  /** Whether a pair of record indexes was a candidate (shared a blocking key). */
  boolean isCandidate(int a, int b) {
    long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
    return Arrays.binarySearch(candidates, key) >= 0;
  }

  /** Whether a pair was accepted. */
  boolean isAccepted(int a, int b) {
    long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
    return Arrays.binarySearch(accepted, key) >= 0;
  }

  long[] candidatePairs() {
    return candidates;
  }

  double[] acceptedWeights() {
    return weights;
  }

  /**
   * Explains how the run decided two records: see {@link Explanation}.
   *
   * @throws IllegalArgumentException if either id is not a record of the run, or both are one
   */
  public Explanation explain(String recordIdA, String recordIdB) {
    requireNonNull(recordIdA, "recordIdA");
    requireNonNull(recordIdB, "recordIdB");
    int a = set.indexOf(recordIdA);
    int b = set.indexOf(recordIdB);
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException(
          "no record " + (a < 0 ? recordIdA : recordIdB) + " among the records");
    }
    if (a == b) {
      throw new IllegalArgumentException("a record cannot be explained against itself");
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    Scorer scorer = new Scorer(set, model);
    int pattern = Scorer.pattern(set.columns, lo, hi);
    double[] counted = scorer.contributions(lo, pattern);
    java.util.List<Explanation.FieldComparison> fields = new java.util.ArrayList<>();
    double sum = 0;
    for (int f = 0; f < set.columns.length; f++) {
      Column c = set.columns[f];
      Level level = Level.values()[(pattern >>> (2 * f)) & 3];
      double w = counted[f];
      boolean isCounted = !Double.isNaN(w);
      if (!isCounted) {
        w = scorer.fieldWeightOf(f, lo, pattern); // shown, though a stronger one counted
      }
      if (isCounted) {
        sum += w;
      }
      FieldType type = c.field.type();
      fields.add(
          new Explanation.FieldComparison(
              c.field.name(),
              level,
              w,
              isCounted,
              Masks.show(type, c.value(a)),
              Masks.show(type, c.value(b))));
    }
    double prior = model.prior();
    double priorWeight = Math.log(prior / (1 - prior)) / Math.log(2);
    double total = priorWeight + sum;
    double probability = 1 / (1 + Math.pow(2, -total));
    java.util.List<String> shared = new java.util.ArrayList<>();
    java.util.List<java.util.List<Blocking.Part>> rules = Blocking.parts(set.config);
    for (int k = 0; k < rules.size(); k++) {
      String ka = Blocking.key(set, rules.get(k), a);
      if (ka != null && ka.equals(Blocking.key(set, rules.get(k), b))) {
        shared.add(Blocking.name(set.config.blocking().get(k)));
      }
    }
    boolean compared = isCandidate(a, b);
    boolean together = roots[a] == roots[b];
    double t = set.config.matchProbability();
    Boolean decision = decided.get((long) lo << 32 | hi);
    String outcome;
    if (decision != null) {
      outcome =
          decision
              ? "decided the same resident by a person (decisions file)"
              : "decided different residents by a person (decisions file)";
    } else if (!compared) {
      outcome =
          shared.isEmpty()
              ? "never compared: the two records share no blocking key"
              : "never compared: the keys they share are held by more records than the cap ("
                  + set.config.maxBlockSize()
                  + "), and the two were not neighbours in sorted order";
    } else if (scorer.forbidden(lo, hi)) {
      outcome =
          "refused by a hard rule: two different valid identity numbers, or a valid and a"
              + " masked one that disagree";
    } else if (!isAccepted(a, b)) {
      outcome =
          String.format(
              java.util.Locale.ROOT,
              "refused: match probability %.4f is below the threshold %.2f",
              probability,
              t);
    } else {
      outcome =
          String.format(
              java.util.Locale.ROOT,
              "accepted: match probability %.4f reaches the threshold %.2f",
              probability,
              t);
      if (!together) {
        outcome +=
            "; yet kept apart, as a record of one's cluster contradicts a record of the other's"
                + " (birth date, gender, name or identity number, or a grown-up's record and a"
                + " child's)";
      }
    }
    if (together && decision == null && !(compared && isAccepted(a, b))) {
      Coherence coherence = Coherence.of(set);
      outcome +=
          coherence.sparse(a) || coherence.sparse(b)
              ? "; in one resident all the same: a record with no name, or nothing but a name,"
                  + " joins the one resident its pairs point to far more strongly than to any other"
              : "; in one resident all the same, joined through other records";
    }
    return new Explanation(
        recordIdA,
        recordIdB,
        fields,
        priorWeight,
        total,
        probability,
        t,
        shared,
        compared,
        together,
        outcome);
  }

  /** How far either side of the threshold a pair's weight may be to go to review: log2 9. */
  static final double REVIEW_BAND = Math.log(9) / Math.log(2);

  /**
   * Writes the pairs for clerical review: every candidate pair, not decided by a person and not
   * forbidden by a hard rule, whose summed field weight lies within {@link #REVIEW_BAND} of the
   * threshold (match probability 0.1 to 0.9 at the default threshold of 0.5), the most uncertain
   * first. Columns: {@code record_id_a,record_id_b,match_probability,model,source_a,source_b}, then
   * {@code <field>_a,<field>_b} per field, normalised, identity and phone numbers masked. {@code
   * model} is what the model decided: {@code same} or {@code different}.
   *
   * @return how many pairs were written
   * @throws IOException if writing fails
   */
  public int writeReview(Writer out) throws IOException {
    requireNonNull(out, "out");
    Scorer scorer = new Scorer(set, model);
    scorer.prepareAll();
    double threshold = scorer.threshold();
    double prior = model.prior();
    double priorWeight = Math.log(prior / (1 - prior)) / Math.log(2);
    java.util.List<Long> band = new java.util.ArrayList<>();
    java.util.List<Double> bandWeights = new java.util.ArrayList<>();
    for (long p : candidates) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      if (decided.containsKey(p)) {
        continue;
      }
      double w = scorer.weight(a, b, Scorer.pattern(set.columns, a, b));
      if (Math.abs(w - threshold) <= REVIEW_BAND && !scorer.forbidden(a, b)) {
        band.add(p);
        bandWeights.add(w);
      }
    }
    Integer[] order = new Integer[band.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (x, y) -> {
          int c =
              Double.compare(
                  Math.abs(bandWeights.get(x) - threshold),
                  Math.abs(bandWeights.get(y) - threshold));
          return c != 0 ? c : Long.compare(band.get(x), band.get(y));
        });
    java.util.List<String> header =
        new java.util.ArrayList<>(
            java.util.List.of(
                "record_id_a",
                "record_id_b",
                "match_probability",
                "model",
                "source_a",
                "source_b"));
    for (Column c : set.columns) {
      header.add(c.field.name() + "_a");
      header.add(c.field.name() + "_b");
    }
    out.write(String.join(",", header));
    out.write('\n');
    CsvWriter csv = new CsvWriter(out);
    for (int i : order) {
      long p = band.get(i);
      int a = (int) (p >>> 32);
      int b = (int) p;
      double w = bandWeights.get(i);
      java.util.List<String> row = new java.util.ArrayList<>();
      row.add(set.id(a));
      row.add(set.id(b));
      row.add(
          String.format(java.util.Locale.ROOT, "%.4f", 1 / (1 + Math.pow(2, -(w + priorWeight)))));
      row.add(w >= threshold ? "same" : "different");
      row.add(set.source(a));
      row.add(set.source(b));
      for (Column c : set.columns) {
        row.add(Masks.show(c.field.type(), c.value(a)));
        row.add(Masks.show(c.field.type(), c.value(b)));
      }
      csv.row(row.toArray(String[]::new));
    }
    out.flush();
    return order.length;
  }

  /**
   * Writes {@code record_id,cluster_id}, one line per record in input order.
   *
   * @param out flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeClusters(Writer out) throws IOException {
    requireNonNull(out, "out");
    out.write(CLUSTERS_HEADER);
    out.write('\n');
    CsvWriter csv = new CsvWriter(out);
    for (int i = 0; i < set.size(); i++) {
      csv.row(set.id(i), clusterId(i));
    }
    out.flush();
  }
}
