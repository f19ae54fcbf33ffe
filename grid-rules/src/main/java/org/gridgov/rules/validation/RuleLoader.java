package org.gridgov.rules.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@link GridRule}s on the class path with {@link ServiceLoader}. A provider that cannot
 * be loaded is logged and skipped rather than failing every other rule (SLF4J does the same for its
 * providers).
 */
final class RuleLoader {

  private static final Logger LOG = LoggerFactory.getLogger(RuleLoader.class);

  private RuleLoader() {}

  /** The rules found, in id order. */
  static List<GridRule> load(ClassLoader classLoader) {
    List<GridRule> rules = new ArrayList<>();
    Iterator<GridRule> it = ServiceLoader.load(GridRule.class, classLoader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        rules.add(it.next());
      } catch (ServiceConfigurationError e) {
        LOG.warn("skipping a grid rule that cannot be loaded: {}", e.getMessage());
      }
    }
    rules.sort(Comparator.comparing(GridRule::id));
    return rules;
  }
}
