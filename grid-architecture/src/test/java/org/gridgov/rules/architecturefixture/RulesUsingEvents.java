package org.gridgov.rules.architecturefixture;

import org.gridgov.events.routing.RoutingPolicy;

/** A deliberate breach: rules reaching up to events. Used only by the layout test. */
public final class RulesUsingEvents {
  private RulesUsingEvents() {}

  /** Names a class of {@code grid-events}. */
  public static Class<?> reach() {
    return RoutingPolicy.class;
  }
}
