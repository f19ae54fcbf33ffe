package org.gridgov.events.routing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;

/**
 * How long each rung of the ladder has to accept a case and to handle it, per severity and, where a
 * street office says so, per category family; and where serious cases start. Immutable.
 *
 * <p>Defaults (assumptions to be tuned by each street office, documented in {@code
 * docs/events.md}): a routine matter is accepted within 30 minutes and handled within 2 working
 * hours; grade IV within 15 minutes and 4 hours; grade III within 10 minutes and 2 hours; grades I
 * and II within 5 minutes and 1 hour, and they go straight to the district and notify every level,
 * as the Emergency Response Law has the government at or above county level lead for serious
 * emergencies.
 */
public final class EscalationPolicy {

  /**
   * The limits of one rung.
   *
   * @param accept how long until the case must be accepted
   * @param handle how long until it must be handled (resolved)
   * @param workingTime whether {@code handle} counts office hours only
   */
  public record Limits(Duration accept, Duration handle, boolean workingTime) {
    /** Validates the parts. */
    public Limits {
      requireNonNull(accept, "accept");
      requireNonNull(handle, "handle");
      if (accept.isNegative() || handle.isNegative()) {
        throw new IllegalArgumentException("limits must not be negative");
      }
    }
  }

  private final Map<EventSeverity, Limits> bySeverity;
  private final Map<String, Limits> byFamilyAndSeverity;
  private final WorkingHours hours;

  private EscalationPolicy(
      Map<EventSeverity, Limits> bySeverity, Map<String, Limits> byFamily, WorkingHours hours) {
    this.bySeverity = new EnumMap<>(bySeverity);
    this.byFamilyAndSeverity = new HashMap<>(byFamily);
    this.hours = hours;
  }

  /** The default policy described above, with China office hours. */
  public static EscalationPolicy defaults() {
    return builder().build();
  }

  /** Starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits for a category at a severity: the family's own, else the severity's. */
  public Limits limits(EventCategory category, EventSeverity severity) {
    Limits own = byFamilyAndSeverity.get(category.family() + "/" + severity);
    return own != null ? own : requireNonNull(bySeverity.get(severity));
  }

  /** The limits of a severity, before any family's own. */
  public Limits limits(EventSeverity severity) {
    return requireNonNull(bySeverity.get(requireNonNull(severity, "severity")));
  }

  /** The office hours that working-time limits count. */
  public WorkingHours workingHours() {
    return hours;
  }

  /** Whether a case of this severity starts at the district and notifies every level. */
  public boolean startsAtDistrict(EventSeverity severity) {
    return severity == EventSeverity.I || severity == EventSeverity.II;
  }

  /** When a case opened at {@code from} must be accepted. */
  public Instant acceptBy(Instant from, Limits limits) {
    return from.plus(limits.accept());
  }

  /** When a case accepted at {@code from} must be handled. */
  public Instant handleBy(Instant from, Limits limits) {
    return limits.workingTime() ? hours.plus(from, limits.handle()) : from.plus(limits.handle());
  }

  /** Builds an {@link EscalationPolicy}. */
  public static final class Builder {
    private final Map<EventSeverity, Limits> bySeverity = new EnumMap<>(EventSeverity.class);
    private final Map<String, Limits> byFamily = new HashMap<>();
    private WorkingHours hours = WorkingHours.CHINA_OFFICE;

    private Builder() {
      bySeverity.put(
          EventSeverity.ROUTINE, new Limits(Duration.ofMinutes(30), Duration.ofHours(2), true));
      bySeverity.put(
          EventSeverity.IV, new Limits(Duration.ofMinutes(15), Duration.ofHours(4), false));
      bySeverity.put(
          EventSeverity.III, new Limits(Duration.ofMinutes(10), Duration.ofHours(2), false));
      bySeverity.put(
          EventSeverity.II, new Limits(Duration.ofMinutes(5), Duration.ofHours(1), false));
      bySeverity.put(
          EventSeverity.I, new Limits(Duration.ofMinutes(5), Duration.ofHours(1), false));
    }

    /** Sets the limits of a severity. */
    public Builder limits(EventSeverity severity, Limits limits) {
      bySeverity.put(requireNonNull(severity, "severity"), requireNonNull(limits, "limits"));
      return this;
    }

    /** Sets the limits of one category family at one severity, e.g. {@code safety} routine. */
    public Builder limits(String family, EventSeverity severity, Limits limits) {
      requireNonNull(family, "family");
      byFamily.put(
          family + "/" + requireNonNull(severity, "severity"), requireNonNull(limits, "limits"));
      return this;
    }

    /** Sets the office hours of working-time deadlines. */
    public Builder workingHours(WorkingHours hours) {
      this.hours = requireNonNull(hours, "hours");
      return this;
    }

    /** Builds the policy. */
    public EscalationPolicy build() {
      return new EscalationPolicy(bySeverity, byFamily, hours);
    }
  }
}
