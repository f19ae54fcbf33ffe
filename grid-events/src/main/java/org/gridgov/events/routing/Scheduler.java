package org.gridgov.events.routing;

import java.time.Instant;

/**
 * Runs tasks at given times. The escalator asks it to check a case when a deadline passes;
 * production code backs it with a real timer, tests and simulations with {@link VirtualScheduler},
 * so that hours pass in microseconds.
 */
public interface Scheduler {

  /** Runs {@code task} at {@code at} (at once, if {@code at} has passed). */
  void schedule(Instant at, Runnable task);
}
