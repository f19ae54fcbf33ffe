package org.gridgov.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
 * share its two cores.
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
  HttpClient http;
  URI post;
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
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    post = service.uri().resolve("open311/v2/requests.json");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    service.close();
    open.close();
    StoreBenchmark.deleteRecursively(folder);
  }

  /** Each client's own random source. */
  @State(Scope.Thread)
  public static class Client {
    final SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
  }

  /** One report posted and answered 201. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String postReport(Client client) {
    return post(homes.get(client.random.nextInt(homes.size())));
  }

  String post(Household h) {
    String body =
        "service_code=facility.damage&lat="
            + h.location().orElseThrow().getY()
            + "&long="
            + h.location().orElseThrow().getX()
            + "&description=load";
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(post)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException("answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
