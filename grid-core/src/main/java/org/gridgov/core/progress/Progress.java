package org.gridgov.core.progress;

/**
 * Receives how far a long job has got, so that a command can show a progress line: the one progress
 * callback of the library (loading files, reading records, deduplicating, writing QR codes). It is
 * called from the working thread, now and then (about every megabyte of input, every phase of a
 * run) and once at the end of each task; keep it quick, and do not assume a call per unit of work.
 */
@FunctionalInterface
public interface Progress {

  /** Ignores progress. */
  Progress NONE = (task, done, total) -> {};

  /**
   * Reports progress through one task.
   *
   * @param task what is being done: an input's name as problems name it ({@code households.csv}),
   *     or a phase of a run ({@code blocking})
   * @param done how much of it is done, in the task's unit: bytes of a file (characters of a {@link
   *     java.io.Reader}), records, pairs, files written
   * @param total how much there is in that unit, or 0 or less when not known
   */
  void update(String task, long done, long total);
}
