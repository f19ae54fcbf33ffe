package org.gridgov.samples.community;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.grid.ExclusiveKind;

/**
 * The parameters of a sample urban community, for experiments that need another size than the
 * default: how many general grids, how many households in each, the most households a micro grid
 * may have, and which exclusive grids to add. Start from {@link #defaults()} or {@link #builder()}.
 *
 * <p>General grids get {@code householdsPerGeneralGrid ± householdSpread} households each, adding
 * up to exactly {@code generalGrids × householdsPerGeneralGrid}. Each general grid is split into
 * micro grids of 60–95 % of {@code microGridCap} households (never more than the cap), four to
 * seven of them where the numbers allow.
 *
 * @param generalGrids number of general grids (一般网格), 1–24
 * @param householdsPerGeneralGrid mean households per general grid; the paper's urban rule is
 *     300–500
 * @param householdSpread how far a general grid's households may be from the mean, 0 to mean − 1
 * @param microGridCap the most households of a micro grid (微网格), 20–200; the paper's rule is 100
 * @param exclusiveKinds one exclusive grid (专属网格) of each kind listed, in this order, at most 12
 * @param plantStaffingFaults whether to plant the two staffing failures the founding paper names,
 *     for research and for testing validators: one micro grid whose members have all left (人走格空)
 *     and one whose active members have no smartphone (格在人在事不传). False by default: the default
 *     samples are fully staffed.
 */
public record UrbanCommunitySpec(
    int generalGrids,
    int householdsPerGeneralGrid,
    int householdSpread,
    int microGridCap,
    ImmutableList<ExclusiveKind> exclusiveKinds,
    boolean plantStaffingFaults) {

  /** Most micro grids one general grid is split into; the street mesh leaves room for this many. */
  static final int MAX_MICRO_GRIDS_PER_GENERAL = 12;

  /**
   * Checks every parameter.
   *
   * @throws IllegalArgumentException listing every parameter out of range, each with its allowed
   *     range
   */
  public UrbanCommunitySpec {
    requireNonNull(exclusiveKinds, "exclusiveKinds");
    List<String> problems = new ArrayList<>();
    if (generalGrids < 1 || generalGrids > 24) {
      problems.add("generalGrids must be 1-24 but was " + generalGrids);
    }
    if (householdsPerGeneralGrid < 1 || householdsPerGeneralGrid > 2000) {
      problems.add("householdsPerGeneralGrid must be 1-2000 but was " + householdsPerGeneralGrid);
    }
    if (householdSpread < 0 || householdSpread >= Math.max(1, householdsPerGeneralGrid)) {
      problems.add(
          "householdSpread must be 0-"
              + (householdsPerGeneralGrid - 1)
              + " (below the mean) but was "
              + householdSpread);
    }
    if (microGridCap < 20 || microGridCap > 200) {
      problems.add("microGridCap must be 20-200 but was " + microGridCap);
    } else if (householdsPerGeneralGrid + householdSpread
        > MAX_MICRO_GRIDS_PER_GENERAL * microTypicalMax(microGridCap)) {
      problems.add(
          "a general grid of up to "
              + (householdsPerGeneralGrid + householdSpread)
              + " households needs more than "
              + MAX_MICRO_GRIDS_PER_GENERAL
              + " micro grids of at most "
              + microTypicalMax(microGridCap)
              + " households; raise microGridCap or lower householdsPerGeneralGrid +"
              + " householdSpread");
    }
    if (exclusiveKinds.size() > 12) {
      problems.add("at most 12 exclusive grids but got " + exclusiveKinds.size());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid urban community spec: " + String.join("; ", problems));
    }
  }

  /**
   * A spec without planted staffing faults.
   *
   * @throws IllegalArgumentException listing every parameter out of range
   */
  public UrbanCommunitySpec(
      int generalGrids,
      int householdsPerGeneralGrid,
      int householdSpread,
      int microGridCap,
      ImmutableList<ExclusiveKind> exclusiveKinds) {
    this(
        generalGrids,
        householdsPerGeneralGrid,
        householdSpread,
        microGridCap,
        exclusiveKinds,
        false);
  }

  /**
   * The default community: 8 general grids of 400 ± 80 households (3,200 in all), micro grids of at
   * most 100 households, an office building, a market, a school and a hospital as exclusive grids,
   * and no planted staffing faults.
   */
  public static UrbanCommunitySpec defaults() {
    return new UrbanCommunitySpec(
        8,
        400,
        80,
        100,
        ImmutableList.of(
            ExclusiveKind.OFFICE_BUILDING,
            ExclusiveKind.MARKET,
            ExclusiveKind.SCHOOL,
            ExclusiveKind.HOSPITAL));
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** A builder holding this spec's values, to make a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Total households of the territorial grids: general grids × mean households. */
  public int territorialHouseholds() {
    return generalGrids * householdsPerGeneralGrid;
  }

  /** The most households a micro grid is usually given: 95 % of the cap. */
  static int microTypicalMax(int cap) {
    return (int) Math.floor(cap * 0.95);
  }

  /** The fewest households a micro grid is usually given: 60 % of the cap. */
  static int microTypicalMin(int cap) {
    return (int) Math.ceil(cap * 0.6);
  }

  /**
   * Builds an {@link UrbanCommunitySpec}. Each setter checks its own argument at once; {@link
   * #build()} checks how they fit together.
   */
  public static final class Builder {
    private int generalGrids;
    private int householdsPerGeneralGrid;
    private int householdSpread;
    private int microGridCap;
    private ImmutableList<ExclusiveKind> exclusiveKinds;
    private boolean plantStaffingFaults;

    private Builder(UrbanCommunitySpec from) {
      this.generalGrids = from.generalGrids;
      this.householdsPerGeneralGrid = from.householdsPerGeneralGrid;
      this.householdSpread = from.householdSpread;
      this.microGridCap = from.microGridCap;
      this.exclusiveKinds = from.exclusiveKinds;
      this.plantStaffingFaults = from.plantStaffingFaults;
    }

    /**
     * Sets the number of general grids.
     *
     * @throws IllegalArgumentException outside 1–24
     */
    public Builder generalGrids(int count) {
      checkRange("generalGrids", count, 1, 24);
      this.generalGrids = count;
      return this;
    }

    /**
     * Sets the mean households per general grid.
     *
     * @throws IllegalArgumentException outside 1–2000
     */
    public Builder householdsPerGeneralGrid(int households) {
      checkRange("householdsPerGeneralGrid", households, 1, 2000);
      this.householdsPerGeneralGrid = households;
      return this;
    }

    /**
     * Sets how far a general grid's households may be from the mean.
     *
     * @throws IllegalArgumentException if negative (the upper bound is checked by {@link #build()})
     */
    public Builder householdSpread(int spread) {
      checkRange("householdSpread", spread, 0, Integer.MAX_VALUE);
      this.householdSpread = spread;
      return this;
    }

    /**
     * Sets the most households of a micro grid.
     *
     * @throws IllegalArgumentException outside 20–200
     */
    public Builder microGridCap(int cap) {
      checkRange("microGridCap", cap, 20, 200);
      this.microGridCap = cap;
      return this;
    }

    /**
     * Sets the exclusive grids, one per kind listed (a kind may repeat).
     *
     * @throws IllegalArgumentException for more than 12
     */
    public Builder exclusiveKinds(List<ExclusiveKind> kinds) {
      ImmutableList<ExclusiveKind> copy = ImmutableList.copyOf(kinds);
      checkRange("number of exclusive grids", copy.size(), 0, 12);
      this.exclusiveKinds = copy;
      return this;
    }

    /** Sets the exclusive grids, one per kind listed. */
    public Builder exclusiveKinds(ExclusiveKind... kinds) {
      return exclusiveKinds(List.of(kinds));
    }

    /**
     * Sets whether to plant a vacant micro grid and one whose members have no smartphone; off by
     * default.
     */
    public Builder plantStaffingFaults(boolean plant) {
      this.plantStaffingFaults = plant;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @throws IllegalArgumentException listing every way the values do not fit together
     */
    public UrbanCommunitySpec build() {
      return new UrbanCommunitySpec(
          generalGrids,
          householdsPerGeneralGrid,
          householdSpread,
          microGridCap,
          exclusiveKinds,
          plantStaffingFaults);
    }

    private static void checkRange(String what, int value, int min, int max) {
      if (value < min || value > max) {
        String range = max == Integer.MAX_VALUE ? "at least " + min : min + "-" + max;
        throw new IllegalArgumentException(what + " must be " + range + " but was " + value);
      }
    }
  }
}
