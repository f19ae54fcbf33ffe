package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StructureTrees.COMMUNITY;
import static org.gridgov.rules.validation.internal.StructureTrees.GENERAL;
import static org.gridgov.rules.validation.internal.StructureTrees.run;

import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HierarchyRulesTest {

  /** An exclusive grid of community ...006 hung under a grid of community ...005. */
  private static GridTree strayExclusive() {
    GridTree.Builder b = StructureTrees.tiled();
    b.addGrid(
        Grid.builder(GridCode.parse("510107011006E001"), "外社区专属网格")
            .exclusiveKind(ExclusiveKind.MARKET)
            .parent(GENERAL)
            .build());
    return b.build();
  }

  @Test
  @DisplayName("hierarchy.root: a community named by a grid but without its total grid is an ERROR")
  void rootMissing() {
    var findings = run(new HierarchyRootRule(), strayExclusive());
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).grid()).contains(GridCode.parse("510107011006"));
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  @DisplayName("hierarchy.root: every community with its total grid passes")
  void rootPresent() {
    assertThat(run(new HierarchyRootRule(), StructureTrees.tiled().build())).isEmpty();
  }

  @Test
  @DisplayName("hierarchy.parent: a micro grid hung directly under its community is an ERROR")
  void microUnderCommunity() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").build());
    GridCode micro = GENERAL.child(1);
    b.addGrid(Grid.builder(micro, "微网格").parent(COMMUNITY).build());
    var findings = run(new HierarchyParentRule(), b.build());
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.grid()).contains(micro);
              assertThat(f.messageEn()).contains("belongs under a general grid");
            });
  }

  @Test
  @DisplayName("hierarchy.parent: an exclusive grid of another community is an ERROR")
  void exclusiveOfOtherCommunity() {
    var findings = run(new HierarchyParentRule(), strayExclusive());
    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.messageEn()).contains("does not extend"));
  }

  @Test
  @DisplayName(
      "hierarchy.parent: an exclusive grid under a general grid of its own community passes")
  void exclusiveUnderGeneral() {
    GridTree.Builder b = StructureTrees.tiled();
    b.addGrid(
        Grid.builder(COMMUNITY.exclusive(1), "市场")
            .exclusiveKind(ExclusiveKind.MARKET)
            .parent(GENERAL)
            .build());
    assertThat(run(new HierarchyParentRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName(
      "hierarchy.parent: a general grid whose code does not extend its parent's is an ERROR")
  void codeDoesNotExtend() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").build());
    GridCode other = GridCode.parse("510107011006");
    b.addGrid(Grid.builder(other, "另一社区").build());
    b.addGrid(Grid.builder(other.child(1), "一般网格").parent(COMMUNITY).build());
    assertThat(run(new HierarchyParentRule(), b.build()))
        .singleElement()
        .satisfies(f -> assertThat(f.grid()).contains(other.child(1)));
  }
}
