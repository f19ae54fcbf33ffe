package org.gridgov.samples.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.grid.GridTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundledSampleTest {

  @ParameterizedTest
  @EnumSource(BundledSample.class)
  @DisplayName("the bundled files are exactly what the generator makes with the default seed")
  void filesMatchGenerator(BundledSample sample) {
    GridTree loaded = sample.load();
    GridTree generated = sample.generate();
    // Compared part by part first, so that a failure says which part drifted.
    assertThat(loaded.grids()).containsExactlyElementsOf(generated.grids());
    assertThat(loaded.households()).containsExactlyInAnyOrderElementsOf(generated.households());
    for (var h : generated.households()) {
      assertThat(loaded.gridsOf(h.id())).as(h.id()).isEqualTo(generated.gridsOf(h.id()));
    }
    assertThat(loaded.members()).containsExactlyInAnyOrderElementsOf(generated.members());
    assertThat(loaded.partyOrganizations())
        .containsExactlyInAnyOrderElementsOf(generated.partyOrganizations());
    assertThat(loaded)
        .as(
            "regenerate with: ./grid sample --kind %s --force --out grid-samples/src/main/resources/%s",
            sample.name().toLowerCase(java.util.Locale.ROOT), sample.resourceDirectory())
        .isEqualTo(generated);
  }
}
