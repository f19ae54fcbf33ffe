package org.gridgov.testing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * The {@link org.junit.jupiter.api.io.TempDir @TempDir} folders of every module's tests, named
 * {@code grid-test-} and twelve random lower-case letters, with no digits at all.
 *
 * <p>Why: JUnit's own folders are named {@code junit} and a random number of 18 or 19 digits, and
 * one such number in a hundred or so passes as an identity number. The library masks every identity
 * number in its messages ({@code 632914********9400}), so a test that looks for its own input's
 * path in an error message failed at random (CI run of 2026-12-04, {@code
 * HostileCliTest.outOfMemory}). A folder name without digits cannot be mistaken for personal data.
 *
 * <p>The root build names this class in the configuration parameter {@code
 * junit.jupiter.tempdir.factory.default}, so a test keeps writing a plain {@code @TempDir}.
 */
public final class LetterTempDirs implements TempDirFactory {

  private static final int LETTERS = 12;
  private static final Random RANDOM = new SecureRandom();

  /** The factory JUnit instantiates from the configuration parameter. */
  public LetterTempDirs() {}

  @Override
  public Path createTempDirectory(
      AnnotatedElementContext elementContext, ExtensionContext extensionContext)
      throws IOException {
    Path root = Path.of(System.getProperty("java.io.tmpdir"));
    // 26^12 names: a clash is all but impossible, but another JVM's folder is never reused.
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createDirectory(root.resolve("grid-test-" + letters()));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private static String letters() {
    char[] name = new char[LETTERS];
    for (int i = 0; i < LETTERS; i++) {
      name[i] = (char) ('a' + RANDOM.nextInt(26));
    }
    return new String(name);
  }
}
