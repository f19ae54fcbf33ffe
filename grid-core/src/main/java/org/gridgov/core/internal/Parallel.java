package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of work on a caller's {@link Executor}: the one way our modules work in
 * parallel, so that an embedder decides which threads do it (a server's own pool, or {@code
 * Runnable::run} for one thread), with {@link ForkJoinPool#commonPool()} as the default.
 *
 * <p>Each call splits the work into tasks, hands them to the executor and waits for all of them on
 * the calling thread; the first exception a task throws is rethrown as it was. Tasks never submit
 * further tasks to the executor, so a bounded pool cannot deadlock on its own work. Sorting runs in
 * parallel only on a {@link ForkJoinPool} (the JDK's parallel sort needs one); on any other
 * executor it sorts on the calling thread.
 */
public final class Parallel {

  /** Tasks per processor: enough to even out tasks of unequal cost. */
  private static final int TASKS_PER_CORE = 4;

  private Parallel() {}

  /** The default executor: the JVM's common fork-join pool. */
  public static Executor defaultExecutor() {
    return ForkJoinPool.commonPool();
  }

  /** Runs {@code body} for every index in {@code [0, n)}, in chunks on {@code executor}. */
  public static void forRange(Executor executor, int n, IntConsumer body) {
    requireNonNull(executor, "executor");
    requireNonNull(body, "body");
    if (n <= 0) {
      return;
    }
    int tasks = Math.min(n, TASKS_PER_CORE * Runtime.getRuntime().availableProcessors());
    if (tasks == 1) {
      body.accept(0); // one piece of work: no hand-over to another thread
      return;
    }
    List<CompletableFuture<Void>> running = new ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      int from = (int) ((long) n * t / tasks);
      int to = (int) ((long) n * (t + 1) / tasks);
      running.add(
          CompletableFuture.runAsync(
              () -> {
                for (int i = from; i < to; i++) {
                  body.accept(i);
                }
              },
              executor));
    }
    await(running);
  }

  /** Applies {@code f} to every item on {@code executor}, one task per item; keeps the order. */
  public static <T, R> List<R> map(Executor executor, List<T> items, Function<T, R> f) {
    requireNonNull(executor, "executor");
    requireNonNull(items, "items");
    requireNonNull(f, "f");
    List<CompletableFuture<R>> running = new ArrayList<>(items.size());
    for (T item : items) {
      running.add(CompletableFuture.supplyAsync(() -> f.apply(item), executor));
    }
    await(running);
    List<R> out = new ArrayList<>(items.size());
    for (CompletableFuture<R> r : running) {
      out.add(r.join());
    }
    return out;
  }

  /** Sorts {@code a[from, to)}, in parallel on a fork-join pool. */
  public static void sort(Executor executor, long[] a, int from, int to) {
    onPool(executor, () -> Arrays.parallelSort(a, from, to), () -> Arrays.sort(a, from, to));
  }

  /** Sorts {@code a} by {@code order}, in parallel on a fork-join pool; stable. */
  public static <T> void sort(Executor executor, T[] a, Comparator<? super T> order) {
    onPool(executor, () -> Arrays.parallelSort(a, order), () -> Arrays.sort(a, order));
  }

  private static void onPool(Executor executor, Runnable parallel, Runnable sequential) {
    requireNonNull(executor, "executor");
    if (!(executor instanceof ForkJoinPool pool)) {
      sequential.run();
    } else if (pool == ForkJoinPool.commonPool()
        || (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool)) {
      // The JDK's parallel sort forks into the pool of the calling worker, else the common pool.
      parallel.run();
    } else {
      await(List.of(CompletableFuture.runAsync(parallel, pool)));
    }
  }

  private static void await(List<? extends CompletableFuture<?>> running) {
    try {
      CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0])).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
