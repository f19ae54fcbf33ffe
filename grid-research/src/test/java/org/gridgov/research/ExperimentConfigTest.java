package org.gridgov.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.Test;

class ExperimentConfigTest {

  @Test
  void everyProblemIsReportedWithItsPath() {
    String json =
        """
        {"schemaVersion": 1, "days": 0, "colour": "red",
         "parameters": {"membersPerMicroGrid": 2.5, "nonsense": 1},
         "sweep": {"smartphoneLevel": [1, 1], "microGridMaxHouseholds": []},
         "categories": {"safety.fire": 1, "no.such": 2}}
        """;
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ExperimentConfig.read(new StringReader(json), "x.json"));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "x.json: $.colour: unknown field; expected one of [categories, charts, community,"
                + " days, delays, description, name, parameters, repeats, schemaVersion, seed,"
                + " start, sweep]",
            "x.json: $.days: 0 is outside 1..3650 (whole numbers)",
            "x.json: $.parameters.membersPerMicroGrid: 2.5 is not a whole number",
            "x.json: $.parameters.nonsense: unknown parameter; see docs/research.md for the list",
            "x.json: $.sweep.smartphoneLevel[1]: 1 is listed twice",
            "x.json: $.sweep.microGridMaxHouseholds: must be an array of 1 to 100 numbers",
            "x.json: $.categories.no.such: unknown event category (see docs/events.md)");
  }

  @Test
  void pointsAreEveryCombinationLastParameterFastest() {
    ExperimentConfig c = ExperimentConfig.bundled();
    assertThat(c.points()).hasSize(15);
    assertThat(c.points().get(1).get(Parameter.SMARTPHONE_LEVEL)).isEqualTo(0.6);
    assertThat(c.points().get(1).get(Parameter.MICRO_GRID_MAX_HOUSEHOLDS)).isEqualTo(60);
    assertThat(c.points().get(0).get(Parameter.INCIDENTS)).isEqualTo(3);
  }
}
