package org.gridgov.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on loopback that keeps every request and gives one fixed answer, for tests of
 * clients such as the notifier plugins. It listens on a free port from construction until {@link
 * #close()}; by default it answers {@code 200} with an empty body.
 */
public final class Loopback implements AutoCloseable {

  /**
   * A request as the server saw it.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the raw path, e.g. {@code /hooks/grid}
   * @param query the raw query, empty when there is none
   * @param headers the request's headers
   * @param body the body, decoded as UTF-8
   */
  public record Request(String method, String path, String query, Headers headers, String body) {}

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile int status = 200;
  private volatile String answer = "";

  /**
   * Starts the server on a free port of the loopback address.
   *
   * @throws IOException if no server can be started
   */
  public Loopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          URI uri = exchange.getRequestURI();
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  uri.getRawPath(),
                  uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                  exchange.getRequestHeaders(),
                  new String(in, StandardCharsets.UTF_8)));
          byte[] out = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
          }
        });
    server.start();
  }

  /** The requests received so far, oldest first; a live, unmodifiable view. */
  public List<Request> requests() {
    return Collections.unmodifiableList(requests);
  }

  /**
   * Answers every later request with {@code status} and {@code body} (sent as {@code
   * application/json; charset=utf-8}).
   *
   * @param status the HTTP status
   * @param body the body, empty for none
   */
  public void answer(int status, String body) {
    this.status = status;
    this.answer = body;
  }

  /**
   * The server's URL with {@code path}.
   *
   * @param path the path, starting with {@code /}
   * @return e.g. {@code http://127.0.0.1:41234/hooks/grid}
   */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
