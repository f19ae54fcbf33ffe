package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.rules.overlay.DepartmentLayer;

/**
 * A department layer GeoJSON ({@code grid overlay --layer}): only {@code InvalidInputException} may
 * escape.
 */
class DepartmentLayerFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "input.geojson", data);
    Contract.refusesOnlyWithInvalidInput(() -> DepartmentLayer.read(f));
  }
}
