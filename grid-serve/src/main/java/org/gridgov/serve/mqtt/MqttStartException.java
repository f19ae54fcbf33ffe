package org.gridgov.serve.mqtt;

/** The device subscriber could not start: the broker is unreachable or refused it; says which. */
public final class MqttStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with its message and cause.
   *
   * @param message what failed, naming the broker (never its password)
   * @param cause why
   */
  public MqttStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
