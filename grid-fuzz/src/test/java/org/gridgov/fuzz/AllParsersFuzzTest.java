package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;

/**
 * Every parser in one fuzz target, for the short fuzzing run of {@code mvn verify}: libFuzzer runs
 * one target per JVM, and a JVM with Jazzer's agent costs seconds to start, so the build fuzzes
 * this one target for {@code fuzz.seconds} and each parser gets its share. The first byte of an
 * input picks the parser (modulo their number, in the order of {@code targets}: the seed corpus,
 * whose file names start with the index, depends on it), the rest is the parser's input. Each
 * parser's own target fuzzes it alone, for as long as wanted (docs/security.md).
 */
class AllParsersFuzzTest {

  /** A parser's target: what it does with an input. */
  private interface Target {
    void fuzz(byte[] data) throws Exception;
  }

  /** The targets, picked by an input's first byte; add new ones at the end only. */
  private final List<Target> targets =
      List.of(
          new IdNumberFuzzTest()::fuzz,
          new PhoneFuzzTest()::fuzz,
          new TimesFuzzTest()::fuzz,
          new AddressFuzzTest()::fuzz,
          new HouseholdsCsvFuzzTest()::fuzz,
          new MembersCsvFuzzTest()::fuzz,
          new PartyCsvFuzzTest()::fuzz,
          new BuildingsCsvFuzzTest()::fuzz,
          new GridsGeoJsonFuzzTest()::fuzz,
          new EventsCsvFuzzTest()::fuzz,
          new DevicesCsvFuzzTest()::fuzz,
          new DedupRecordsFuzzTest()::fuzz,
          new DepartmentLayerFuzzTest()::fuzz,
          new IncidentAreaFuzzTest()::fuzz,
          new GridPolicyFuzzTest()::fuzz,
          new RoutingPolicyFuzzTest()::fuzz,
          new DevicePolicyFuzzTest()::fuzz,
          new DedupConfigFuzzTest()::fuzz,
          new AuditLogFuzzTest()::fuzz,
          new RefusedPayloadsFuzzTest()::fuzz,
          new DevicePayloadFuzzTest()::fuzz,
          new Open311RequestsFuzzTest()::fuzz);

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    if (data.length == 0) {
      return;
    }
    targets
        .get(Byte.toUnsignedInt(data[0]) % targets.size())
        .fuzz(Arrays.copyOfRange(data, 1, data.length));
  }
}
