package org.gridgov.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.events.routing.RoutingPolicy;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.serve.GridService;
import org.gridgov.serve.ServerSettings;
import org.gridgov.spi.store.GridStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code grid serve} under load, on loopback: 50 clients post Open311 reports (GeoReport v2 POST)
 * at random households of the urban sample as fast as they are answered; every report must be
 * answered {@code 201}, which the service gives only once the store holds it. Throughput mode gives
 * accepted reports a second, sample mode the latency distribution (p50, p99). Target (issue 11):
 * 2,000 accepted reports a second with p99 under 100 ms. The clients run in the service's JVM and
 * share its two cores; each keeps one HTTP/1.1 connection open, as a gateway in front of the
 * service would.
 *
 * <p>{@code store} is {@code h2} (a new file database under the temporary folder) or {@code
 * postgresql} ({@code GRIDGOV_PG_URL}, as for {@link StoreBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@Threads(50)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ServeBenchmark {

  @Param({"h2"})
  public String store;

  GridStore open;
  Path folder;
  GridService service;
  List<Household> homes;

  @Setup(Level.Trial)
  public void setUp() {
    folder = StoreBenchmark.tempFolder();
    open = StoreBenchmark.open(store, folder);
    GridTree tree = SampleCommunities.urban();
    homes = tree.households().stream().filter(h -> h.location().isPresent()).toList();
    service =
        GridService.builder(tree, RoutingPolicy.defaults(), open)
            .server(ServerSettings.defaults().withPort(0))
            .build()
            .start();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    service.close();
    open.close();
    StoreBenchmark.deleteRecursively(folder);
  }

  /**
   * One client: its own keep-alive connection and random source. The client speaks HTTP/1.1 over a
   * plain socket rather than through {@code java.net.http.HttpClient}, whose own threads would take
   * a large share of the two cores the service is measured on.
   */
  @State(Scope.Thread)
  public static class Client {
    final SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
    Socket socket;
    OutputStream out;
    InputStream in;

    @Setup(Level.Trial)
    public void connect(ServeBenchmark b) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), b.service.port());
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      out = new BufferedOutputStream(socket.getOutputStream());
      in = new BufferedInputStream(socket.getInputStream());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      socket.close();
    }

    /** Posts a form and returns the answer's body; anything but 201 is an error. */
    String post(String path, String form) throws IOException {
      byte[] body = form.getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String status = line();
      int length = -1;
      for (String h = line(); !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).equalsIgnoreCase("Content-Length")) {
          length = Integer.parseInt(h.substring(colon + 1).strip());
        }
      }
      if (length < 0) {
        throw new IOException("no Content-Length in the answer to " + path + ": " + status);
      }
      byte[] answer = in.readNBytes(length);
      String text = new String(answer, StandardCharsets.UTF_8);
      if (!status.startsWith("HTTP/1.1 201")) {
        throw new IllegalStateException("answered " + status + ": " + text);
      }
      return text;
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder(64);
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          throw new IOException("the service closed the connection");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }
  }

  /** One report posted and answered 201. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String postReport(Client client) throws IOException {
    Household h = homes.get(client.random.nextInt(homes.size()));
    return client.post(
        "/open311/v2/requests.json",
        "service_code=facility.damage&lat="
            + h.location().orElseThrow().getY()
            + "&long="
            + h.location().orElseThrow().getX()
            + "&description=load");
  }
}
