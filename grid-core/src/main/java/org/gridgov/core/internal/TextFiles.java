package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.progress.Progress;

/**
 * The one convention of every reader for I/O errors. A reader has two entry points, {@code
 * read(Path)} and {@code read(Reader, String source)}; both throw {@link InvalidInputException} for
 * anything wrong with what the user gave (bad content, and also a file that is missing, a
 * directory, or not UTF-8 text), and {@link UncheckedIOException} only when reading fails for a
 * reason the input does not explain (a disk error, say). Neither declares {@link IOException}.
 */
public final class TextFiles {

  /** A reader's body: reads {@code in}, which problems call {@code source}. */
  @FunctionalInterface
  public interface Body<T> {
    /** Reads the whole text. */
    T read(Reader in, String source) throws IOException;
  }

  private TextFiles() {}

  /**
   * Opens {@code file} as UTF-8 (refusing malformed bytes) and hands it to {@code body}.
   *
   * @param what what the file holds, for the summary ("the events", "the policy")
   * @throws InvalidInputException with the file's problems, or a missing, directory or non-UTF-8
   *     file
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static <T> T read(Path file, String what, Body<T> body) {
    return read(file, what, Progress.NONE, body);
  }

  /**
   * Like {@link #read(Path, String, Body)}, reporting to {@code progress} the bytes read so far of
   * the file's size, about every megabyte and at the end, for a progress line on large files.
   */
  public static <T> T read(Path file, String what, Progress progress, Body<T> body) {
    requireNonNull(file, "file");
    requireNonNull(what, "what");
    requireNonNull(progress, "progress");
    requireNonNull(body, "body");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw refused(source, what, "is a directory, not a file");
    }
    long size = sizeOf(file);
    try (Reader in =
        new BufferedReader(
            new InputStreamReader(
                new CountingInputStream(
                    Files.newInputStream(file), bytes -> progress.update(source, bytes, size)),
                // Decoding errors must be reported, not replaced: a GBK file is bad input.
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16)) {
      return body.read(in, source);
    } catch (NoSuchFileException e) {
      throw refused(source, what, "file not found");
    } catch (CharacterCodingException e) {
      throw refused(source, what, "is not UTF-8 text");
    } catch (IOException e) {
      throw unchecked(source, e);
    }
  }

  /**
   * Runs {@code body} on a reader the caller opened, with the same convention.
   *
   * @throws UncheckedIOException if reading fails
   */
  public static <T> T read(Reader in, String source, Body<T> body) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(body, "body");
    try {
      return body.read(in, source);
    } catch (CharacterCodingException e) {
      throw refused(source, "the input", "is not UTF-8 text");
    } catch (IOException e) {
      throw unchecked(source, e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // unknown; opening the file will say what is wrong
    }
  }

  /** An I/O failure of {@code source}, unchecked, saying which input failed. */
  public static UncheckedIOException unchecked(String source, IOException e) {
    return new UncheckedIOException("cannot read " + source + ": " + Checks.messageOf(e), e);
  }

  private static InvalidInputException refused(String source, String what, String message) {
    return new InvalidInputException(
        "cannot read " + what, List.of(Problem.at(SourceLocation.of(source, 0), "", message)));
  }
}
