package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.events.device.DeviceRegistry;

/**
 * The device registry CSV (docs/formats.md), checked against the fixture's community: only {@code
 * InvalidInputException} may escape.
 */
class DevicesCsvFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "devices.csv", data);
    Contract.refusesOnlyWithInvalidInput(() -> DeviceRegistry.read(f, Fixture.tree()));
  }
}
