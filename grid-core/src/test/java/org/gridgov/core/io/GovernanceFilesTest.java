package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class GovernanceFilesTest {

  @TempDir Path dir;

  private static final GridCode MICRO = GridCode.parse("510107011005001001");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-02-27T09:30:00+08:00");

  private static GovernanceRecords records() {
    return GovernanceRecords.builder()
        .patrols(
            List.of(
                Patrol.of("P1", "M1", MICRO, AT, AT.plusHours(2), List.of("H1", "H2")),
                Patrol.of("P2", "M2", MICRO, AT, AT.plusMinutes(30), List.of())))
        .tracks(
            List.of(
                new PatrolTrack(
                    "P1",
                    Wgs84.FACTORY.createLineString(
                        new Coordinate[] {
                          new Coordinate(104.05, 30.64), new Coordinate(104.0512345, 30.6401)
                        }))))
        .catalogue(
            DutyCatalogue.of(
                List.of(
                    new DutyKind("civil_affairs", "elderly_check", 20, true),
                    new DutyKind("statistics", "census_form", 42.5, false))))
        .tasks(
            List.of(
                new GridTask(
                    "T1",
                    "civil_affairs",
                    "elderly_check",
                    MICRO,
                    Optional.of("M1"),
                    AT,
                    Optional.of(AT.plusDays(3))),
                new GridTask(
                    "T2",
                    "statistics",
                    "census_form",
                    MICRO,
                    Optional.empty(),
                    AT,
                    Optional.empty())))
        .appointments(
            List.of(
                new Appointment("A1", "张建国", BodyKind.PARTY_COMMITTEE, "510107011005", "secretary"),
                new Appointment("A1", "张建国", BodyKind.OWNERS_COMMITTEE, "yz-1", "member, 主任")))
        .build();
  }

  @Test
  @DisplayName("every governance file reads back what GridFiles.writeGovernance wrote")
  void roundTrip() {
    GovernanceRecords r = records();
    GridFiles.writeGovernance(r, dir);
    GovernanceRecords back = GridFiles.loadGovernance(dir);
    assertThat(back.present()).containsExactlyInAnyOrder(GovernanceInput.values());
    assertThat(back.patrols()).isEqualTo(r.patrols());
    assertThat(back.catalogue()).isEqualTo(r.catalogue());
    assertThat(back.tasks()).isEqualTo(r.tasks());
    assertThat(back.appointments()).isEqualTo(r.appointments());
    assertThat(back.tracks()).hasSize(1);
    assertThat(back.tracks().get(0).path().equalsExact(r.tracks().get(0).path())).isTrue();
    for (GovernanceInput i : GovernanceInput.values()) {
      assertThat(dir.resolve(i.fileName())).exists();
    }
  }

  @Test
  @DisplayName("a directory without governance files gives records with every input absent")
  void absent() {
    GovernanceRecords none = GridFiles.loadGovernance(dir);
    assertThat(none.present()).isEmpty();
    assertThat(none.has(GovernanceInput.PATROLS)).isFalse();
  }

  @Test
  @DisplayName("the file names of GovernanceInput and GridFiles agree")
  void names() {
    assertThat(GovernanceInput.PATROLS.fileName()).isEqualTo(GridFiles.PATROLS);
    assertThat(GovernanceInput.TRACKS.fileName()).isEqualTo(GridFiles.TRACKS);
    assertThat(GovernanceInput.CATALOGUE.fileName()).isEqualTo(GridFiles.CATALOGUE);
    assertThat(GovernanceInput.TASKS.fileName()).isEqualTo(GridFiles.TASKS);
    assertThat(GovernanceInput.APPOINTMENTS.fileName()).isEqualTo(GridFiles.APPOINTMENTS);
  }

  private static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("no InvalidInputException");
  }

  @Test
  @DisplayName("patrols: every bad row is reported with line and column")
  void badPatrols() {
    List<String> p =
        problems(
            () ->
                PatrolCsv.read(
                    new StringReader(
                        "patrol_id,member_id,grid_code,started_at,ended_at,households_visited\n"
                            + "P1,,510107011005001001,2026-02-27T09:30:00+08:00,2026-02-27T08:00:00+08:00,H1;H1\n"
                            + "P1,M1,510107011005001001,2026-02-27,2026-02-27T10:00:00+08:00,\n"),
                    "patrols.csv"));
    assertThat(p)
        .anyMatch(s -> s.startsWith("patrols.csv:2:2: patrol P1: column \"member_id\": is empty"))
        .anyMatch(s -> s.startsWith("patrols.csv:2:5: patrol P1: column \"ended_at\": is before"))
        .anyMatch(s -> s.startsWith("patrols.csv:2:6:") && s.contains("names a household twice"))
        .anyMatch(s -> s.startsWith("patrols.csv:3:1:") && s.contains("repeats the patrol id"))
        .anyMatch(s -> s.startsWith("patrols.csv:3:4:") && s.contains("not a date and time"));
  }

  @Test
  @DisplayName("patrols: a wrong header is refused at line 1")
  void wrongHeader() {
    assertThat(
            problems(
                () ->
                    PatrolCsv.read(
                        new StringReader("patrol_id,member,grid_code\nP1,M1,x\n"), "patrols.csv")))
        .singleElement()
        .asString()
        .startsWith("patrols.csv:1:2:")
        .contains("wrong header");
  }

  @Test
  @DisplayName("tasks and appointments: bad codes and ids are reported at their columns")
  void badTasksAndAppointments() {
    assertThat(
            problems(
                () ->
                    TaskCsv.read(
                        new StringReader(
                            "task_id,department,kind,grid_code,member_id,assigned_at,due_at\n"
                                + "T1,民政,elderly-check,510107011005001001,,2026-02-27T09:30:00+08:00,\n"),
                        "tasks.csv")))
        .anyMatch(s -> s.startsWith("tasks.csv:2:2:"))
        .anyMatch(s -> s.startsWith("tasks.csv:2:3:"));
    assertThat(
            problems(
                () ->
                    AppointmentCsv.read(
                        new StringReader(
                            "person_id,name,body_kind,body_id,role\n"
                                + "A1,张三,party_committee,C1,member\n"
                                + "A1,李四,residents_committee,C1,member\n"
                                + "A2,王五,party_committee,C1,member\n"
                                + "A2,王五,party_committee,C1,deputy\n"),
                        "appointments.csv")))
        .anyMatch(s -> s.startsWith("appointments.csv:3:2:") && s.contains("differs"))
        .anyMatch(s -> s.startsWith("appointments.csv:5:4:") && s.contains("repeats"));
  }

  @Test
  @DisplayName("catalogue: problems carry line, column and JSON path; a syntax error too")
  void badCatalogue() {
    assertThat(
            problems(
                () ->
                    DutyCatalogueJson.read(
                        new StringReader(
                            "{\"schemaVersion\": 2,\n"
                                + "\"departments\": {\"Health\": {\"x\": {\"minutes\": 5, \"admitted\": true}},\n"
                                + "\"health\": {\"y\": {\"minutes\": 5}, \"z\": {\"admitted\": true, \"colour\": 1}}}}"),
                        "cat.json")))
        .anyMatch(s -> s.startsWith("cat.json:1:") && s.contains("$.schemaVersion"))
        .anyMatch(s -> s.startsWith("cat.json:2:") && s.contains("$.departments.Health"))
        .anyMatch(
            s ->
                s.startsWith("cat.json:3:")
                    && s.contains("$.departments.health.y: admitted is missing"))
        .anyMatch(s -> s.contains("$.departments.health.z.colour: unknown field"));
    assertThat(
            problems(
                () ->
                    DutyCatalogueJson.read(
                        new StringReader("{\"schemaVersion\": 1,\n \"departments\": {"),
                        "cat.json")))
        .singleElement()
        .asString()
        .startsWith("cat.json:2:")
        .contains("malformed JSON");
  }

  @Test
  @DisplayName("tracks: a feature that is not a LineString with a patrol_id is refused")
  void badTracks() {
    assertThat(
            problems(
                () ->
                    PatrolTrackGeoJson.read(
                        new StringReader(
                            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                                + "{\"type\":\"Feature\",\"properties\":{\"patrol_id\":\"P1\"},"
                                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[104,30],[200,30]]}}]}"),
                        "t.geojson")))
        .singleElement()
        .asString()
        .startsWith("t.geojson:2:1: feature 0 (patrol P1):")
        .contains("coordinates[1]");
  }

  @Test
  @DisplayName("loadGovernance lists the problems of every file, and a missing file")
  void allFilesProblems() throws IOException {
    Files.writeString(dir.resolve("p.csv"), "wrong\n");
    assertThatThrownBy(
            () ->
                GridFiles.loadGovernance(
                    Map.of(
                        GovernanceInput.PATROLS,
                        dir.resolve("p.csv"),
                        GovernanceInput.TASKS,
                        dir.resolve("missing.csv"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::toString))
                    .anyMatch(s -> s.contains("p.csv:1:1") && s.contains("wrong header"))
                    .anyMatch(s -> s.contains("missing.csv") && s.contains("not found")));
  }

  @Test
  @DisplayName("writers write the documented headers")
  void headers() throws IOException {
    StringWriter w = new StringWriter();
    PatrolCsv.write(List.of(), w);
    assertThat(w.toString())
        .isEqualTo("patrol_id,member_id,grid_code,started_at,ended_at,households_visited\n");
    w = new StringWriter();
    TaskCsv.write(List.of(), w);
    assertThat(w.toString())
        .isEqualTo("task_id,department,kind,grid_code,member_id,assigned_at,due_at\n");
    w = new StringWriter();
    AppointmentCsv.write(List.of(), w);
    assertThat(w.toString()).isEqualTo("person_id,name,body_kind,body_id,role\n");
  }
}
