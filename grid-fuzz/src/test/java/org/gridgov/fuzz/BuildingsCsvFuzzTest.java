package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * The buildings CSV (docs/formats.md), read with the fixture's grids and households: only {@code
 * InvalidInputException} may escape.
 */
class BuildingsCsvFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "buildings.csv", data);
    Contract.refusesOnlyWithInvalidInput(() -> Fixture.loader().buildings(f).load());
  }
}
