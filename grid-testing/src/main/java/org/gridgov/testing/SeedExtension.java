package org.gridgov.testing;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Supplies seeded random sources to property tests and names the seed when one fails.
 *
 * <p>The seed is {@code -Dgridgov.seed} when set (to replay a failure), otherwise a fixed seed
 * derived from the test's name, so that runs are reproducible by default. Set {@code
 * -Dgridgov.seed=random} to explore new seeds.
 */
public final class SeedExtension implements ParameterResolver, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(SeedExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    Class<?> t = p.getParameter().getType();
    return t == Random.class
        || t == SplittableRandom.class
        || t == java.util.random.RandomGenerator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    long seed = seed(c);
    Class<?> t = p.getParameter().getType();
    return t == Random.class ? new Random(seed) : new SplittableRandom(seed);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext c, Throwable t) throws Throwable {
    String note =
        "[property test seed " + seed(c) + "; replay with -Dgridgov.seed=" + seed(c) + "]";
    System.err.println(c.getDisplayName() + " failed " + note);
    AssertionFailedError wrapped = new AssertionFailedError(note + " " + t.getMessage(), t);
    wrapped.setStackTrace(t.getStackTrace());
    throw wrapped;
  }

  /**
   * The seed of the current test, fixed once per test.
   *
   * @param c the test's context
   * @return the seed: from {@code -Dgridgov.seed}, random with {@code -Dgridgov.seed=random}, else
   *     derived from the test's name so that every run draws the same
   */
  public static long seed(ExtensionContext c) {
    return c.getStore(NS).getOrComputeIfAbsent("seed", k -> chooseSeed(c), Long.class);
  }

  private static long chooseSeed(ExtensionContext c) {
    String given = System.getProperty("gridgov.seed", "");
    if (given.equals("random")) {
      return System.nanoTime();
    }
    if (!given.isEmpty()) {
      return Long.parseLong(given);
    }
    return c.getUniqueId().hashCode() * 0x9E3779B97F4A7C15L;
  }
}
