package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.SpecialGroup;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties that must hold for every seed, not only the default one. */
@Seeded
@DisplayName("samples of any seed")
class SampleSeedsTest {

  private static long[] seeds(Random random) {
    return LongStream.generate(random::nextLong).limit(4).toArray();
  }

  @Test
  @DisplayName("are the same tree for the same seed")
  void sameSeedSameTree(Random random) {
    long seed = random.nextLong();
    TreeChecks.assertSameTree(SampleCommunities.urban(seed), SampleCommunities.urban(seed));
    TreeChecks.assertSameTree(SampleCommunities.rural(seed), SampleCommunities.rural(seed));
  }

  @Test
  @DisplayName("differ for different seeds")
  void differentSeedDifferentTree(Random random) {
    long seed = random.nextLong();
    assertThat(SampleCommunities.urban(seed).households())
        .isNotEqualTo(SampleCommunities.urban(seed + 1).households());
    assertThat(SampleCommunities.rural(seed).grids())
        .isNotEqualTo(SampleCommunities.rural(seed + 1).grids());
  }

  @Test
  @DisplayName("urban: meet the size rules of the 3+1 hierarchy")
  void urbanSizes(Random random) {
    for (long seed : seeds(random)) {
      GridTree tree = SampleCommunities.urban(seed);
      assertThat(tree.households()).as("seed %s", seed).hasSizeGreaterThanOrEqualTo(3000);
      assertThat(tree.grids(GridLevel.GENERAL)).as("seed %s", seed).hasSizeGreaterThanOrEqualTo(6);
      assertThat(tree.grids(GridLevel.MICRO)).as("seed %s", seed).hasSizeGreaterThanOrEqualTo(40);
      for (Grid g : tree.grids(GridLevel.GENERAL)) {
        assertThat(tree.householdsWithin(g.code()))
            .as("seed %s, %s", seed, g.code())
            .hasSizeBetween(300, 500);
      }
      for (Grid m : tree.grids(GridLevel.MICRO)) {
        assertThat(tree.households(m.code()))
            .as("seed %s, %s", seed, m.code())
            .hasSizeBetween(1, 100);
      }
      assertThat(
              tree.grids(GridLevel.EXCLUSIVE).stream()
                  .map(g -> g.exclusiveKind().orElseThrow())
                  .distinct())
          .as("seed %s", seed)
          .hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  @DisplayName("urban and rural: children tile their parents and every boundary is valid")
  void tiling(Random random) {
    for (long seed : seeds(random)) {
      for (GridTree tree : List.of(SampleCommunities.urban(seed), SampleCommunities.rural(seed))) {
        assertThat(TreeChecks.tilingProblems(tree)).as("seed %s", seed).isEmpty();
        assertThat(TreeChecks.boundaryProblems(tree)).as("seed %s", seed).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("urban and rural: every household lies inside its one grid")
  void householdsInside(Random random) {
    for (long seed : seeds(random)) {
      for (GridTree tree : List.of(SampleCommunities.urban(seed), SampleCommunities.rural(seed))) {
        assertThat(TreeChecks.householdPlacementProblems(tree)).as("seed %s", seed).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("urban and rural: no vacant or unreachable micro grid, and special groups in range")
  void staffingAndRates(Random random) {
    for (long seed : seeds(random)) {
      GridTree urban = SampleCommunities.urban(seed);
      GridTree rural = SampleCommunities.rural(seed);
      for (GridTree tree : List.of(urban, rural)) {
        assertThat(TreeChecks.vacantMicroGrids(tree)).as("seed %s", seed).isEmpty();
        assertThat(TreeChecks.unreachableMicroGrids(tree)).as("seed %s", seed).isEmpty();
      }
      assertThat(TreeChecks.share(urban, SpecialGroup.ELDERLY_ALONE))
          .as("seed %s", seed)
          .isBetween(0.05, 0.08);
      assertThat(TreeChecks.share(urban, SpecialGroup.DISABLED))
          .as("seed %s", seed)
          .isBetween(0.02, 0.04);
      assertThat(TreeChecks.share(rural, SpecialGroup.ELDERLY_ALONE))
          .as("seed %s", seed)
          .isBetween(0.08, 0.12);
      assertThat(rural.households()).as("seed %s", seed).hasSizeBetween(400, 700);
    }
  }

  @Test
  @DisplayName("urban and rural with planted faults: exactly one vacant and one unreachable grid")
  void plantedFaults(Random random) {
    for (long seed : seeds(random)) {
      GridTree urban =
          SampleCommunities.urban(
              UrbanCommunitySpec.builder().plantStaffingFaults(true).build(), seed);
      GridTree rural = SampleCommunities.rural(seed, true);
      for (GridTree tree : List.of(urban, rural)) {
        assertThat(TreeChecks.vacantMicroGrids(tree)).as("seed %s", seed).hasSize(1);
        assertThat(TreeChecks.unreachableMicroGrids(tree)).as("seed %s", seed).hasSize(1);
      }
    }
  }

  @Test
  @DisplayName("the tiling check itself reports a general grid with a micro grid missing")
  void tilingCheckFindsAGap() {
    GridTree full = SampleCommunities.urban();
    Grid general = full.grids(GridLevel.GENERAL).get(0);
    List<Grid> children = new ArrayList<>(TreeChecks.territorialChildren(full, general));
    Grid removed = children.remove(0);
    double gap = TreeChecks.coverageMismatchM2(general, children);
    assertThat(gap).isGreaterThan(1000);
    List<Grid> doubled = new ArrayList<>(children);
    doubled.add(children.get(0));
    assertThat(TreeChecks.largestOverlapM2(doubled)).isGreaterThan(1000);
    assertThat(removed.level()).isEqualTo(GridLevel.MICRO);
  }
}
