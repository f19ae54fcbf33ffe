package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.gridgov.core.progress.Progress;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The synthetic Chinese set of grid-samples (20,000 people in households, a dozen apps with their
 * own noise), deduplicated with the resident-cn profile as shipped.
 */
class SyntheticResidentsTest {

  @Test
  @DisplayName("20,000 synthetic people: pairwise and B-cubed F1 of at least 0.99, errors by kind")
  void twentyThousandPeople() throws IOException {
    Dataset d =
        SyntheticResidents.generate(
            SyntheticResidents.DEFAULT_PEOPLE, SyntheticResidents.DEFAULT_SEED);
    StringWriter csv = new StringWriter();
    d.writeCsv(csv);
    RecordSet set =
        RecordSet.read(new StringReader(csv.toString()), "residents.csv", DedupConfig.residentCn());
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    Evaluation e = Evaluation.of(result, d.truth());
    System.out.println("synthetic residents: " + e.summary() + "; " + result.blocking());
    assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
    assertThat(e.bcubedF1()).isGreaterThanOrEqualTo(0.99);
  }
}
