package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.LadderLevel;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Duty;
import org.gridgov.core.staff.Employment;
import org.gridgov.core.staff.GridMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssignerTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final GridCode COMMUNITY = GridCode.parse("510107011005");
  private static final GridCode GENERAL = COMMUNITY.child(1);
  private static final GridCode MICRO = GENERAL.child(1);
  private static final GridCode EMPTY = GENERAL.child(2);

  private static GridMember member(
      String id, GridCode grid, Employment e, boolean phone, Duty... duties) {
    return GridMember.builder(id, "员" + id)
        .employment(e)
        .hasSmartphone(phone)
        .duties(duties)
        .grid(grid)
        .build();
  }

  private static GridTree tree(GridMember... members) {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(COMMUNITY, "社区").build());
    b.addGrid(Grid.builder(GENERAL, "一般网格").build());
    b.addGrid(Grid.builder(MICRO, "微网格1").build());
    b.addGrid(Grid.builder(EMPTY, "微网格2").build());
    for (GridMember m : members) {
      b.addMember(m);
    }
    return b.build();
  }

  @Test
  @DisplayName("the member whose duties fit the category is chosen; the least loaded among them")
  void dutyAndLoad() {
    GridTree t =
        tree(
            member("A", MICRO, Employment.PART_TIME, true, Duty.MEDIATION),
            member("B", MICRO, Employment.PART_TIME, true, Duty.INSPECTION),
            member("C", MICRO, Employment.VOLUNTEER, true, Duty.INSPECTION));
    Assigner a = new Assigner(t, DepartmentTable.defaults());
    Grid micro = t.grid(MICRO).orElseThrow();
    assertThat(a.assign(micro, EventCategory.DISPUTE_NEIGHBOUR, DAY).assignee()).contains("A");
    assertThat(a.assign(micro, EventCategory.SAFETY_GAS, DAY).assignee()).contains("B");
    assertThat(a.assign(micro, EventCategory.SAFETY_GAS, DAY).assignee()).contains("C");
    a.release("B");
    assertThat(a.assign(micro, EventCategory.SAFETY_GAS, DAY).assignee()).contains("B");
  }

  @Test
  @DisplayName(
      "members without a smartphone are skipped; a grid with nobody reachable falls back up")
  void fallbacks() {
    GridTree t =
        tree(
            member("OLD", MICRO, Employment.VOLUNTEER, false, Duty.INSPECTION),
            member("PT", GENERAL, Employment.PART_TIME, true, Duty.INSPECTION),
            member("FT", GENERAL, Employment.FULL_TIME, true, Duty.INSPECTION),
            member("CHIEF", COMMUNITY, Employment.FULL_TIME, true, Duty.SUPERVISION));
    Assigner a = new Assigner(t, DepartmentTable.defaults());
    var up = a.assign(t.grid(MICRO).orElseThrow(), EventCategory.SAFETY_FIRE, DAY);
    assertThat(up.assignee()).contains("FT");
    assertThat(up.level()).isEqualTo(LadderLevel.GENERAL);
    assertThat(up.grid().code()).isEqualTo(MICRO); // the grid stays the lead
    GridTree onlyChief =
        tree(member("CHIEF", COMMUNITY, Employment.FULL_TIME, true, Duty.SUPERVISION));
    var top =
        new Assigner(onlyChief, DepartmentTable.defaults())
            .assign(onlyChief.grid(EMPTY).orElseThrow(), EventCategory.SAFETY_FIRE, DAY);
    assertThat(top.assignee()).contains("CHIEF");
    assertThat(top.level()).isEqualTo(LadderLevel.COMMUNITY);
    GridTree nobody = tree();
    assertThat(
            new Assigner(nobody, DepartmentTable.defaults())
                .assign(nobody.grid(EMPTY).orElseThrow(), EventCategory.SAFETY_FIRE, DAY)
                .assignee())
        .isEmpty();
  }

  @Test
  @DisplayName("departments join by category, and a street may name its own")
  void departments() {
    GridTree t = tree(member("B", MICRO, Employment.PART_TIME, true, Duty.INSPECTION));
    Grid micro = t.grid(MICRO).orElseThrow();
    assertThat(
            new Assigner(t, DepartmentTable.defaults())
                .assign(micro, EventCategory.SAFETY_GAS, DAY)
                .departments())
        .containsExactly("gas_company", "fire_brigade");
    DepartmentTable own =
        DepartmentTable.defaults()
            .withStreet(
                DivisionCode.parse("510107011000"),
                EventCategory.SAFETY_GAS,
                List.of("chengdu_gas_group"));
    assertThat(new Assigner(t, own).assign(micro, EventCategory.SAFETY_GAS, DAY).departments())
        .containsExactly("chengdu_gas_group");
    assertThat(new Assigner(t, own).assign(micro, EventCategory.WISH_MICRO, DAY).departments())
        .isEmpty();
  }
}
