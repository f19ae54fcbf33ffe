package org.gridgov.research;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;

/**
 * The value of every {@link Parameter} at one point of a sweep. Immutable; parameters not set keep
 * their defaults.
 */
public final class ParameterPoint {

  private final EnumMap<Parameter, Double> values;

  private ParameterPoint(EnumMap<Parameter, Double> values) {
    this.values = values;
  }

  /** Every parameter at its default. */
  public static ParameterPoint defaults() {
    return new ParameterPoint(new EnumMap<>(Parameter.class));
  }

  /**
   * A copy with one parameter changed.
   *
   * @throws IllegalArgumentException if the value is out of the parameter's range
   */
  public ParameterPoint with(Parameter p, double value) {
    requireNonNull(p, "parameter");
    p.check(value)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(p.key() + ": " + why);
            });
    EnumMap<Parameter, Double> copy = new EnumMap<>(values);
    copy.put(p, value);
    return new ParameterPoint(copy);
  }

  /** A copy with every given value changed. */
  public ParameterPoint with(Map<Parameter, Double> changes) {
    ParameterPoint p = this;
    for (Map.Entry<Parameter, Double> e : changes.entrySet()) {
      p = p.with(e.getKey(), e.getValue());
    }
    return p;
  }

  /** The value of a parameter. */
  public double get(Parameter p) {
    return values.getOrDefault(requireNonNull(p, "parameter"), p.defaultValue());
  }

  /** The value of a whole-number parameter. */
  public int integer(Parameter p) {
    return (int) Math.round(get(p));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParameterPoint other)) {
      return false;
    }
    for (Parameter p : Parameter.values()) {
      if (Double.compare(get(p), other.get(p)) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Parameter p : Parameter.values()) {
      h = 31 * h + Double.hashCode(get(p));
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ParameterPoint{");
    values.forEach(
        (p, v) -> sb.append(p.key()).append('=').append(Parameter.format(v)).append(' '));
    return sb.append('}').toString();
  }
}
