package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.core.io.GridFiles;

/**
 * The households CSV (docs/formats.md), read with the fixture's grids: only {@code
 * InvalidInputException} may escape.
 */
class HouseholdsCsvFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "households.csv", data);
    Contract.refusesOnlyWithInvalidInput(
        () -> GridFiles.loader().grids(Fixture.GRIDS).households(f).load());
  }
}
