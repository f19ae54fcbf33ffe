package org.gridgov.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The duty catalogue (职责清单): the kinds of task each department may push to grids, with their usual
 * minutes and whether they are admitted (准入制度). Immutable.
 */
public final class DutyCatalogue {

  private final ImmutableMap<String, DutyKind> byKey;

  private DutyCatalogue(ImmutableMap<String, DutyKind> byKey) {
    this.byKey = byKey;
  }

  /**
   * A catalogue of these entries, in the order given.
   *
   * @throws IllegalArgumentException if a department lists a kind twice
   */
  public static DutyCatalogue of(Collection<DutyKind> kinds) {
    Map<String, DutyKind> out = new LinkedHashMap<>();
    for (DutyKind k : kinds) {
      requireNonNull(k, "kind");
      if (out.putIfAbsent(key(k.department(), k.kind()), k) != null) {
        throw new IllegalArgumentException(
            "the catalogue lists " + k.department() + "/" + k.kind() + " twice");
      }
    }
    return new DutyCatalogue(ImmutableMap.copyOf(out));
  }

  private static String key(String department, String kind) {
    return department + "/" + kind;
  }

  /** Every entry, in the order given. */
  public ImmutableList<DutyKind> kinds() {
    return byKey.values().asList();
  }

  /** The entry for a department's kind of task, if the catalogue lists it. */
  public Optional<DutyKind> find(String department, String kind) {
    requireNonNull(department, "department");
    requireNonNull(kind, "kind");
    return Optional.ofNullable(byKey.get(key(department, kind)));
  }

  /** Whether the catalogue lists the kind and admits it to grids. */
  public boolean admits(String department, String kind) {
    return find(department, kind).map(DutyKind::admitted).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DutyCatalogue c && c.byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  @Override
  public String toString() {
    return "DutyCatalogue[" + byKey.size() + " kinds]";
  }
}
