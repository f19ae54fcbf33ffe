package org.gridgov.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.gridgov.core.finding.Severity;
import org.gridgov.core.finding.ValidationReport;
import org.gridgov.rules.validation.GridValidator;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.samples.district.SyntheticDistrict;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class PolicyAbidingTreesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  @DisplayName("districts built to satisfy the default policy yield no ERROR and no WARNING")
  void districts(Random random) {
    GridValidator validator = GridValidator.builder().build();
    for (int i = 0; i < 5; i++) {
      int communities = 1 + random.nextInt(4);
      int households = 4 * (1 + random.nextInt(25)); // 4..100 per micro grid
      int perGeneral = households * SyntheticDistrict.MICROS_PER_GENERAL;
      ValidationReport report =
          validator.validate(
              SyntheticDistrict.build(40 * communities, households, random.nextLong()), DAY);
      // Fewer than 300 households in a general grid is the one thing a small district may show.
      assertThat(report.findings(Severity.ERROR))
          .as("households per micro grid %s", households)
          .isEmpty();
      assertThat(report.findings(Severity.WARNING))
          .allSatisfy(
              f -> {
                assertThat(f.rule()).isEqualTo("size.general");
                assertThat(perGeneral).isLessThan(300);
              });
    }
  }

  @Test
  @DisplayName("urban samples of several seeds yield no ERROR")
  void samples(Random random) {
    GridValidator validator = GridValidator.builder().build();
    for (int i = 0; i < 3; i++) {
      long seed = random.nextLong();
      assertThat(validator.validate(SampleCommunities.urban(seed), DAY).findings(Severity.ERROR))
          .as("seed %s", seed)
          .isEmpty();
    }
  }
}
