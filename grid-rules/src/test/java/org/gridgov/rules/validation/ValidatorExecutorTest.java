package org.gridgov.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.grid.GridTree;
import org.gridgov.samples.community.BundledSample;
import org.gridgov.samples.community.SampleCommunities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The validator runs its rules on the executor it is given, with the same report on any. */
class ValidatorExecutorTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static Set<Finding> findings(GridValidator v, GridTree tree) {
    return Set.copyOf(v.validate(tree, DAY).findings());
  }

  @Test
  @DisplayName("the report is the same on the calling thread, a fixed pool and a fork-join pool")
  void sameReportOnAnyExecutor() {
    GridTree tree = SampleCommunities.rural(7, true); // with planted staffing faults
    Set<Finding> expected = findings(GridValidator.builder().build(), tree);
    assertThat(expected).isNotEmpty();
    ExecutorService fixed = Executors.newFixedThreadPool(3);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      assertThat(findings(GridValidator.builder().executor(Runnable::run).build(), tree))
          .isEqualTo(expected);
      assertThat(findings(GridValidator.builder().executor(fixed).build(), tree))
          .isEqualTo(expected);
      assertThat(findings(GridValidator.builder().executor(pool).build(), tree))
          .isEqualTo(expected);
    } finally {
      fixed.shutdown();
      pool.shutdown();
    }
  }

  @Test
  @DisplayName(
      "the given executor runs the helper tasks that share the rules with the calling thread")
  void rulesRunOnTheExecutor() {
    AtomicInteger handed = new AtomicInteger();
    GridValidator v =
        GridValidator.builder()
            .executor(
                task -> {
                  handed.incrementAndGet();
                  task.run();
                })
            .build();
    v.validate(BundledSample.RURAL.load(), DAY);
    // Parallel: the calling thread takes rules too, beside at most one helper task per rule.
    assertThat(handed.get()).isBetween(1, v.rules().size());
  }

  @Test
  @DisplayName("a rule that throws on a pool's thread fails the run with the rule named")
  void failureCrossesTheExecutor() {
    GridRule broken =
        new GridRule() {
          @Override
          public String id() {
            return "vendor.broken";
          }

          @Override
          public void check(RuleContext context, java.util.function.Consumer<Finding> findings) {
            throw new IllegalStateException("boom");
          }
        };
    ExecutorService fixed = Executors.newFixedThreadPool(2);
    try {
      GridValidator v = GridValidator.builder().rules(List.of(broken)).executor(fixed).build();
      assertThatThrownBy(() -> v.validate(BundledSample.URBAN.load(), DAY))
          .isInstanceOf(RuleFailedException.class)
          .hasMessageContaining("vendor.broken")
          .hasRootCauseMessage("boom");
    } finally {
      fixed.shutdown();
    }
  }
}
