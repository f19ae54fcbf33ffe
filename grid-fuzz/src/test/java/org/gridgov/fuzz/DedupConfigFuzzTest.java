package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.dedup.DedupConfig;

/** A dedup profile JSON (docs/dedup.md): only {@code InvalidInputException} may escape. */
class DedupConfigFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "input.json", data);
    Contract.refusesOnlyWithInvalidInput(() -> DedupConfig.read(f));
  }
}
