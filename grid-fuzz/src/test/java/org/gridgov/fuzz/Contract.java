package org.gridgov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.problem.InvalidInputException;

/**
 * The contract every parser is fuzzed against: it returns, or refuses the input with its documented
 * exception (for the file readers {@link InvalidInputException}) whose message is not empty. Any
 * other throwable — a {@code NullPointerException}, an {@code IllegalArgumentException} from deep
 * inside, an {@code OutOfMemoryError}, a {@code StackOverflowError} — escapes the target and is a
 * finding; so is an input that takes longer than libFuzzer's {@code -timeout}.
 */
final class Contract {

  private Contract() {}

  /** What the target runs: a parse that may throw. */
  interface Parse {
    void run() throws Exception;
  }

  /**
   * Runs {@code parse}; an exception of the {@code refusal} type is the parser saying no and must
   * carry a message; every other throwable escapes.
   */
  static void refusesOnlyWith(Class<? extends Exception> refusal, Parse parse) throws Exception {
    try {
      parse.run();
    } catch (Exception e) {
      if (!refusal.isInstance(e)) {
        throw e;
      }
      assertThat(e.getMessage()).as("the message of a refusal").isNotBlank();
    }
  }

  /** {@link #refusesOnlyWith} for the file readers: only {@link InvalidInputException}. */
  static void refusesOnlyWithInvalidInput(Parse parse) throws Exception {
    refusesOnlyWith(InvalidInputException.class, parse);
  }

  /** The fuzzer's bytes as text, as a careless decoder would read them (bad bytes replaced). */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * The fuzzer's bytes in a file of their own, so that a reader is driven through its file entry
   * point as the command line drives it (UTF-8 decoding, byte-order mark, size checks).
   */
  static Path file(Path dir, String name, byte[] data) {
    try {
      Path f = dir.resolve(name);
      Files.write(f, data);
      // Registered after its folder, so deleted before it: the folder is then empty and goes too
      // (a folder with files left in it survives the JVM, one per fuzzed target and run).
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
