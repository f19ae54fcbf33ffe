package org.gridgov.spi.notify;

/**
 * Sends notifications over one channel. Made by a {@link NotifierProvider} from one configuration;
 * used from several threads at once, so implementations are thread-safe.
 *
 * <p>{@link #send} is synchronous: it returns when the channel has taken the message and throws
 * when it has not. It does not retry and need not bound its own time: the library calls it with a
 * time-out and interrupts the calling thread when the time is up (so a blocking call should be
 * interruptible, as {@link java.net.http.HttpClient#send} is), retries with back-off, and keeps
 * what finally failed as a dead letter.
 *
 * @since 1.1
 */
public interface Notifier extends AutoCloseable {

  /**
   * Delivers one notification to its recipient.
   *
   * @throws Exception when the channel did not take it (an I/O error, an error answer, an
   *     interruption); the message says why, without secrets or unmasked contacts
   */
  void send(Notification notification) throws Exception;

  /** Releases what the notifier holds (connections, threads). By default nothing. */
  @Override
  default void close() {}
}
