package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.events.device.RefusedPayloads;

/**
 * The refused payloads file, JSON lines (docs/events.md): only {@code InvalidInputException} may
 * escape.
 */
class RefusedPayloadsFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "input.jsonl", data);
    Contract.refusesOnlyWithInvalidInput(() -> RefusedPayloads.read(f));
  }
}
