package org.gridgov.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.io.GridFiles;

/**
 * A small valid community (two grids' worth of households, members, party organisations and
 * buildings) that the targets read a fuzzed file against, copied out of the test resources once.
 */
final class Fixture {

  private static final Path DIR = copy();

  /** The fixture's grids. */
  static final Path GRIDS = DIR.resolve(GridFiles.GRIDS);

  /** The fixture's households. */
  static final Path HOUSEHOLDS = DIR.resolve(GridFiles.HOUSEHOLDS);

  private static volatile GridTree tree;

  private Fixture() {}

  /** A loader with the fixture's grids and households given. */
  static GridFiles.Loader loader() {
    return GridFiles.loader().grids(GRIDS).households(HOUSEHOLDS);
  }

  /** The fixture's community, loaded once. */
  static GridTree tree() {
    GridTree t = tree;
    if (t == null) {
      t = GridFiles.loadDirectory(DIR);
      tree = t;
    }
    return t;
  }

  /** A new temporary folder for a target's inputs, removed when the JVM ends. */
  static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("grid-fuzz");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy() {
    Path d = tempDir();
    for (String name :
        new String[] {
          GridFiles.GRIDS,
          GridFiles.HOUSEHOLDS,
          GridFiles.MEMBERS,
          GridFiles.PARTY,
          GridFiles.BUILDINGS
        }) {
      try (InputStream in = Fixture.class.getResourceAsStream("community/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource community/" + name);
        }
        Files.copy(in, d.resolve(name));
        d.resolve(name).toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return d;
  }
}
