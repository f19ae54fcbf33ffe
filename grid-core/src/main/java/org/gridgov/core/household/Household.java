package org.gridgov.core.household;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;
import org.locationtech.jts.geom.Point;

/**
 * A household (户): the unit that grids are sized by and that staff visit door to door. Immutable;
 * make one with {@link #builder(String)}.
 *
 * <p>Which grid a household belongs to is not part of the household: it is recorded in the {@link
 * org.gridgov.core.grid.GridTree}, which can therefore also hold households that no grid or two
 * grids claim, for the validators to report.
 */
public final class Household {

  private final String id;
  private final String address;
  private final Optional<String> buildingId;
  private final Optional<Point> location;
  private final int size;
  private final Optional<String> villagerGroup;
  private final ImmutableSet<SpecialGroup> specialGroups;
  private final ImmutableSet<String> tags;

  private Household(Builder b) {
    this.id = b.id;
    this.address = b.address;
    this.buildingId = b.buildingId;
    this.location = b.location;
    this.size = b.size;
    this.villagerGroup = b.villagerGroup;
    this.specialGroups = Sets.immutableEnumSet(b.specialGroups);
    this.tags = ImmutableSet.copyOf(b.tags);
  }

  /**
   * Starts a household.
   *
   * @param id its identifier, unique in a dataset
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this household's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.address = address;
    b.buildingId = buildingId;
    b.location = location;
    b.size = size;
    b.villagerGroup = villagerGroup;
    b.specialGroups.addAll(specialGroups);
    b.tags.addAll(tags);
    return b;
  }

  /** The identifier. */
  public String id() {
    return id;
  }

  /** The address as written; empty string when unknown. */
  public String address() {
    return address;
  }

  /** The building the household lives in, if known. */
  public Optional<String> buildingId() {
    return buildingId;
  }

  /**
   * Where the household is (WGS 84), if known. JTS points can be changed in place, so each call
   * returns a copy: changing it leaves this household as it was.
   */
  public Optional<Point> location() {
    return location.map(p -> (Point) p.copy());
  }

  /** The number of people in the household; 0 for a dwelling that is registered but empty. */
  public int size() {
    return size;
  }

  /** The villager group (村民小组) of a rural household, if any. */
  public Optional<String> villagerGroup() {
    return villagerGroup;
  }

  /** The special groups living in the household. */
  public ImmutableSet<SpecialGroup> specialGroups() {
    return specialGroups;
  }

  /** Whether anyone in the household belongs to a special group. */
  public boolean hasSpecialGroup() {
    return !specialGroups.isEmpty();
  }

  /** Free tags (not special groups), lower case. */
  public ImmutableSet<String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Household h
        && id.equals(h.id)
        && address.equals(h.address)
        && buildingId.equals(h.buildingId)
        && samePoint(location, h.location)
        && size == h.size
        && villagerGroup.equals(h.villagerGroup)
        && specialGroups.equals(h.specialGroups)
        && tags.equals(h.tags);
  }

  private static boolean samePoint(Optional<Point> a, Optional<Point> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().getX() == b.get().getX() && a.get().getY() == b.get().getY();
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, address, buildingId, size, villagerGroup, specialGroups, tags);
  }

  @Override
  public String toString() {
    return "household " + id;
  }

  /** Builds a {@link Household}; each setter checks its argument at once. */
  public static final class Builder {
    private final String id;
    private String address = "";
    private Optional<String> buildingId = Optional.empty();
    private Optional<Point> location = Optional.empty();
    private int size = 1;
    private Optional<String> villagerGroup = Optional.empty();
    private final EnumSet<SpecialGroup> specialGroups = EnumSet.noneOf(SpecialGroup.class);
    private final java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();

    private Builder(String id) {
      this.id = Checks.id(id, "household id");
    }

    /** Sets the address as written. */
    public Builder address(String address) {
      this.address = requireNonNull(address, "address").strip();
      return this;
    }

    /** Sets the building. */
    public Builder buildingId(String buildingId) {
      this.buildingId = Optional.of(Checks.id(buildingId, "building id"));
      return this;
    }

    /**
     * Sets the location.
     *
     * @throws IllegalArgumentException if out of WGS 84 ranges
     */
    public Builder location(double lon, double lat) {
      this.location = Optional.of(Wgs84.point(lon, lat));
      return this;
    }

    /**
     * Sets the location.
     *
     * @throws IllegalArgumentException if out of WGS 84 ranges
     */
    public Builder location(Point point) {
      requireNonNull(point, "point");
      return location(point.getX(), point.getY());
    }

    /**
     * Sets the number of people; 1 by default.
     *
     * @throws IllegalArgumentException if negative or above 1000
     */
    public Builder size(int size) {
      if (size < 0 || size > 1000) {
        throw new IllegalArgumentException("household size must be 0-1000 but was " + size);
      }
      this.size = size;
      return this;
    }

    /** Sets the villager group (rural). */
    public Builder villagerGroup(String villagerGroup) {
      this.villagerGroup = Optional.of(Checks.nonBlank(villagerGroup, "villager group"));
      return this;
    }

    /** Adds special groups. */
    public Builder specialGroups(Collection<SpecialGroup> groups) {
      groups.forEach(g -> specialGroups.add(requireNonNull(g, "special group")));
      return this;
    }

    /** Adds special groups. */
    public Builder specialGroups(SpecialGroup... groups) {
      return specialGroups(java.util.Arrays.asList(groups));
    }

    /**
     * Adds free tags.
     *
     * @throws IllegalArgumentException for a tag that {@link Tags#checkFreeTag} refuses
     */
    public Builder tags(Collection<String> freeTags) {
      freeTags.forEach(t -> tags.add(Tags.checkFreeTag(t)));
      return this;
    }

    /** Builds the household. */
    public Household build() {
      return new Household(this);
    }
  }
}
