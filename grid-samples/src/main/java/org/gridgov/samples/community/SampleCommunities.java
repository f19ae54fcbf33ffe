package org.gridgov.samples.community;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gridgov.core.grid.GridTree;

/**
 * Seeded sample communities for demos, tests and experiments: a realistic urban community in
 * Chengdu and a rural village near it, each a complete {@link GridTree} with grids that tile their
 * parents, households in buildings or hamlets, members, and party organisations.
 *
 * <p>The same seed always gives the same tree, on every machine and Java version that keeps {@link
 * java.util.SplittableRandom}'s documented algorithm; nothing depends on the clock or on hash
 * order. Dates (members who have left, service start dates) are drawn relative to {@link
 * #REFERENCE_DATE}, not to today, so a sample does not age.
 *
 * <p>The samples are staffed as the founding paper asks and validate clean under the default
 * policy: every grid has an active member, every micro grid an active member with a smartphone and
 * a team large enough for the 3-hour round, and every general grid a party branch. Members who have
 * left are in the data, each with a successor. For research and for testing validators, {@link
 * UrbanCommunitySpec#plantStaffingFaults()} and {@link #rural(long, boolean)} plant a micro grid
 * whose members have all left (人走格空) and one whose only active members have no smartphone
 * (格在人在事不传), both whenever there are at least two micro grids. All names, codes below the county
 * and addresses are fictional. Where each figure comes from is written beside it in the source.
 */
public final class SampleCommunities {

  /** The seed of the samples that {@link #urban()} and {@link #rural()} return. */
  public static final long DEFAULT_SEED = 20260301L;

  /**
   * The day the samples describe: members whose service ended before it have left; check them with
   * {@code member.isActiveOn(REFERENCE_DATE)}.
   */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);

  private SampleCommunities() {}

  /** The urban community of {@link UrbanCommunitySpec#defaults()} with {@link #DEFAULT_SEED}. */
  public static GridTree urban() {
    return urban(DEFAULT_SEED);
  }

  /**
   * An urban community, 锦官社区 (division code 510107011005, a fictional community of a street in
   * Wuhou district, Chengdu), of the {@linkplain UrbanCommunitySpec#defaults() default size}: one
   * community total grid, 8 general grids of 320–480 households (3,200 in all) on about 1.2 km ×
   * 0.9 km of street blocks, each split into 4–7 micro grids of at most 100 households, an office
   * building, a market, a school (with a staff dormitory) and a hospital as exclusive grids.
   *
   * @param seed any value; equal seeds give equal trees
   */
  public static GridTree urban(long seed) {
    return urban(UrbanCommunitySpec.defaults(), seed);
  }

  /**
   * An urban community of the given size.
   *
   * @param spec the parameters, already checked by {@link UrbanCommunitySpec}
   * @param seed any value; equal specs and seeds give equal trees
   */
  public static GridTree urban(UrbanCommunitySpec spec, long seed) {
    requireNonNull(spec, "spec");
    return UrbanGenerator.generate(spec, seed);
  }

  /** The rural village with {@link #DEFAULT_SEED}. */
  public static GridTree rural() {
    return rural(DEFAULT_SEED);
  }

  /**
   * A rural village, 青杠村 (division code 510121104203, a fictional villagers' committee of a town in
   * Jintang county, Chengdu): 450–650 households scattered in hamlets across about 2–3 km × 1.6 km
   * of fields, 6–9 villager groups (村民小组) as general grids, each split into 2–4 micro grids around
   * its hamlets. Every grid is rural and every household names its villager group.
   *
   * @param seed any value; equal seeds give equal trees
   */
  public static GridTree rural(long seed) {
    return rural(seed, false);
  }

  /**
   * The rural village of {@link #rural(long)}, with or without the two planted staffing faults (a
   * vacant micro grid and one whose active members have no smartphone). The grids and households
   * are the same either way; only the members differ.
   *
   * @param seed any value; equal seeds give equal trees
   * @param plantStaffingFaults whether to plant the faults
   */
  public static GridTree rural(long seed, boolean plantStaffingFaults) {
    return RuralGenerator.generate(seed, plantStaffingFaults);
  }
}
