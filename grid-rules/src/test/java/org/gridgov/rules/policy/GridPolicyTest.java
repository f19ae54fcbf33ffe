package org.gridgov.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.core.division.DivisionCode;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.grid.Grid;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.Settlement;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.testing.DocExamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridPolicyTest {

  private static final DivisionCode TOWN = DivisionCode.parse("510107011000");
  private static final DivisionCode OTHER_TOWN = DivisionCode.parse("510107012000");

  private static GridPolicy docExample() {
    String json = DocExamples.block("policy.md", "policy.json", "json");
    return GridPolicy.read(new StringReader(json), "docs/policy.md");
  }

  @Test
  @DisplayName("the error example of docs/policy.md lists the problems the reader reports")
  void docErrorExample() throws IOException {
    String json = DocExamples.block("policy.md", "bad-policy.json", "json");
    String expected = DocExamples.block("policy.md", "bad-policy.txt", "text");
    assertThatThrownBy(() -> GridPolicy.read(new StringReader(json), "policy.json"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(
                        e.problems().stream()
                            .map(Object::toString)
                            .collect(java.util.stream.Collectors.joining("\n")))
                    .isEqualTo(expected));
  }

  private static GridPolicy read(String json) {
    return GridPolicy.read(new StringReader(json), "policy.json");
  }

  @Test
  @DisplayName("the example of docs/policy.md reads, and resolves defaults ← settlement ← town")
  void docExampleResolves() throws IOException {
    GridPolicy p = docExample();
    PolicyValues urbanElsewhere = p.values(Settlement.URBAN, Optional.of(OTHER_TOWN));
    assertThat(urbanElsewhere.microMaxHouseholds()).isEqualTo(100);
    assertThat(urbanElsewhere.partyCoverageThreshold()).isEqualTo(0.9);
    PolicyValues rural = p.values(Settlement.RURAL, Optional.empty());
    assertThat(rural.microMaxHouseholds()).isEqualTo(60);
    assertThat(rural.workload().walkingMetresPerMinute()).isEqualTo(60);
    assertThat(rural.workload().visitMinutes()).isEqualTo(3.0);
    PolicyValues ruralInTown = p.values(Settlement.RURAL, Optional.of(TOWN));
    assertThat(ruralInTown.microMaxHouseholds()).isEqualTo(80); // the town wins
    assertThat(ruralInTown.workload().walkingMetresPerMinute()).isEqualTo(60); // kept from rural
    assertThat(ruralInTown.roundMaxMinutes()).isEqualTo(150);
    assertThat(p.enabled("staffing.overload")).isFalse();
    assertThat(p.enabled("size.micro")).isTrue();
    assertThat(p.severity("size.micro.average")).contains(Severity.INFO);
  }

  @Test
  @DisplayName("a grid takes its town from the first nine digits of its code")
  void gridTown() throws IOException {
    GridPolicy p = docExample();
    Grid inTown = Grid.builder(GridCode.parse("510107011005001001"), "微网格").build();
    Grid elsewhere = Grid.builder(GridCode.parse("510107012005001001"), "微网格").build();
    assertThat(p.values(inTown).microMaxHouseholds()).isEqualTo(80);
    assertThat(p.values(elsewhere).microMaxHouseholds()).isEqualTo(100);
  }

  @Test
  @DisplayName("the default policy is the paper's figures and runs every rule at its own severity")
  void defaults() {
    assertThat(GridPolicy.defaults().defaultValues()).isEqualTo(PolicyValues.DEFAULTS);
    assertThat(GridPolicy.defaults().enabled("anything.at.all")).isTrue();
    assertThat(GridPolicy.defaults().severity("size.micro")).isEmpty();
    assertThat(read("{\"schemaVersion\":1}").defaultValues()).isEqualTo(PolicyValues.DEFAULTS);
  }

  @Test
  @DisplayName(
      "rural buildings of unknown height count one floor by default; a policy may change it")
  void ruralDefaultFloors() {
    GridPolicy d = GridPolicy.defaults();
    assertThat(d.values(Settlement.RURAL, Optional.empty()).workload().defaultFloors())
        .isEqualTo(GridPolicy.RURAL_DEFAULT_FLOORS)
        .isEqualTo(1);
    assertThat(d.values(Settlement.URBAN, Optional.empty()).workload().defaultFloors())
        .isEqualTo(6);
    GridPolicy other =
        read("{\"schemaVersion\":1,\"settlements\":{\"rural\":{\"microMaxHouseholds\":60}}}");
    assertThat(other.values(Settlement.RURAL, Optional.empty()).workload().defaultFloors())
        .isEqualTo(1); // the built-in rural figure is kept where the file does not name it
    GridPolicy three =
        read(
            "{\"schemaVersion\":1,\"settlements\":{\"rural\":{\"workload\":{\"defaultFloors\":3}}}}");
    assertThat(three.values(Settlement.RURAL, Optional.empty()).workload().defaultFloors())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("the governance figures have their documented defaults and are read and checked")
  void governanceFields() {
    PolicyValues d = PolicyValues.DEFAULTS;
    assertThat(d.patrolIntervalDays()).isEqualTo(7);
    assertThat(d.specialGroupVisitIntervalDays()).isEqualTo(7);
    assertThat(d.trackToleranceMetres()).isEqualTo(30);
    assertThat(d.fullTimeWeeklyHours()).isEqualTo(40);
    assertThat(d.otherWeeklyHours()).isEqualTo(24);
    assertThat(d.crossAppointmentTarget()).isEqualTo(0.5);
    GridPolicy p =
        read(
            "{\"schemaVersion\":1,\"defaults\":{\"patrolIntervalDays\":3,"
                + "\"crossAppointmentTarget\":0.8},"
                + "\"settlements\":{\"rural\":{\"otherWeeklyHours\":20}}}");
    assertThat(p.values(Settlement.URBAN, Optional.empty()).patrolIntervalDays()).isEqualTo(3);
    assertThat(p.values(Settlement.URBAN, Optional.empty()).crossAppointmentTarget())
        .isEqualTo(0.8);
    assertThat(p.values(Settlement.RURAL, Optional.empty()).otherWeeklyHours()).isEqualTo(20);
    assertThatThrownBy(
            () ->
                read(
                    "{\"schemaVersion\":1,\"defaults\":{\"patrolIntervalDays\":0,"
                        + "\"crossAppointmentTarget\":1.5}}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().stream().map(Object::toString))
                    .anyMatch(x -> x.contains("$.defaults.patrolIntervalDays: 0 is outside 1..366"))
                    .anyMatch(x -> x.contains("$.defaults.crossAppointmentTarget")));
  }

  @Test
  @DisplayName("every bad field is reported at once, each with its JSON path")
  void badFields() {
    String json =
        "{\"schemaVersion\":1,"
            + "\"defaults\":{\"microMaxHouseholds\":0,\"colour\":\"red\","
            + "\"workload\":{\"visitMinutes\":\"3\"}},"
            + "\"settlements\":{\"suburban\":{}},"
            + "\"towns\":{\"510107011005\":{}},"
            + "\"rules\":{\"size.micro\":{\"severity\":\"fatal\"},\"Bad Id\":{}},"
            + "\"extra\":1}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::subject)
                    .containsExactlyInAnyOrder(
                        "$.defaults.microMaxHouseholds",
                        "$.defaults.colour",
                        "$.defaults.workload.visitMinutes",
                        "$.settlements.suburban",
                        "$.towns.510107011005",
                        "$.rules.size.micro.severity",
                        "$.rules.Bad Id",
                        "$.extra"))
        .hasMessageContaining("policy.json")
        .hasMessageContaining("0 is outside 1..100000");
  }

  @Test
  @DisplayName("a minimum above its maximum is reported where the override makes it")
  void inconsistentCombination() {
    String json =
        "{\"schemaVersion\":1,\"towns\":{\"510107011000\":{\"generalMinHouseholds\":600}}}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::subject)
                    .contains("$.towns.510107011000"));
  }

  @Test
  @DisplayName("malformed JSON names the line and column; a missing schemaVersion is refused")
  void syntaxAndVersion() {
    assertThatThrownBy(() -> read("{\n  \"schemaVersion\": 1,\n  \"defaults\": {\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).location().orElseThrow().line()).isGreaterThan(0))
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> read("{}")).hasMessageContaining("$.schemaVersion");
    assertThatThrownBy(() -> read("{\"schemaVersion\":2}")).hasMessageContaining("version 1");
  }

  @Test
  @DisplayName("a missing policy file is bad input naming it")
  void missingFile() {
    assertThatThrownBy(() -> GridPolicy.read(Path.of("no-such-policy.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no-such-policy.json");
  }
}
