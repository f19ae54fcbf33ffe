package org.gridgov.dedupspark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts what a run's tasks wrote for shuffles and spilled to disk, from Spark's task metrics, for
 * the figures a run prints (benchmarks/README.md): the same numbers as the Spark UI's stage pages.
 */
final class ShuffleMeter extends SparkListener {

  private final AtomicLong shuffleWritten = new AtomicLong();
  private final AtomicLong spilled = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m != null) {
      shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
      spilled.addAndGet(m.diskBytesSpilled());
    }
  }

  /** Bytes written for shuffles so far. */
  long shuffleWritten() {
    return shuffleWritten.get();
  }

  /** Bytes spilled to disk so far. */
  long spilled() {
    return spilled.get();
  }
}
