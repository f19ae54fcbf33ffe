package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.PriorityQueue;

/**
 * A scheduler on virtual time, for tests and simulations: nothing runs until {@link #advanceTo}
 * moves the clock, and then every task that falls due runs in time order (tasks due at the same
 * instant in the order they were scheduled). Its {@link #clock()} reads the virtual time. Safe to
 * schedule from other threads while one thread advances the time (as a live service's intake does
 * in tests); tasks run on the advancing thread, outside the scheduler's lock, so a task may take
 * locks of its own that a scheduling thread holds.
 */
public final class VirtualScheduler implements Scheduler {

  private record Task(Instant at, long order, Runnable run) {}

  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(
          (a, b) ->
              a.at().equals(b.at())
                  ? Long.compare(a.order(), b.order())
                  : a.at().compareTo(b.at()));
  private final ZoneId zone;
  private volatile Instant now;
  private long scheduled;

  /** A scheduler whose time starts at {@code start}, read in {@code zone}. */
  public VirtualScheduler(Instant start, ZoneId zone) {
    this.now = requireNonNull(start, "start");
    this.zone = requireNonNull(zone, "zone");
  }

  @Override
  public synchronized void schedule(Instant at, Runnable task) {
    queue.add(new Task(requireNonNull(at, "at"), scheduled++, requireNonNull(task, "task")));
  }

  /** The virtual time now. */
  public Instant now() {
    return now;
  }

  /** A clock that reads the virtual time. */
  public Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("a virtual clock keeps its zone");
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  /**
   * Moves time forward to {@code to}, running every task due by then, each at its own time (a task
   * may schedule others, which run too if due).
   *
   * @throws IllegalArgumentException if {@code to} is before now
   */
  public void advanceTo(Instant to) {
    if (to.isBefore(now)) {
      throw new IllegalArgumentException("time cannot go back from " + now + " to " + to);
    }
    while (true) {
      Task t;
      synchronized (this) {
        if (queue.isEmpty() || queue.peek().at().isAfter(to)) {
          break;
        }
        t = queue.poll();
        if (t.at().isAfter(now)) {
          now = t.at();
        }
      }
      t.run().run();
    }
    now = to;
  }

  /** How many tasks wait. */
  public synchronized int pending() {
    return queue.size();
  }
}
