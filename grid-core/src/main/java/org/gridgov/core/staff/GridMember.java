package org.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.internal.Checks;

/**
 * A grid member (网格员): full-time grid staff, a micro grid chief or member, or an exclusive grid's
 * contact. Immutable; make one with {@link #builder(String, String)}.
 *
 * <p>A member is active from {@link #activeFrom()} through {@link #activeUntil()}, both inclusive
 * and both open when absent. A member who has left keeps their record with an end date, so that the
 * grid they leave shows a visible vacancy (人走格空) instead of silently losing a name.
 */
public final class GridMember {

  private final String id;
  private final String name;
  private final Employment employment;
  private final ImmutableSet<Duty> duties;
  private final ImmutableSortedSet<GridCode> grids;
  private final OptionalInt birthYear;
  private final boolean hasSmartphone;
  private final Optional<LocalDate> activeFrom;
  private final Optional<LocalDate> activeUntil;

  private GridMember(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.employment = b.employment;
    this.duties = Sets.immutableEnumSet(b.duties);
    this.grids = ImmutableSortedSet.copyOf(b.grids);
    this.birthYear = b.birthYear;
    this.hasSmartphone = b.hasSmartphone;
    this.activeFrom = b.activeFrom;
    this.activeUntil = b.activeUntil;
  }

  /**
   * Starts a member.
   *
   * @param id identifier, unique in a dataset
   * @param name the member's name
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** A builder holding this member's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.employment = employment;
    b.duties.addAll(duties);
    b.grids.addAll(grids);
    b.birthYear = birthYear;
    b.hasSmartphone = hasSmartphone;
    b.activeFrom = activeFrom;
    b.activeUntil = activeUntil;
    return b;
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** How the member is engaged. */
  public Employment employment() {
    return employment;
  }

  /** The duties the member takes on. */
  public ImmutableSet<Duty> duties() {
    return duties;
  }

  /** The grids the member serves, in code order; at least one. */
  public ImmutableSortedSet<GridCode> grids() {
    return grids;
  }

  /** The year of birth, if known. */
  public OptionalInt birthYear() {
    return birthYear;
  }

  /** Whether the member can receive and send reports on a smartphone. */
  public boolean hasSmartphone() {
    return hasSmartphone;
  }

  /** First day of service, if recorded. */
  public Optional<LocalDate> activeFrom() {
    return activeFrom;
  }

  /** Last day of service; empty while the member serves on. */
  public Optional<LocalDate> activeUntil() {
    return activeUntil;
  }

  /** Whether the member serves on {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    requireNonNull(date, "date");
    // No lambdas: routing asks this for every candidate of every report.
    return (activeFrom.isEmpty() || !date.isBefore(activeFrom.get()))
        && (activeUntil.isEmpty() || !date.isAfter(activeUntil.get()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridMember m
        && id.equals(m.id)
        && name.equals(m.name)
        && employment == m.employment
        && duties.equals(m.duties)
        && grids.equals(m.grids)
        && birthYear.equals(m.birthYear)
        && hasSmartphone == m.hasSmartphone
        && activeFrom.equals(m.activeFrom)
        && activeUntil.equals(m.activeUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, name, employment, duties, grids, birthYear, hasSmartphone, activeFrom, activeUntil);
  }

  @Override
  public String toString() {
    return "member " + id;
  }

  /** Builds a {@link GridMember}; each setter checks its argument at once. */
  public static final class Builder {
    private final String id;
    private final String name;
    private Employment employment = Employment.PART_TIME;
    private final EnumSet<Duty> duties = EnumSet.noneOf(Duty.class);
    private final TreeSet<GridCode> grids = new TreeSet<>();
    private OptionalInt birthYear = OptionalInt.empty();
    private boolean hasSmartphone = true;
    private Optional<LocalDate> activeFrom = Optional.empty();
    private Optional<LocalDate> activeUntil = Optional.empty();

    private Builder(String id, String name) {
      this.id = Checks.id(id, "member id");
      this.name = Checks.nonBlank(name, "member name");
    }

    /** Sets how the member is engaged; part-time by default. */
    public Builder employment(Employment employment) {
      this.employment = requireNonNull(employment, "employment");
      return this;
    }

    /** Adds duties. */
    public Builder duties(Collection<Duty> duties) {
      duties.forEach(d -> this.duties.add(requireNonNull(d, "duty")));
      return this;
    }

    /** Adds duties. */
    public Builder duties(Duty... duties) {
      return duties(java.util.Arrays.asList(duties));
    }

    /** Adds a grid the member serves. */
    public Builder grid(GridCode grid) {
      grids.add(requireNonNull(grid, "grid"));
      return this;
    }

    /** Adds grids the member serves. */
    public Builder grids(Collection<GridCode> grids) {
      grids.forEach(this::grid);
      return this;
    }

    /**
     * Sets the year of birth.
     *
     * @throws IllegalArgumentException outside 1900 to the current year
     */
    public Builder birthYear(int year) {
      int now = Year.now().getValue();
      if (year < 1900 || year > now) {
        throw new IllegalArgumentException(
            "member " + id + ": birth year must be 1900-" + now + " but was " + year);
      }
      this.birthYear = OptionalInt.of(year);
      return this;
    }

    /** Sets whether the member has a smartphone; true by default. */
    public Builder hasSmartphone(boolean hasSmartphone) {
      this.hasSmartphone = hasSmartphone;
      return this;
    }

    /** Sets the first day of service. */
    public Builder activeFrom(LocalDate from) {
      this.activeFrom = Optional.of(requireNonNull(from, "from"));
      return this;
    }

    /** Sets the last day of service. */
    public Builder activeUntil(LocalDate until) {
      this.activeUntil = Optional.of(requireNonNull(until, "until"));
      return this;
    }

    /**
     * Builds the member.
     *
     * @throws IllegalStateException if no grid is given, or service ends before it starts
     */
    public GridMember build() {
      if (grids.isEmpty()) {
        throw new IllegalStateException("member " + id + " serves no grid");
      }
      if (activeFrom.isPresent()
          && activeUntil.isPresent()
          && activeUntil.get().isBefore(activeFrom.get())) {
        throw new IllegalStateException(
            "member "
                + id
                + ": service ends "
                + activeUntil.get()
                + " before it starts "
                + activeFrom.get());
      }
      return new GridMember(this);
    }
  }
}
