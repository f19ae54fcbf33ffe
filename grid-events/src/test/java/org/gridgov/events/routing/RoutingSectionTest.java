package org.gridgov.events.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.events.routing.EscalationPolicy.Limits;
import org.gridgov.testing.DocExamples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingSectionTest {

  @Test
  @DisplayName("the routing section of docs/policy.md's example reads; its other sections are left")
  void docExample() throws IOException {
    RoutingPolicy p =
        RoutingPolicy.read(
            new StringReader(DocExamples.block("policy.md", "policy.json", "json")),
            "docs/policy.md");
    assertThat(p.correlationRadiusMetres()).isEqualTo(150);
    assertThat(p.correlationWindow()).isEqualTo(java.time.Duration.ofMinutes(45));
    assertThat(
            p.escalation()
                .limits(
                    org.gridgov.core.event.EventCategory.SAFETY_GAS,
                    org.gridgov.core.event.EventSeverity.ROUTINE)
                .handle())
        .isEqualTo(java.time.Duration.ofMinutes(60));
    assertThat(
            p.departments()
                .departments(
                    org.gridgov.core.grid.GridCode.parse("510107011005").child(1),
                    org.gridgov.core.event.EventCategory.SAFETY_GAS))
        .containsExactly("chengdu_gas", "fire_brigade");
  }

  @Test
  @DisplayName("a misspelt section is an error for the routing reader too")
  void misspeltSection() {
    assertThatThrownBy(
            () ->
                RoutingPolicy.read(
                    new StringReader("{\"schemaVersion\":1,\"routnig\":{}}"), "policy.json"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(Problem::subject)
                    .containsExactly("$.routnig"));
  }

  private static RoutingPolicy read(String routing) {
    return RoutingPolicy.read(
        new StringReader("{\"schemaVersion\":1,\"routing\":" + routing + "}"), "policy.json");
  }

  @Test
  @DisplayName("without a routing section the documented defaults apply")
  void defaults() {
    RoutingPolicy p = RoutingPolicy.defaults();
    assertThat(p.correlationRadiusMetres()).isEqualTo(100);
    assertThat(p.correlationWindow()).isEqualTo(Duration.ofMinutes(30));
    assertThat(p.escalation().limits(EventSeverity.ROUTINE))
        .isEqualTo(new Limits(Duration.ofMinutes(30), Duration.ofHours(2), true));
  }

  @Test
  @DisplayName(
      "a routing section changes the correlation, limits per severity and family, and departments")
  void overrides() {
    RoutingPolicy p =
        read(
            """
            {
              "correlation": {"radiusMetres": 250, "windowMinutes": 60},
              "limits": {"routine": {"acceptMinutes": 20}, "iii": {"handleMinutes": 90}},
              "familyLimits": {"safety": {"routine": {"acceptMinutes": 10, "workingTime": false}}},
              "departments": {"wish.micro": ["youth_league"]},
              "streets": {"510107011000": {"departments": {"safety.gas": ["city_gas_group"]}}}
            }
            """);
    assertThat(p.correlationRadiusMetres()).isEqualTo(250);
    assertThat(p.correlationWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(p.escalation().limits(EventSeverity.ROUTINE))
        .isEqualTo(new Limits(Duration.ofMinutes(20), Duration.ofHours(2), true));
    assertThat(p.escalation().limits(EventSeverity.III))
        .isEqualTo(new Limits(Duration.ofMinutes(10), Duration.ofMinutes(90), false));
    assertThat(p.escalation().limits(EventCategory.SAFETY_GAS, EventSeverity.ROUTINE))
        .isEqualTo(new Limits(Duration.ofMinutes(10), Duration.ofHours(2), false));
    assertThat(p.escalation().limits(EventCategory.WISH_MICRO, EventSeverity.ROUTINE).accept())
        .isEqualTo(Duration.ofMinutes(20));
    GridCode inStreet = GridCode.parse("510107011005").child(1);
    GridCode elsewhere = GridCode.parse("510107012003").child(1);
    assertThat(p.departments().departments(inStreet, EventCategory.SAFETY_GAS))
        .containsExactly("city_gas_group");
    assertThat(p.departments().departments(elsewhere, EventCategory.SAFETY_GAS))
        .containsExactly("gas_company", "fire_brigade");
    assertThat(p.departments().departments(elsewhere, EventCategory.WISH_MICRO))
        .containsExactly("youth_league");
  }

  @Test
  @DisplayName("every bad field of the routing section is reported with its JSON path")
  void badFields() {
    String routing =
        """
        {
          "correlation": {"radiusMetres": -1, "windowMinutes": 1.5, "speed": 3},
          "limits": {"v": {}, "routine": {"acceptMinutes": "30", "later": 1}},
          "familyLimits": {"weather": {}},
          "departments": {"safety.smoke": [], "safety.gas": ["Gas Co"]},
          "streets": {"510107011005": {}},
          "colour": "red"
        }
        """;
    assertThatThrownBy(() -> read(routing))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::subject)
                    .containsExactlyInAnyOrder(
                        "$.routing.correlation.radiusMetres",
                        "$.routing.correlation.windowMinutes",
                        "$.routing.correlation.speed",
                        "$.routing.limits.v",
                        "$.routing.limits.routine.acceptMinutes",
                        "$.routing.limits.routine.later",
                        "$.routing.familyLimits.weather",
                        "$.routing.departments.safety.smoke",
                        "$.routing.departments.safety.gas[0]",
                        "$.routing.streets.510107011005",
                        "$.routing.colour"))
        .hasMessageContaining("unknown event category \"safety.smoke\"");
  }
}
