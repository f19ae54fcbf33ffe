package org.gridgov.events.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.GridMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceReportsTest {

  @TempDir Path dir;

  private static final GridCode A = GridCode.parse("510107011005001001");
  private static final GridCode B = GridCode.parse("510107011005001002");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static Optional<LocalDate> day(int y, int m, int d) {
    return Optional.of(LocalDate.of(y, m, d));
  }

  private static OffsetDateTime at(String s) {
    return OffsetDateTime.parse(s);
  }

  @Test
  @DisplayName("patrol coverage sums patrols, hours and distinct households per grid and member")
  void patrolCoverage() throws IOException {
    List<Patrol> patrols =
        List.of(
            Patrol.of(
                "P1",
                "M1",
                A,
                at("2026-02-20T09:00:00+08:00"),
                at("2026-02-20T11:00:00+08:00"),
                List.of("H1", "H2")),
            Patrol.of(
                "P2",
                "M2",
                A,
                at("2026-02-27T09:00:00+08:00"),
                at("2026-02-27T09:30:00+08:00"),
                List.of("H2", "H3")),
            Patrol.of(
                "P3",
                "M1",
                B,
                at("2026-03-02T09:00:00+08:00"), // after the day: left out
                at("2026-03-02T10:00:00+08:00"),
                List.of()));
    PatrolCoverage c = PatrolCoverage.of(patrols, DAY);
    assertThat(c.rows())
        .containsExactly(
            new PatrolCoverage.Row(
                PatrolCoverage.Scope.GRID,
                A.value(),
                2,
                2.5,
                3,
                day(2026, 2, 27),
                OptionalLong.of(2)),
            new PatrolCoverage.Row(
                PatrolCoverage.Scope.MEMBER, "M1", 1, 2.0, 2, day(2026, 2, 20), OptionalLong.of(9)),
            new PatrolCoverage.Row(
                PatrolCoverage.Scope.MEMBER,
                "M2",
                1,
                0.5,
                2,
                day(2026, 2, 27),
                OptionalLong.of(2)));
    Path out = dir.resolve("coverage.csv");
    c.write(out);
    assertThat(Files.readAllLines(out))
        .containsExactly(
            PatrolCoverage.HEADER,
            "grid,510107011005001001,2,2.5,3,2026-02-27,2",
            "member,M1,1,2.0,2,2026-02-20,9",
            "member,M2,1,0.5,2,2026-02-27,2");
  }

  @Test
  @DisplayName("the duty report counts per department the tasks outside the catalogue")
  void dutyReport() throws IOException {
    DutyCatalogue catalogue =
        DutyCatalogue.of(
            List.of(
                new DutyKind("civil_affairs", "elderly_check", 20, true),
                new DutyKind("statistics", "census_form", 40, false)));
    OffsetDateTime t = at("2026-02-27T09:00:00+08:00");
    List<GridTask> tasks =
        List.of(
            new GridTask(
                "T1", "civil_affairs", "elderly_check", A, Optional.empty(), t, Optional.empty()),
            new GridTask(
                "T2", "civil_affairs", "party_survey", A, Optional.empty(), t, Optional.empty()),
            new GridTask(
                "T3", "statistics", "census_form", B, Optional.of("M1"), t, Optional.empty()));
    DutyReport r = DutyReport.of(catalogue, tasks);
    assertThat(r.rows())
        .containsExactly(
            new DutyReport.Row("civil_affairs", 2, 1, 20),
            new DutyReport.Row("statistics", 1, 1, 40));
    assertThat(r.rows().get(0).shareOutsideCatalogue()).isEqualTo(0.5);
    Path out = dir.resolve("duty.csv");
    r.write(out);
    assertThat(Files.readAllLines(out))
        .containsExactly(
            DutyReport.HEADER, "civil_affairs,2,1,0.500,20", "statistics,1,1,1.000,40");
  }

  @Test
  @DisplayName("given the tree, unpatrolled micro grids and idle active members get empty rows")
  void withTree() throws IOException {
    GridTree.Builder b = GridTree.builder();
    b.addGrid(Grid.builder(GridCode.parse("510107011005"), "社区").build());
    b.addGrid(Grid.builder(GridCode.parse("510107011005001"), "一般").build());
    b.addGrid(Grid.builder(A, "甲").build());
    b.addGrid(Grid.builder(B, "乙").build());
    b.addMember(GridMember.builder("M1", "张三").grids(List.of(A)).build());
    b.addMember(GridMember.builder("M3", "李四").grids(List.of(B)).build());
    GridTree tree = b.build();
    List<Patrol> patrols =
        List.of(
            Patrol.of(
                "P1",
                "M1",
                A,
                at("2026-02-28T09:00:00+08:00"),
                at("2026-02-28T10:00:00+08:00"),
                List.of()));
    Path out = dir.resolve("coverage.csv");
    PatrolCoverage.of(tree, patrols, DAY).write(out);
    assertThat(Files.readAllLines(out))
        .containsExactly(
            PatrolCoverage.HEADER,
            "grid,510107011005001001,1,1.0,0,2026-02-28,1",
            "grid,510107011005001002,0,0.0,0,,",
            "member,M1,1,1.0,0,2026-02-28,1",
            "member,M3,0,0.0,0,,");
  }
}
