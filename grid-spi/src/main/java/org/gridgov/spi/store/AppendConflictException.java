package org.gridgov.spi.store;

import static java.util.Objects.requireNonNull;

/**
 * An append to a case's log did not fit: another writer appended first (the log does not end where
 * the writer expected), or an entry with the same {@code (case, sequence)} holds something else.
 * Nothing of the append was written; the writer re-reads the log and decides again.
 */
public final class AppendConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final String caseId;
  private final long expected;
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param expected the last sequence the writer expected
   * @param actual the last sequence in the log
   * @param why what did not fit
   */
  public AppendConflictException(String caseId, long expected, long actual, String why) {
    super(
        "case "
            + requireNonNull(caseId, "caseId")
            + ": append after sequence "
            + expected
            + " refused, the log ends at "
            + actual
            + ": "
            + why
            + "; nothing was written");
    this.caseId = caseId;
    this.expected = expected;
    this.actual = actual;
  }

  /** The case. */
  public String caseId() {
    return caseId;
  }

  /** The last sequence the writer expected. */
  public long expected() {
    return expected;
  }

  /** The last sequence in the log when the append was refused. */
  public long actual() {
    return actual;
  }
}
