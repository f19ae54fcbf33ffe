package org.gridgov.rules.validation.internal;

import org.gridgov.core.grid.GridLevel;

/** Names of grid levels in the rules' messages, in English and Chinese. */
final class Levels {

  private Levels() {}

  static String en(GridLevel level) {
    return switch (level) {
      case COMMUNITY -> "community total grid";
      case GENERAL -> "general grid";
      case MICRO -> "micro grid";
      case EXCLUSIVE -> "exclusive grid";
    };
  }

  static String zh(GridLevel level) {
    return switch (level) {
      case COMMUNITY -> "社区总网格";
      case GENERAL -> "一般网格";
      case MICRO -> "微网格";
      case EXCLUSIVE -> "专属网格";
    };
  }
}
