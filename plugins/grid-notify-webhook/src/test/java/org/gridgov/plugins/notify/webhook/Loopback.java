package org.gridgov.plugins.notify.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on loopback that keeps every request and gives one fixed answer. */
final class Loopback implements AutoCloseable {

  /** A request as the server saw it. */
  record Request(String method, String path, String query, Headers headers, String body) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile int status = 200;
  private volatile String answer = "";

  Loopback() throws IOException {
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

  /** Answers every request with {@code status} and {@code body}. */
  void answer(int status, String body) {
    this.status = status;
    this.answer = body;
  }

  /** The server's URL with {@code path}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
