package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.rules.validation.internal.StaffingTrees.COMMUNITY;
import static org.gridgov.rules.validation.internal.StaffingTrees.DAY;
import static org.gridgov.rules.validation.internal.StaffingTrees.base;
import static org.gridgov.rules.validation.internal.StaffingTrees.general;
import static org.gridgov.rules.validation.internal.StaffingTrees.grid;
import static org.gridgov.rules.validation.internal.StaffingTrees.households;
import static org.gridgov.rules.validation.internal.StaffingTrees.member;
import static org.gridgov.rules.validation.internal.StaffingTrees.micro;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.finding.Finding;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.governance.Appointment;
import org.gridgov.core.governance.BodyKind;
import org.gridgov.core.governance.DutyCatalogue;
import org.gridgov.core.governance.DutyKind;
import org.gridgov.core.governance.GovernanceInput;
import org.gridgov.core.governance.GovernanceRecords;
import org.gridgov.core.governance.GridTask;
import org.gridgov.core.governance.Patrol;
import org.gridgov.core.governance.PatrolTrack;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.staff.Employment;
import org.gridgov.rules.validation.GridRule;
import org.gridgov.rules.validation.GridValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class GovernanceRulesTest {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);

  /** Noon on the day {@code daysAgo} days before {@link StaffingTrees#DAY}. */
  private static OffsetDateTime ago(int daysAgo) {
    return DAY.minusDays(daysAgo).atTime(12, 0).atOffset(CST);
  }

  private static Patrol patrol(String id, GridCode grid, int daysAgo, String... households) {
    return Patrol.of(id, "V1", grid, ago(daysAgo), ago(daysAgo).plusHours(2), List.of(households));
  }

  private static List<Finding> run(GridRule rule, GridTree tree, GovernanceRecords records) {
    return GridValidator.builder()
        .rules(List.of(rule))
        .build()
        .validate(tree, records, DAY)
        .findings();
  }

  /** Three micro grids in one general grid, the first holding two elderly living alone. */
  private static GridTree tree() {
    GridTree.Builder b = base();
    grid(b, general(1));
    for (int n = 1; n <= 3; n++) {
      grid(b, micro(1, n));
      b.addMember(member("V" + n, Employment.VOLUNTEER, micro(1, n)).build());
    }
    households(b, micro(1, 1), "A", 5, 2);
    households(b, micro(1, 2), "B", 5, 0);
    return b.build();
  }

  @Nested
  class PatrolGap {
    @Test
    @DisplayName("micro grids patrolled 10 days ago and never: WARNING each; 2 days ago: none")
    void planted() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(
                  List.of(
                      patrol("P1", micro(1, 1), 2),
                      patrol("P2", micro(1, 2), 10),
                      patrol("P3", micro(1, 3), -1))) // tomorrow: not yet
              .build();
      List<Finding> f = run(new PatrolGapRule(), tree(), r);
      assertThat(f)
          .extracting(x -> x.grid().orElseThrow())
          .containsExactly(micro(1, 2), micro(1, 3));
      assertThat(f)
          .allMatch(x -> x.severity() == Severity.WARNING && x.rule().equals("patrol.gap"));
      assertThat(f.get(0).value().getAsDouble()).isEqualTo(10);
      assertThat(f.get(0).limit().getAsDouble()).isEqualTo(7);
      assertThat(f.get(1).value()).isEmpty();
      assertThat(f.get(1).messageEn()).contains("no patrol");
    }

    @Test
    @DisplayName("clean: every micro grid patrolled within 7 days, the edge day included")
    void clean() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(
                  List.of(
                      patrol("P1", micro(1, 1), 0),
                      patrol("P2", micro(1, 2), 7),
                      patrol("P3", micro(1, 3), 3)))
              .build();
      assertThat(run(new PatrolGapRule(), tree(), r)).isEmpty();
    }
  }

  @Nested
  class PatrolHouseholds {
    @Test
    @DisplayName("special-group households visited 9 days ago or never: WARNING each")
    void planted() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(List.of(patrol("P1", micro(1, 1), 9, "A-1", "A-3")))
              .build();
      List<Finding> f = run(new PatrolHouseholdsRule(), tree(), r);
      assertThat(f).extracting(x -> x.subject().orElseThrow()).containsExactly("A-1", "A-2");
      assertThat(f.get(0).value().getAsDouble()).isEqualTo(9);
      assertThat(f.get(1).value()).isEmpty();
      assertThat(f).allMatch(x -> x.grid().orElseThrow().equals(micro(1, 1)));
    }

    @Test
    @DisplayName("clean: both special-group households visited this week")
    void clean() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(
                  List.of(
                      patrol("P1", micro(1, 1), 9, "A-1"),
                      patrol("P2", micro(1, 1), 1, "A-1", "A-2")))
              .build();
      assertThat(run(new PatrolHouseholdsRule(), tree(), r)).isEmpty();
    }
  }

  @Nested
  class PatrolTracks {
    private final double metre = 1 / (Wgs84.EARTH_RADIUS_M * Math.PI / 180);

    /** A tree whose one micro grid is a 100 m square at (104.05, 30.64). */
    private GridTree squareTree() {
      GridTree.Builder b = base();
      grid(b, general(1));
      double dl = 100 * metre / Math.cos(Math.toRadians(30.64));
      double d = 100 * metre;
      b.addGrid(
          Grid.builder(micro(1, 1), "方格")
              .boundary(
                  Wgs84.FACTORY.createPolygon(
                      new Coordinate[] {
                        new Coordinate(104.05, 30.64),
                        new Coordinate(104.05 + dl, 30.64),
                        new Coordinate(104.05 + dl, 30.64 + d),
                        new Coordinate(104.05, 30.64 + d),
                        new Coordinate(104.05, 30.64)
                      }))
              .build());
      return b.build();
    }

    /** A north–south track {@code east} metres east of the square's west edge. */
    private LineString track(double east) {
      double x = 104.05 + east * metre / Math.cos(Math.toRadians(30.64));
      return Wgs84.FACTORY.createLineString(
          new Coordinate[] {new Coordinate(x, 30.64), new Coordinate(x, 30.64 + 50 * metre)});
    }

    @Test
    @DisplayName("a track 500 m outside its grid: INFO with the distance; an unknown patrol: INFO")
    void planted() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(List.of(patrol("P1", micro(1, 1), 1), patrol("P2", micro(1, 1), 1)))
              .tracks(
                  List.of(
                      new PatrolTrack("P1", track(600)),
                      new PatrolTrack("P2", track(50)),
                      new PatrolTrack("P9", track(50))))
              .build();
      List<Finding> f = run(new PatrolTrackRule(), squareTree(), r);
      assertThat(f).hasSize(2).allMatch(x -> x.severity() == Severity.INFO);
      Finding outside =
          f.stream().filter(x -> x.subject().orElseThrow().equals("P1")).findFirst().orElseThrow();
      assertThat(outside.value().getAsDouble()).isCloseTo(500, within(2.0));
      assertThat(outside.limit().getAsDouble()).isEqualTo(30);
      assertThat(f)
          .anyMatch(
              x ->
                  x.subject().orElseThrow().equals("P9")
                      && x.messageEn().contains("does not hold"));
    }

    @Test
    @DisplayName("clean: tracks inside the grid, or within the GPS tolerance of its edge")
    void clean() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .patrols(List.of(patrol("P1", micro(1, 1), 1)))
              .tracks(List.of(new PatrolTrack("P1", track(50)), new PatrolTrack("P1", track(120))))
              .build();
      assertThat(run(new PatrolTrackRule(), squareTree(), r)).isEmpty();
    }
  }

  private static final DutyCatalogue CATALOGUE =
      DutyCatalogue.of(
          List.of(
              new DutyKind("civil_affairs", "elderly_check", 20, true),
              new DutyKind("civil_affairs", "benefit_survey", 30, false),
              new DutyKind("statistics", "census_form", 600, true)));

  private static GridTask task(
      String id, String department, String kind, String member, int daysAgo) {
    return new GridTask(
        id, department, kind, micro(1, 1), Optional.of(member), ago(daysAgo), Optional.empty());
  }

  @Nested
  class DutyUnlisted {
    @Test
    @DisplayName("a task needing approval and one not listed: WARNING each, naming the department")
    void planted() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .catalogue(CATALOGUE)
              .tasks(
                  List.of(
                      task("T1", "civil_affairs", "elderly_check", "V1", 1),
                      task("T2", "civil_affairs", "benefit_survey", "V1", 1),
                      task("T3", "market_supervision", "shop_inspection", "V1", 1)))
              .build();
      List<Finding> f = run(new DutyUnlistedRule(), tree(), r);
      assertThat(f).extracting(x -> x.subject().orElseThrow()).containsExactly("T2", "T3");
      assertThat(f.get(0).messageEn()).contains("civil_affairs").contains("needs approval");
      assertThat(f.get(1).messageEn()).contains("market_supervision").contains("does not list");
      assertThat(f.get(1).messageZh()).contains("market_supervision").contains("不在职责清单内");
    }

    @Test
    @DisplayName("clean: every task admitted by the catalogue")
    void clean() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .catalogue(CATALOGUE)
              .tasks(List.of(task("T1", "civil_affairs", "elderly_check", "V1", 1)))
              .build();
      assertThat(run(new DutyUnlistedRule(), tree(), r)).isEmpty();
    }
  }

  @Nested
  class DutyOverload {
    @Test
    @DisplayName(
        "a volunteer with 30 h of tasks this week beside the round: WARNING with the hours")
    void planted() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .catalogue(CATALOGUE)
              .tasks(
                  List.of(
                      task("T1", "statistics", "census_form", "V1", 0),
                      task("T2", "statistics", "census_form", "V1", 6),
                      task("T3", "statistics", "census_form", "V1", 3),
                      task("T4", "statistics", "census_form", "V1", 7))) // before the week
              .build();
      GridTree tree = tree();
      List<Finding> f = run(new DutyOverloadRule(), tree, r);
      assertThat(f).hasSize(1);
      Finding x = f.get(0);
      // 3 tasks x 600 min + one round of 5 households (5 x 3 + 2 x 5 min) = 1825 min
      assertThat(x.subject()).contains("V1");
      assertThat(x.value().getAsDouble()).isCloseTo(1825 / 60.0, within(0.05));
      assertThat(x.limit().getAsDouble()).isEqualTo(24);
      assertThat(x.messageEn()).contains("3 tasks");
    }

    @Test
    @DisplayName("clean: two catalogue tasks and the round stay far below 24 h")
    void clean() {
      GovernanceRecords r =
          GovernanceRecords.builder()
              .catalogue(CATALOGUE)
              .tasks(
                  List.of(
                      task("T1", "civil_affairs", "elderly_check", "V1", 0),
                      task("T2", "statistics", "census_form", "V2", 2)))
              .build();
      assertThat(run(new DutyOverloadRule(), tree(), r)).isEmpty();
    }
  }

  private static Appointment seat(String person, BodyKind kind, String body) {
    return new Appointment(person, "人" + person, kind, body, "member");
  }

  @Nested
  class CrossAppointment {
    @Test
    @DisplayName("1 of 4 party committee members cross-appointed: INFO at 0.25; and 1 of 3 back")
    void planted() {
      String c = COMMUNITY.value();
      GovernanceRecords r =
          GovernanceRecords.builder()
              .appointments(
                  List.of(
                      seat("P1", BodyKind.PARTY_COMMITTEE, c),
                      seat("P2", BodyKind.PARTY_COMMITTEE, c),
                      seat("P3", BodyKind.PARTY_COMMITTEE, c),
                      seat("P4", BodyKind.PARTY_COMMITTEE, c),
                      seat("P1", BodyKind.RESIDENTS_COMMITTEE, c),
                      seat("R1", BodyKind.RESIDENTS_COMMITTEE, c),
                      seat("R2", BodyKind.OWNERS_COMMITTEE, "owners-east"),
                      seat("R2", BodyKind.RESIDENTS_COMMITTEE, c)))
              .build();
      List<Finding> f = run(new CrossAppointmentRule(), tree(), r);
      assertThat(f)
          .extracting(x -> x.subject().orElseThrow())
          .containsExactly("other_bodies", "party_committee");
      assertThat(f)
          .allMatch(x -> x.severity() == Severity.INFO && x.grid().orElseThrow().equals(COMMUNITY));
      assertThat(f.get(1).value().getAsDouble()).isEqualTo(0.25);
      assertThat(f.get(0).value().getAsDouble()).isCloseTo(1 / 3.0, within(0.001));
      assertThat(f.get(1).limit().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("clean: two-way entry at or above half in both directions")
    void clean() {
      String c = COMMUNITY.value();
      GovernanceRecords r =
          GovernanceRecords.builder()
              .appointments(
                  List.of(
                      seat("P1", BodyKind.PARTY_COMMITTEE, c),
                      seat("P2", BodyKind.PARTY_COMMITTEE, c),
                      seat("P1", BodyKind.RESIDENTS_COMMITTEE, c),
                      seat("P2", BodyKind.GRID_MEMBER, "V1"),
                      seat("P2", BodyKind.PROPERTY_COMPANY, "wuye-1"),
                      seat("R1", BodyKind.RESIDENTS_COMMITTEE, c)))
              .build();
      assertThat(run(new CrossAppointmentRule(), tree(), r)).isEmpty();
    }
  }

  @Test
  @DisplayName("a rule whose input is absent is skipped and the report lists it with what it needs")
  void skippedRules() {
    List<GridRule> rules =
        List.of(
            new PatrolGapRule(),
            new PatrolHouseholdsRule(),
            new PatrolTrackRule(),
            new DutyUnlistedRule(),
            new DutyOverloadRule(),
            new CrossAppointmentRule(),
            new StaffingVacantRule());
    ValidationReport none = GridValidator.builder().rules(rules).build().validate(tree(), DAY);
    assertThat(none.skipped())
        .containsOnlyKeys(
            "patrol.gap",
            "patrol.households",
            "patrol.track",
            "duty.unlisted",
            "duty.overload",
            "party.cross_appointment");
    assertThat(none.skipped().get("duty.overload"))
        .containsExactlyInAnyOrder(GovernanceInput.TASKS, GovernanceInput.CATALOGUE);
    ValidationReport patrols =
        GridValidator.builder()
            .rules(rules)
            .build()
            .validate(tree(), GovernanceRecords.builder().patrols(List.of()).build(), DAY);
    assertThat(patrols.skipped()).doesNotContainKeys("patrol.gap", "patrol.households");
    assertThat(patrols.skipped().get("patrol.track")).containsExactly(GovernanceInput.TRACKS);
    assertThat(patrols.findings("patrol.gap")).hasSize(3); // supplied but empty: nobody patrolled
  }
}
