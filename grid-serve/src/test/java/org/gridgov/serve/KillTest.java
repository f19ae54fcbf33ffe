package org.gridgov.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.plugins.store.jdbc.JdbcStoreProvider;
import org.gridgov.samples.community.SampleCommunities;
import org.gridgov.spi.store.CaseQuery;
import org.gridgov.spi.store.CaseSummary;
import org.gridgov.spi.store.GridStore;
import org.gridgov.spi.store.Page;
import org.gridgov.spi.store.PageRequest;
import org.gridgov.spi.store.Scope;
import org.gridgov.spi.store.StoreConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report answered {@code 201} is in the store: the service runs in a JVM of its own on an H2
 * file, twenty clients post reports, the service is killed ({@code destroyForcibly}, SIGKILL) in
 * the middle of the load, and the reopened store holds the case of every report answered 201, and
 * at least as many report entries as answers.
 */
class KillTest {

  private static final Pattern ID = Pattern.compile("\"service_request_id\"\\s*:\\s*\"([^\"]+)\"");
  private static final int ANSWERS_BEFORE_KILL = 1_500;

  @TempDir Path dir;

  @Test
  @DisplayName("kill -9 during a load: every report answered 201 is in the store after restart")
  void killDuringLoad() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("grid");
    new JdbcStoreProvider().open(StoreConfig.of(url)).close(); // the schema, before the clock
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path err = dir.resolve("serve.err");
    Process server =
        new ProcessBuilder(java.toString(), "-cp", classPath, ServeChild.class.getName(), url)
            .redirectError(err.toFile())
            .start();
    int port;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line)
          .as("the service's first line; its errors: %s", errors(err))
          .startsWith("port ");
      port = Integer.parseInt(line.substring(5).strip());
    }
    GridTree tree = SampleCommunities.urban();
    List<Household> homes =
        tree.households().stream().filter(h -> h.location().isPresent()).toList();
    URI post = URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Set<String> answered = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(20);
    for (int c = 0; c < 20; c++) {
      clients.execute(
          () -> {
            while (!killed.get()) {
              Household h = homes.get(Math.floorMod(sent.getAndIncrement() * 7919, homes.size()));
              String body =
                  "service_code=facility.damage&lat="
                      + h.location().orElseThrow().getY()
                      + "&long="
                      + h.location().orElseThrow().getX();
              try {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(post)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  Matcher m = ID.matcher(r.body());
                  if (m.find()) {
                    answered.add(m.group(1));
                  }
                  created.incrementAndGet();
                }
              } catch (IOException e) {
                // A connection the server closed, or the server gone: the loop decides.
                failures.incrementAndGet();
              } catch (InterruptedException e) {
                return;
              }
            }
          });
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (created.get() < ANSWERS_BEFORE_KILL && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    killed.set(true);
    server.destroyForcibly();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    clients.shutdownNow();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    int answers = created.get();
    List<String> ids = new ArrayList<>(answered);
    assertThat(answers)
        .as(
            "reports answered before the kill (%d requests failed); the service's errors: %s",
            failures.get(), errors(err))
        .isGreaterThanOrEqualTo(ANSWERS_BEFORE_KILL);
    try (GridStore store = new JdbcStoreProvider().open(StoreConfig.of(url))) {
      List<String> missing = new ArrayList<>();
      for (String id : ids) {
        if (store.cases().history(id).isEmpty()) {
          missing.add(id);
        }
      }
      assertThat(missing).as("cases answered 201 but not in the store").isEmpty();
      // Reports of one place join one case, so the answers name fewer cases than reports: each
      // report answered 201 is an entry (opening or join) of a stored case.
      long entries = 0;
      Scope all = Scope.everything("kill test");
      PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
      while (true) {
        Page<CaseSummary> p = store.cases().query(all, CaseQuery.all(), page);
        for (CaseSummary c : p.items()) {
          entries += c.lastSequence();
        }
        if (p.next().isEmpty()) {
          break;
        }
        page = page.after(p.next().get());
      }
      assertThat(entries).as("report entries in the store").isGreaterThanOrEqualTo(answers);
    }
  }

  private static String errors(Path err) throws IOException {
    return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
  }
}
