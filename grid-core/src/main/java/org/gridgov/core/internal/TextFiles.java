package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
    requireNonNull(body, "body");
    String source = file.toString();
    try (Reader in = open(file, what, progress)) {
      return body.read(in, source);
    } catch (NoSuchFileException e) {
      throw refused(source, what, "file not found");
    } catch (Utf8Reader.MalformedText e) {
      throw notUtf8(source, what, e);
    } catch (CharacterCodingException e) {
      throw refused(source, what, "is not UTF-8 text");
    } catch (IOException e) {
      throw unchecked(source, e);
    }
  }

  /**
   * Checks that {@code file} is a file that can be read to its end: it exists and is a regular file
   * (or a link to one), not a directory, a device such as {@code /dev/zero}, a pipe or a socket,
   * which would block or never end.
   *
   * @param what what the file holds, for the summary ("the events")
   * @throws InvalidInputException saying what is wrong, at the file
   */
  public static void check(Path file, String what) {
    requireNonNull(file, "file");
    requireNonNull(what, "what");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw refused(source, what, "is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw refused(source, what, "file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw refused(
          source, what, "is not a regular file (a device, a pipe or a socket); give a file");
    }
  }

  /**
   * Opens {@code file} after {@link #check}ing it, as strict UTF-8 text that reports the line of a
   * bad byte ({@link Utf8Reader}), buffered, with a leading byte-order mark skipped (RFC 8259 and
   * RFC 4180 readers may ignore it, and Windows editors write it).
   *
   * @throws InvalidInputException if the file is not a readable file
   * @throws IOException if opening fails
   */
  public static Reader open(Path file, String what, Progress progress) throws IOException {
    requireNonNull(progress, "progress");
    check(file, what);
    String source = file.toString();
    long size = sizeOf(file);
    Reader in =
        new BufferedReader(
            new Utf8Reader(
                new CountingInputStream(
                    Files.newInputStream(file), bytes -> progress.update(source, bytes, size))),
            1 << 16);
    return skipByteOrderMark(in);
  }

  /**
   * Reads a whole file that a reader must hold at once (a policy, a key), refusing one of more than
   * {@code maxChars} characters before it fills the heap.
   *
   * @throws InvalidInputException for a missing, unreadable, too large or non-UTF-8 file
   */
  public static String readString(Path file, String what, long maxChars) {
    return read(
        file,
        what,
        (in, source) -> {
          StringBuilder text = new StringBuilder();
          char[] buf = new char[1 << 14];
          for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            text.append(buf, 0, n);
            if (text.length() > maxChars) {
              throw refused(
                  source,
                  what,
                  "is larger than " + maxChars + " characters; is it the right file?");
            }
          }
          return text.toString();
        });
  }

  /** Skips a leading byte-order mark of {@code in}, which must support {@code mark}. */
  private static Reader skipByteOrderMark(Reader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  /** Bytes that are not UTF-8, reported at their line and column. */
  public static InvalidInputException notUtf8(
      String source, String what, Utf8Reader.MalformedText e) {
    return new InvalidInputException(
        "cannot read " + what,
        List.of(
            Problem.at(
                SourceLocation.of(source, e.line(), e.column()),
                "",
                "is not UTF-8 text from here on; save the file as UTF-8")));
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
    } catch (Utf8Reader.MalformedText e) {
      throw notUtf8(source, "the input", e);
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
