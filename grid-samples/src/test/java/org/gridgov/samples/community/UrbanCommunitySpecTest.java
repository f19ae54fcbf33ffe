package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridLevel;
import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UrbanCommunitySpec")
class UrbanCommunitySpecTest {

  @Test
  @DisplayName("lists every parameter out of range at once")
  void allProblemsAtOnce() {
    assertThatThrownBy(() -> new UrbanCommunitySpec(0, 400, 400, 10, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("generalGrids must be 1-24 but was 0")
        .hasMessageContaining("householdSpread must be 0-399")
        .hasMessageContaining("microGridCap must be 20-200 but was 10");
  }

  @Test
  @DisplayName("refuses a general grid that would need more than 12 micro grids")
  void tooManyMicroGrids() {
    assertThatThrownBy(
            () ->
                UrbanCommunitySpec.builder()
                    .householdsPerGeneralGrid(1500)
                    .householdSpread(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raise microGridCap");
  }

  @Test
  @DisplayName("builder setters check their argument at once")
  void builderChecksAtOnce() {
    assertThatThrownBy(() -> UrbanCommunitySpec.builder().generalGrids(25))
        .hasMessage("generalGrids must be 1-24 but was 25");
    assertThatThrownBy(() -> UrbanCommunitySpec.builder().householdSpread(-1))
        .hasMessage("householdSpread must be at least 0 but was -1");
  }

  @Test
  @DisplayName("a custom spec gives that many general grids, households and exclusive grids")
  void customSpec() {
    UrbanCommunitySpec spec =
        UrbanCommunitySpec.builder()
            .generalGrids(5)
            .householdsPerGeneralGrid(200)
            .householdSpread(30)
            .microGridCap(50)
            .exclusiveKinds(
                ExclusiveKind.INDUSTRIAL_PARK, ExclusiveKind.SCHOOL, ExclusiveKind.SCHOOL)
            .build();
    GridTree tree = SampleCommunities.urban(spec, 7);
    assertThat(tree.grids(GridLevel.GENERAL)).hasSize(5);
    assertThat(tree.grids(GridLevel.EXCLUSIVE))
        .extracting(g -> g.exclusiveKind().orElseThrow())
        .containsExactly(ExclusiveKind.INDUSTRIAL_PARK, ExclusiveKind.SCHOOL, ExclusiveKind.SCHOOL);
    int territorial = 0;
    for (Grid g : tree.grids(GridLevel.GENERAL)) {
      territorial += tree.householdsWithin(g.code()).size();
      assertThat(tree.householdsWithin(g.code())).hasSizeBetween(170, 230);
    }
    assertThat(territorial).isEqualTo(spec.territorialHouseholds());
    for (Grid m : tree.grids(GridLevel.MICRO)) {
      assertThat(tree.households(m.code())).hasSizeLessThanOrEqualTo(50);
    }
    assertThat(TreeChecks.tilingProblems(tree)).isEmpty();
    assertThat(TreeChecks.householdPlacementProblems(tree)).isEmpty();
  }

  @Test
  @DisplayName("the defaults are 8 general grids of 400 ± 80 households and 4 exclusive kinds")
  void defaults() {
    UrbanCommunitySpec d = UrbanCommunitySpec.defaults();
    assertThat(d.generalGrids()).isEqualTo(8);
    assertThat(d.territorialHouseholds()).isEqualTo(3200);
    assertThat(d.exclusiveKinds()).hasSize(4);
    assertThat(UrbanCommunitySpec.builder().build()).isEqualTo(d);
  }

  @Test
  @DisplayName("staffing faults are planted only when asked for")
  void plantStaffingFaultsOffByDefault() {
    assertThat(UrbanCommunitySpec.defaults().plantStaffingFaults()).isFalse();
    assertThat(new UrbanCommunitySpec(8, 400, 80, 100, ImmutableList.of()).plantStaffingFaults())
        .isFalse();
    assertThat(UrbanCommunitySpec.builder().plantStaffingFaults(true).build().plantStaffingFaults())
        .isTrue();
  }
}
