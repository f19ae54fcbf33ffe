package org.gridgov.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/research.md stays true to the code: every parameter and metric, with its default. */
class ResearchDocTest {

  private static final String DOC;

  static {
    try {
      DOC = Files.readString(Path.of("../docs/research.md"), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyParameterIsListedWithItsDefaultAndRange() {
    for (Parameter p : Parameter.values()) {
      assertThat(DOC)
          .contains(
              "| `"
                  + p.key()
                  + "` | "
                  + Parameter.format(p.defaultValue())
                  + " | "
                  + Parameter.format(p.min())
                  + "–"
                  + Parameter.format(p.max())
                  + " |");
    }
  }

  @Test
  void everyMetricIsExplained() {
    for (Metric m : Metric.values()) {
      assertThat(DOC).contains("`" + m.column() + "`");
    }
  }

  @Test
  void theDocumentedBundledConfigIsTheBundledOne() throws Exception {
    String bundled =
        new String(
            ExperimentConfig.class.getResourceAsStream(ExperimentConfig.BUNDLED).readAllBytes(),
            StandardCharsets.UTF_8);
    ExperimentConfig documented =
        ExperimentConfig.read(
            new java.io.StringReader(
                DOC.substring(
                    DOC.indexOf("```json\n") + 8,
                    DOC.indexOf("```", DOC.indexOf("```json\n") + 8))),
            "research.md");
    ExperimentConfig actual = ExperimentConfig.read(new java.io.StringReader(bundled), "bundled");
    assertThat(documented.points()).isEqualTo(actual.points());
    assertThat(documented.charts()).isEqualTo(actual.charts());
    assertThat(documented.name()).isEqualTo(actual.name());
  }
}
