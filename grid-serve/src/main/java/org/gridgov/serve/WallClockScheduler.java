package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridgov.events.routing.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalator's deadlines on the wall clock: one timer thread runs each task when its time comes.
 * A task that throws is logged and does not stop the others.
 */
final class WallClockScheduler implements Scheduler, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WallClockScheduler.class);

  private final Clock clock;
  private final ScheduledExecutorService timer;

  WallClockScheduler(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gridgov-deadlines");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void schedule(Instant at, Runnable task) {
    requireNonNull(at, "at");
    requireNonNull(task, "task");
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    timer.schedule(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.error("a deadline check failed", e);
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
