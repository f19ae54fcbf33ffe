package org.gridgov.rules.workload;

/**
 * The estimated door-to-door round of one grid, in minutes, and its parts. The parts are the total
 * work; {@link #roundMinutes()} is that work shared over the members.
 *
 * @param households households visited
 * @param visitMinutes time at the doors
 * @param careMinutes extra time at special-group households
 * @param walkingMinutes walking between buildings along a nearest-neighbour tour
 * @param stairMinutes climbing and descending the buildings' stairs
 * @param members the members sharing the round (at least 1: with nobody, one person's round)
 * @param roundMinutes the total divided over {@code members}
 */
public record WorkloadEstimate(
    int households,
    double visitMinutes,
    double careMinutes,
    double walkingMinutes,
    double stairMinutes,
    int members,
    double roundMinutes) {

  /** The total work in minutes, before sharing it over the members. */
  public double totalMinutes() {
    return visitMinutes + careMinutes + walkingMinutes + stairMinutes;
  }
}
