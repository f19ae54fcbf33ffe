package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.time.Instant;
import org.gridgov.interop.Open311;

/**
 * Open311 GeoReport v2 service requests, a JSON document ({@code grid open311}), and a request
 * posted as a form ({@code grid serve}): only {@code InvalidInputException} may escape.
 */
class Open311RequestsFuzzTest {
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    String text = Contract.text(data);
    Contract.refusesOnlyWithInvalidInput(
        () -> Open311.readRequests(new StringReader(text), "requests.json", NOW));
    Contract.refusesOnlyWithInvalidInput(() -> Open311.readPost(text, "R1", NOW));
  }
}
