package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent pieces of work on a caller's {@link Executor}: the one way our modules work in
 * parallel, so that an embedder decides which threads do it (a server's own pool, or {@code
 * Runnable::run} for one thread), with {@link ForkJoinPool#commonPool()} as the default.
 *
 * <p>Work is cut into chunks that the calling thread and a few helper tasks on the executor take
 * one by one until none is left, so the calling thread works too (as a parallel stream's does: on
 * two cores the common pool has one worker, and a caller that only waited would halve the speed),
 * and a busy or one-thread executor only means that the caller does more of the work. The first
 * exception a chunk throws stops the others and is rethrown as it was, once every helper has
 * stopped. Helpers never submit further tasks, so a bounded pool cannot deadlock on its own work.
 * Sorting runs in parallel only on a {@link ForkJoinPool} (the JDK's parallel sort needs one); on
 * any other executor it sorts on the calling thread.
 */
public final class Parallel {

  /** Chunks per thread: enough to even out chunks of unequal cost. */
  private static final int CHUNKS_PER_THREAD = 4;

  private Parallel() {}

  /** The default executor: the JVM's common fork-join pool. */
  public static Executor defaultExecutor() {
    return ForkJoinPool.commonPool();
  }

  /** Runs {@code body} for every index in {@code [0, n)}, in chunks, on {@code executor} too. */
  public static void forRange(Executor executor, int n, IntConsumer body) {
    requireNonNull(executor, "executor");
    requireNonNull(body, "body");
    if (n <= 0) {
      return;
    }
    int threads = threads(executor);
    int chunks = Math.min(n, CHUNKS_PER_THREAD * threads);
    share(
        executor,
        chunks,
        threads,
        c -> {
          int to = (int) ((long) n * (c + 1) / chunks);
          for (int i = (int) ((long) n * c / chunks); i < to; i++) {
            body.accept(i);
          }
        });
  }

  /** Applies {@code f} to every item, one chunk per item, on {@code executor} too; in order. */
  public static <T, R> List<R> map(Executor executor, List<T> items, Function<T, R> f) {
    requireNonNull(executor, "executor");
    requireNonNull(items, "items");
    requireNonNull(f, "f");
    Object[] out = new Object[items.size()];
    share(executor, items.size(), threads(executor), i -> out[i] = f.apply(items.get(i)));
    List<R> list = new ArrayList<>(out.length);
    for (Object o : out) {
      @SuppressWarnings("unchecked") // each slot holds what f returned for its item
      R r = (R) o;
      list.add(r);
    }
    return list;
  }

  /** Hands every item to {@code action}, one chunk per item, on {@code executor} too. */
  public static <T> void forEach(Executor executor, List<T> items, Consumer<T> action) {
    requireNonNull(executor, "executor");
    requireNonNull(items, "items");
    requireNonNull(action, "action");
    share(executor, items.size(), threads(executor), i -> action.accept(items.get(i)));
  }

  /** Sorts {@code a[from, to)}, in parallel on a fork-join pool. */
  public static void sort(Executor executor, long[] a, int from, int to) {
    onPool(executor, () -> Arrays.parallelSort(a, from, to), () -> Arrays.sort(a, from, to));
  }

  /** Sorts {@code a} by {@code order}, in parallel on a fork-join pool; stable. */
  public static <T> void sort(Executor executor, T[] a, Comparator<? super T> order) {
    onPool(executor, () -> Arrays.parallelSort(a, order), () -> Arrays.sort(a, order));
  }

  private static int threads(Executor executor) {
    int helpers =
        executor instanceof ForkJoinPool pool
            ? pool.getParallelism()
            : Runtime.getRuntime().availableProcessors();
    return Math.max(1, helpers) + 1; // the helpers and the caller
  }

  /**
   * Runs chunks {@code 0 .. chunks-1}: the caller and up to {@code threads - 1} helpers on the
   * executor take the next chunk until none is left.
   */
  private static void share(Executor executor, int chunks, int threads, IntConsumer chunk) {
    if (chunks <= 0) {
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          for (int c = next.getAndIncrement();
              c < chunks && failure.get() == null;
              c = next.getAndIncrement()) {
            try {
              chunk.accept(c);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    List<CompletableFuture<Void>> helpers = new ArrayList<>();
    for (int h = 0; h < Math.min(chunks, threads) - 1; h++) {
      helpers.add(CompletableFuture.runAsync(worker, executor));
    }
    worker.run();
    // Helpers that start after the work is gone return at once; waiting for them keeps the
    // caller's view of every chunk's writes, and nothing runs on after this returns.
    CompletableFuture.allOf(helpers.toArray(new CompletableFuture<?>[0])).join();
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
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
      pool.submit(parallel).join();
    }
  }
}
