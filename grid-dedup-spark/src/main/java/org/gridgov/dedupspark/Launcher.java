package org.gridgov.dedupspark;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code java -jar grid-dedup-spark.jar} starts: Spark is a provided dependency (a cluster
 * brings its own), so the runnable jar finds it, and everything else, in the {@code lib} folder
 * next to it (Maven copies it there) and runs {@link Main} with those jars. Named by nothing but
 * the JDK, so that it loads before any of them is on the class path. The manifest's {@code
 * Add-Opens} opens what Spark needs on Java 17.
 */
public final class Launcher {

  private Launcher() {}

  /**
   * Runs {@link Main#main} with the jars of {@code lib} next to this jar.
   *
   * @param args the flags of {@link Main}
   * @throws Exception if the jars cannot be found or the run fails
   */
  public static void main(String[] args) throws Exception {
    Path jar = jar();
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      System.err.println(
          "grid-dedup-spark: no folder "
              + lib
              + " with Spark's jars next to the jar; build it with mvn package, or run the class"
              + " org.gridgov.dedupspark.Main with spark-submit");
      System.exit(1);
    }
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(p.toUri().toURL());
      }
    }
    // The platform loader as parent: every class of the run, ours too, comes from these jars.
    URLClassLoader loader =
        new URLClassLoader(
            "grid-dedup-spark", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    try {
      loader
          .loadClass("org.gridgov.dedupspark.Main")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception x ? x : new IllegalStateException(cause);
    }
  }

  private static Path jar() throws IOException {
    try {
      return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot find the jar of grid-dedup-spark", e);
    }
  }
}
