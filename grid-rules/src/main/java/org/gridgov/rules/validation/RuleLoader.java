package org.gridgov.rules.validation;

import java.util.Comparator;
import java.util.List;
import org.gridgov.spi.Plugins;
import org.gridgov.spi.ProviderSource;

/**
 * Finds the {@link GridRule}s on the class path with the SPI's {@link Plugins} loader: a rule that
 * cannot be created or was built against an incompatible SPI version is logged and skipped rather
 * than failing every other rule (SLF4J does the same for its providers); two rules of one id fail.
 */
final class RuleLoader {

  private RuleLoader() {}

  /**
   * The usable rules found, in id order.
   *
   * @throws org.gridgov.spi.PluginException when two rules claim one id
   */
  static List<GridRule> load(ClassLoader classLoader) {
    return Plugins.using(ProviderSource.serviceLoader(classLoader)).all(GridRule.POINT).stream()
        .sorted(Comparator.comparing(GridRule::id))
        .toList();
  }
}
