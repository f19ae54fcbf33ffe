package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * The members CSV (docs/formats.md), read with the fixture's grids and households: only {@code
 * InvalidInputException} may escape.
 */
class MembersCsvFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "members.csv", data);
    Contract.refusesOnlyWithInvalidInput(() -> Fixture.loader().members(f).load());
  }
}
