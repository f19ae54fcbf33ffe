package org.gridgov.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the service listens: address, port, worker threads and the grace period of a
 * shutdown.
 *
 * <p>The default binds the loopback address only: a community service holds personal data and is
 * put behind the product's own gateway, so listening on every interface must be asked for.
 *
 * @param address the address to bind; loopback by default
 * @param port the TCP port, 0 for a free one chosen by the system
 * @param workers threads that handle requests
 * @param shutdownGrace how long a shutdown waits for accepted work to finish
 */
public record ServerSettings(InetAddress address, int port, int workers, Duration shutdownGrace) {

  /** The default port of {@code grid serve}. */
  public static final int DEFAULT_PORT = 8311;

  /** Checks the figures. */
  public ServerSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    if (workers < 1 || workers > 1_024) {
      throw new IllegalArgumentException("workers must be 1 to 1024, was " + workers);
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
    }
  }

  /** Loopback, the default port, 32 workers, ten seconds of grace. */
  public static ServerSettings defaults() {
    return new ServerSettings(
        InetAddress.getLoopbackAddress(), DEFAULT_PORT, 32, Duration.ofSeconds(10));
  }

  /** The same settings on another port. */
  public ServerSettings withPort(int newPort) {
    return new ServerSettings(address, newPort, workers, shutdownGrace);
  }

  /** The socket address to bind. */
  public InetSocketAddress socketAddress() {
    return new InetSocketAddress(address, port);
  }
}
