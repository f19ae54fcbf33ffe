package org.gridgov.dedup;

/** Receives progress of a long run: the phase, and how far it is when known. */
@FunctionalInterface
public interface DedupProgress {

  /** Ignores progress. */
  DedupProgress NONE = (phase, done, total) -> {};

  /**
   * Reports progress.
   *
   * @param phase what is being done, e.g. {@code blocking}
   * @param done how much of it is done
   * @param total how much there is; 0 when unknown
   */
  void update(String phase, long done, long total);
}
