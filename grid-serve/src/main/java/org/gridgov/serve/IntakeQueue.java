package org.gridgov.serve;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.event.GridEvent;
import org.gridgov.core.internal.Masking;
import org.gridgov.events.live.LiveCases;
import org.gridgov.events.live.Taken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the reports of many request threads into batches for {@link LiveCases}, one thread
 * writing: group commit. A report waits for its batch's transaction and is answered only when the
 * store holds it, so a report answered {@code 201} survives a crash; under load, one transaction
 * carries many reports, which is what lets a single database take thousands a second.
 *
 * <p>The queue is bounded: when it is full, a report is refused at once ({@code 503}) rather than
 * left to wait past its client's patience. Closing stops taking new reports, then finishes every
 * report already queued before the thread ends, so a graceful shutdown loses nothing accepted.
 */
final class IntakeQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IntakeQueue.class);

  /** The most reports in one transaction. */
  static final int MAX_BATCH = 1_000;

  private record Pending(GridEvent event, CompletableFuture<Taken> answer) {}

  private final LiveCases live;
  private final BlockingQueue<Pending> queue;
  private final Thread writer;
  private volatile boolean closing;

  IntakeQueue(LiveCases live, int capacity) {
    this.live = requireNonNull(live, "live");
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = new Thread(this::run, "gridgov-intake");
    writer.setDaemon(false);
    writer.start();
  }

  /**
   * Queues a report; the future completes when its batch is stored (or refused by the store).
   *
   * @throws IllegalStateException when the queue is full or closing
   */
  CompletableFuture<Taken> submit(GridEvent event) {
    requireNonNull(event, "event");
    if (closing) {
      throw new IllegalStateException("the service is shutting down");
    }
    CompletableFuture<Taken> answer = new CompletableFuture<>();
    if (!queue.offer(new Pending(event, answer))) {
      throw new IllegalStateException("intake is full (" + queue.size() + " reports wait)");
    }
    return answer;
  }

  /** How many reports wait. */
  int waiting() {
    return queue.size();
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closing && queue.isEmpty()) {
            return;
          }
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        // Interrupts are not how this thread is stopped (close() is): keep draining.
        log.warn("the intake thread was interrupted; it stops when the queue is closed");
      }
    }
  }

  private void write(List<Pending> batch) {
    List<GridEvent> events = new ArrayList<>(batch.size());
    batch.forEach(p -> events.add(p.event()));
    ImmutableList<Taken> taken;
    try {
      taken = live.take(events);
    } catch (RuntimeException e) {
      log.error(
          "a batch of {} reports could not be stored: {}",
          batch.size(),
          Masking.scrub(e.toString()));
      batch.forEach(p -> p.answer().completeExceptionally(e));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer().complete(taken.get(i));
    }
  }

  /** Stops taking reports and waits until every queued report is written. */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
