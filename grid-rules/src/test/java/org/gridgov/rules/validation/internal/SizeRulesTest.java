package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.validation.internal.StructureTrees.GENERAL;
import static org.gridgov.rules.validation.internal.StructureTrees.MICRO_1;
import static org.gridgov.rules.validation.internal.StructureTrees.MICRO_2;
import static org.gridgov.rules.validation.internal.StructureTrees.run;

import java.util.List;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.ExclusiveKind;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.household.Household;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SizeRulesTest {

  @Test
  @DisplayName("size.general: 501 households is an ERROR, 500 passes")
  void oversized() {
    List<Finding> over = run(new SizeGeneralRule(), StructureTrees.general(501, Settlement.URBAN));
    assertThat(over)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.value()).hasValue(501);
              assertThat(f.limit()).hasValue(500);
            });
    assertThat(run(new SizeGeneralRule(), StructureTrees.general(500, Settlement.URBAN))).isEmpty();
  }

  @Test
  @DisplayName("size.general: 299 households is a WARNING, 300 passes")
  void undersized() {
    assertThat(run(new SizeGeneralRule(), StructureTrees.general(299, Settlement.URBAN)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.limit()).hasValue(300);
            });
    assertThat(run(new SizeGeneralRule(), StructureTrees.general(300, Settlement.URBAN))).isEmpty();
  }

  @Test
  @DisplayName(
      "size.general: a rural grid of any size passes, but not one spanning two villager groups")
  void rural() {
    assertThat(run(new SizeGeneralRule(), StructureTrees.general(40, Settlement.RURAL))).isEmpty();
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(StructureTrees.COMMUNITY, "村").settlement(Settlement.RURAL).build());
    b.addGrid(Grid.builder(GENERAL, "一组").settlement(Settlement.RURAL).build());
    for (int k = 0; k < 6; k++) {
      String id = "H" + k;
      b.addHousehold(Household.builder(id).villagerGroup(k < 5 ? "第1组" : "第2组").build());
      b.assign(id, GENERAL);
    }
    assertThat(run(new SizeGeneralRule(), b.build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.value()).hasValue(2);
              assertThat(f.messageEn()).contains("第1组").contains("第2组");
            });
  }

  @Test
  @DisplayName("size.general: households of an exclusive grid on top do not count")
  void exclusiveHouseholdsLeftOut() {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(StructureTrees.COMMUNITY, "社区").build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").build());
    var school = StructureTrees.COMMUNITY.exclusive(1);
    b.addGrid(
        Grid.builder(school, "学校").exclusiveKind(ExclusiveKind.SCHOOL).parent(GENERAL).build());
    for (int k = 0; k < 520; k++) {
      b.addHousehold(Household.builder("H" + k).build());
      b.assign("H" + k, k < 400 ? GENERAL : school);
    }
    assertThat(run(new SizeGeneralRule(), b.build())).isEmpty();
  }

  @Test
  @DisplayName("size.micro: 101 households is an ERROR, 100 passes")
  void micro() {
    GridTree.Builder b = StructureTrees.tiled();
    StructureTrees.households(b, MICRO_1, "A", 101, 0.5, 0.5);
    StructureTrees.households(b, MICRO_2, "B", 100, 1.5, 0.5);
    List<Finding> findings = run(new SizeMicroRule(), b.build());
    assertThat(findings.stream().filter(f -> f.rule().equals("size.micro")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.grid()).contains(MICRO_1);
              assertThat(f.value()).hasValue(101);
            });
  }

  @Test
  @DisplayName("size.micro.average: micro grids averaging 100.5 households warn, 100 passes")
  void average() {
    GridTree.Builder over = StructureTrees.tiled();
    StructureTrees.households(over, MICRO_1, "A", 101, 0.5, 0.5);
    StructureTrees.households(over, MICRO_2, "B", 100, 1.5, 0.5);
    assertThat(
            run(new SizeMicroRule(), over.build()).stream()
                .filter(f -> f.rule().equals("size.micro.average")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.grid()).contains(GENERAL);
              assertThat(f.value()).hasValue(100.5);
            });
    GridTree.Builder ok = StructureTrees.tiled();
    StructureTrees.households(ok, MICRO_1, "A", 100, 0.5, 0.5);
    StructureTrees.households(ok, MICRO_2, "B", 100, 1.5, 0.5);
    assertThat(run(new SizeMicroRule(), ok.build())).isEmpty();
  }
}
