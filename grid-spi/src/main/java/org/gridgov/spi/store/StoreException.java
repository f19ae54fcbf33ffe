package org.gridgov.spi.store;

import org.jspecify.annotations.Nullable;

/**
 * A store failed: it cannot be opened, the backend refused an operation, or its data is not what
 * the store wrote. An operation that throws it changed nothing.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception. */
  public StoreException(String message) {
    super(message);
  }
}
