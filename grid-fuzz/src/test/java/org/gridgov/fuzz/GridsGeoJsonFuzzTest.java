package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.core.io.GridFiles;

/**
 * The grids GeoJSON (docs/formats.md), streamed feature by feature, with the fixture's households:
 * only {@code InvalidInputException} may escape, whatever the nesting, number or string sizes.
 */
class GridsGeoJsonFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "grids.geojson", data);
    Contract.refusesOnlyWithInvalidInput(
        () -> GridFiles.loader().grids(f).households(Fixture.HOUSEHOLDS).load());
  }
}
