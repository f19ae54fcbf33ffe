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

  DedupResult(
      RecordSet set,
      DedupModel model,
      int[] roots,
      BlockingStats blocking,
      long[] candidates,
      long[] accepted,
      double[] weights) {
    this.set = set;
    this.model = model;
    this.roots = roots;
    this.blocking = blocking;
    this.candidates = candidates;
    this.accepted = accepted;
    this.weights = weights;
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
