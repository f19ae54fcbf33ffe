package org.gridgov.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTempDirsTest {

  @TempDir Path dir;

  @Test
  @DisplayName("the build's @TempDir folders are named with letters only, so no path masks")
  void noDigits() {
    String name = dir.getFileName().toString();
    assertTrue(name.matches("grid-test-[a-z]{12}"), name);
    assertTrue(Files.isDirectory(dir), dir::toString);
  }

  @Test
  @DisplayName("two folders asked for at once are two folders")
  void distinct(@TempDir Path a, @TempDir Path b) {
    assertTrue(!a.equals(b), a + " " + b);
  }
}
