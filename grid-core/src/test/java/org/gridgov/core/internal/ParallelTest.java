package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class ParallelTest {

  private static void onEach(ThrowingConsumer body) throws Exception {
    ExecutorService fixed = Executors.newFixedThreadPool(3);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      for (java.util.concurrent.Executor e :
          List.<java.util.concurrent.Executor>of(
              Runnable::run, fixed, pool, Parallel.defaultExecutor())) {
        body.accept(e);
      }
    } finally {
      fixed.shutdown();
      pool.shutdown();
    }
  }

  @FunctionalInterface
  private interface ThrowingConsumer {
    void accept(java.util.concurrent.Executor e) throws Exception;
  }

  @Test
  @DisplayName("property: forRange visits every index exactly once, on any executor")
  void forRangeVisitsEachOnce(Random random) throws Exception {
    onEach(
        e -> {
          int n = random.nextInt(10_000);
          AtomicIntegerArray seen = new AtomicIntegerArray(n);
          Parallel.forRange(e, n, seen::incrementAndGet);
          for (int i = 0; i < n; i++) {
            assertThat(seen.get(i)).as("index %d of %d", i, n).isEqualTo(1);
          }
        });
  }

  @Test
  @DisplayName("map keeps the order of the items")
  void mapKeepsOrder() throws Exception {
    onEach(
        e ->
            assertThat(Parallel.map(e, List.of(3, 1, 2), x -> x * 10)).containsExactly(30, 10, 20));
  }

  @Test
  @DisplayName("forEach hands every item to the action exactly once")
  void forEachVisitsEachOnce() throws Exception {
    onEach(
        e -> {
          AtomicIntegerArray seen = new AtomicIntegerArray(50);
          List<Integer> items = java.util.stream.IntStream.range(0, 50).boxed().toList();
          Parallel.forEach(e, items, seen::incrementAndGet);
          for (int i = 0; i < 50; i++) {
            assertThat(seen.get(i)).as("item %d", i).isEqualTo(1);
          }
        });
  }

  @Test
  @DisplayName("an exception in a task reaches the caller as it was thrown")
  void exceptionReachesCaller() throws Exception {
    onEach(
        e ->
            assertThatThrownBy(
                    () ->
                        Parallel.forRange(
                            e,
                            100,
                            i -> {
                              if (i == 57) {
                                throw new IllegalArgumentException("bad 57");
                              }
                            }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad 57"));
  }

  @Test
  @DisplayName("property: sort sorts on any executor, stably for objects")
  void sorts(Random random) throws Exception {
    onEach(
        e -> {
          long[] a = random.longs(5_000).toArray();
          long[] expected = a.clone();
          Arrays.sort(expected);
          Parallel.sort(e, a, 0, a.length);
          assertThat(a).containsExactly(expected);
          Integer[] keys = new Integer[5_000];
          for (int i = 0; i < keys.length; i++) {
            keys[i] = i;
          }
          int[] bucket = random.ints(keys.length, 0, 10).toArray();
          Parallel.sort(e, keys, Comparator.comparingInt(i -> bucket[i]));
          for (int i = 1; i < keys.length; i++) {
            int prev = keys[i - 1];
            int cur = keys[i];
            assertThat(bucket[prev] < bucket[cur] || (bucket[prev] == bucket[cur] && prev < cur))
                .isTrue();
          }
        });
  }
}
