package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.core.io.EventCsv;

/** The events CSV (docs/events.md): only {@code InvalidInputException} may escape. */
class EventsCsvFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "events.csv", data);
    Contract.refusesOnlyWithInvalidInput(() -> EventCsv.read(f));
  }
}
