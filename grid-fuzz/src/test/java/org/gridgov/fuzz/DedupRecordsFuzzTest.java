package org.gridgov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.RecordSet;

/**
 * The records CSV that {@code grid dedup} reads, with the {@code resident-cn} profile: only {@code
 * InvalidInputException} may escape.
 */
class DedupRecordsFuzzTest {
  private final Path dir = Fixture.tempDir();

  @FuzzTest
  void fuzz(byte[] data) throws Exception {
    Path f = Contract.file(dir, "records.csv", data);
    Contract.refusesOnlyWithInvalidInput(
        () -> RecordSet.read(f, DedupConfig.profile("resident-cn"), Progress.NONE));
  }
}
