package org.gridgov.samples.community;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.household.Household;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.samples.internal.Draw;

/**
 * Household sizes and special-group rates, with where each figure comes from.
 *
 * <p>Special groups are given to an exact number of households (the rate times the number of
 * households, rounded) chosen at random among those that can hold the group, rather than to each
 * household by a coin toss: the rates of a sample are then the rates below for every seed, which is
 * what a researcher sizing an emergency roll-call wants to rely on.
 */
final class Demography {

  /**
   * Urban household sizes 1–6 (6 standing for 6 or more). The 7th national census (2020) counted
   * 494.16 million family households with 1,292.81 million people, 2.62 people per household, down
   * from 3.10 in 2010 (NBS, 第七次全国人口普查公报). The shares approximate the census's household-size table,
   * where one- and two-person households are the commonest (about a quarter and three in ten), and
   * are set so that their mean, 2.63, matches the census mean.
   */
  static final double[] URBAN_SIZES = {0.245, 0.295, 0.210, 0.135, 0.065, 0.050};

  /**
   * Rural household sizes: more elderly couples left behind and more three-generation households
   * than in town. An assumption shaped on the urban shares, not a census table; mean 2.66.
   */
  static final double[] RURAL_SIZES = {0.240, 0.310, 0.180, 0.140, 0.080, 0.050};

  /**
   * Shares of households holding each special group.
   *
   * @param elderlyAlone elderly living alone (独居老人); only one-person households
   * @param disabled a person with a disability on the grid's care list (残疾人)
   * @param childInDifficulty a child in difficulty (困境儿童); only households of two or more
   * @param pregnant a pregnant or post-partum woman (孕产妇); only households of two or more
   */
  record Rates(double elderlyAlone, double disabled, double childInDifficulty, double pregnant) {}

  /*
   * Urban rates. Elderly living alone: 18.70 % of people were 60 or older in 2020 (7th census)
   * and about a quarter of households have one person; taking a little over a quarter of those to
   * be elderly gives 6.5 % of households. Pregnant or post-partum: 9.54 million births in 2024
   * (NBS statistical communiqué 2024) over 494.16 million households is 1.93 % of households a
   * year; a pregnancy and its 42-day post-partum period last about 0.88 of a year, so about 1.7 %
   * nationally, taken lower (1.2 %) for a big-city community where fewer children are born.
   * Disabled and children in difficulty: the grid's care lists hold only people who need help in
   * an emergency (a severe certified disability; orphans and children without effective care under
   * the civil-affairs definition of 困境儿童), far fewer than the 6.34 % of people with any
   * disability found by the 2006 national disability sample survey; 3 % and 0.5 % of households
   * are working assumptions.
   */
  static final Rates URBAN_RATES = new Rates(0.065, 0.030, 0.005, 0.012);

  /*
   * Rural rates: villages are older than towns, as young adults work away (rural ageing outpaces
   * urban in the 7th census, and Sichuan is among the oldest provinces), so more old people live
   * alone and more children are left behind; fewer births. Assumptions scaled from the urban rates.
   */
  static final Rates RURAL_RATES = new Rates(0.100, 0.040, 0.008, 0.010);

  private Demography() {}

  /** A household size 1–6 drawn from {@code shares}. */
  static int size(SplittableRandom rnd, double[] shares) {
    return Draw.weighted(rnd, shares) + 1;
  }

  /** A household being generated: its builder, its size and the grid it will be assigned to. */
  record Pending(Household.Builder builder, int size, GridCode grid) {}

  /** Gives each special group to its share of the households, as explained above. */
  static void assignSpecialGroups(List<Pending> households, Rates rates, SplittableRandom rnd) {
    int n = households.size();
    List<Set<SpecialGroup>> groups = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      groups.add(EnumSet.noneOf(SpecialGroup.class));
    }
    give(households, groups, SpecialGroup.ELDERLY_ALONE, rates.elderlyAlone(), 1, 1, rnd);
    give(households, groups, SpecialGroup.DISABLED, rates.disabled(), 1, Integer.MAX_VALUE, rnd);
    give(
        households,
        groups,
        SpecialGroup.CHILD_IN_DIFFICULTY,
        rates.childInDifficulty(),
        2,
        Integer.MAX_VALUE,
        rnd);
    give(
        households,
        groups,
        SpecialGroup.PREGNANT_OR_POSTPARTUM,
        rates.pregnant(),
        2,
        Integer.MAX_VALUE,
        rnd);
    for (int k = 0; k < n; k++) {
      households.get(k).builder().specialGroups(groups.get(k));
    }
  }

  private static void give(
      List<Pending> households,
      List<Set<SpecialGroup>> groups,
      SpecialGroup group,
      double rate,
      int minSize,
      int maxSize,
      SplittableRandom rnd) {
    List<Integer> eligible = new ArrayList<>();
    for (int k = 0; k < households.size(); k++) {
      int size = households.get(k).size();
      if (size >= minSize && size <= maxSize) {
        eligible.add(k);
      }
    }
    int count = (int) Math.min(eligible.size(), Math.round(rate * households.size()));
    for (int k : Draw.shuffled(rnd, eligible).subList(0, count)) {
      groups.get(k).add(group);
    }
  }
}
