package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.rules.incident.IncidentArea;

/**
 * An incident area GeoJSON ({@code grid knock --area}): only {@code InvalidInputException} may
 * escape.
 */
class IncidentAreaFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "input.geojson", data);
    Contract.refusesOnlyWithInvalidInput(() -> IncidentArea.read(f));
  }
}
