package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.events.routing.RoutingPolicy;

/** The routing policy JSON (docs/policy.md): only {@code InvalidInputException} may escape. */
class RoutingPolicyFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "input.json", data);
    Contract.refusesOnlyWithInvalidInput(() -> RoutingPolicy.read(f));
  }
}
