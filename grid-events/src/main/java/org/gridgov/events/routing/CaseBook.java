package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.gridgov.core.event.GridCase;

/**
 * The cases being followed, by id: an in-memory store, safe to use from many threads, where each
 * change replaces a case by the moved one (cases are immutable). A vendor's storage adapter stands
 * in its place in production.
 */
public final class CaseBook {

  private final ConcurrentHashMap<String, GridCase> cases = new ConcurrentHashMap<>();

  /** Adds or replaces a case. */
  public void put(GridCase c) {
    cases.put(requireNonNull(c, "case").id(), c);
  }

  /** The case with this id, if followed. */
  public Optional<GridCase> get(String id) {
    return Optional.ofNullable(cases.get(requireNonNull(id, "id")));
  }

  /**
   * Replaces a case by {@code change} applied to it, atomically.
   *
   * @throws IllegalArgumentException if no case has this id
   */
  public GridCase update(String id, UnaryOperator<GridCase> change) {
    GridCase updated = cases.computeIfPresent(id, (k, c) -> change.apply(c));
    if (updated == null) {
      throw new IllegalArgumentException("no case " + id + " is followed");
    }
    return updated;
  }
}
