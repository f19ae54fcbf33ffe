package org.gridgov.spi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** A plugin that is needed cannot be used. The message says which, why, and what to do about it. */
public final class PluginException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a plugin cannot be used. */
  public enum Reason {
    /** No plugin of the kind, or of the name asked for, was found. */
    MISSING,
    /** Two plugins of one kind claim the same name. */
    DUPLICATE,
    /** The plugin was built against an SPI version this one cannot run. */
    INCOMPATIBLE,
    /** The plugin could not be created: its constructor threw, or it described itself wrongly. */
    FAILED
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param message what happened and what to do
   * @param cause the underlying failure, if any
   */
  public PluginException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = requireNonNull(reason, "reason");
  }

  /** Why the plugin cannot be used. */
  public Reason reason() {
    return reason;
  }
}
