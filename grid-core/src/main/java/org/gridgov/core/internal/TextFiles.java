package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;
import org.gridgov.core.progress.Progress;
import org.jspecify.annotations.Nullable;

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
   * The encoding a CSV file is read in: {@link #AUTO} (the default) tells UTF-8 from GB18030 by the
   * bytes; the others are given with {@code --encoding}.
   */
  public enum Encoding {
    /**
     * UTF-8 if the whole file is valid UTF-8 (with or without a byte-order mark); else GB18030
     * (which includes GBK and GB2312, what Excel and WPS save in China) if the whole file is valid
     * GB18030; else refused as not UTF-8 at the line and column of the first bad byte.
     */
    AUTO,
    /** UTF-8, with or without a byte-order mark. */
    UTF_8,
    /** GB18030 (and so GBK and GB2312). */
    GB18030
  }

  /** What the CLI asked for on this thread, and who hears which encoding was used. */
  private record Decoding(Encoding encoding, Consumer<String> notes) {}

  private static final ThreadLocal<@Nullable Decoding> DECODING = new ThreadLocal<>();

  /**
   * Runs {@code run} with the CSV files it reads on this thread read in {@code encoding}, telling
   * {@code notes} about every file read in another encoding than UTF-8 ({@code households.csv: read
   * as GB18030 (it is not UTF-8)}).
   */
  public static <T> T decoding(Encoding encoding, Consumer<String> notes, Supplier<T> run) {
    requireNonNull(encoding, "encoding");
    requireNonNull(notes, "notes");
    requireNonNull(run, "run");
    @Nullable Decoding outer = DECODING.get();
    DECODING.set(new Decoding(encoding, notes));
    try {
      return run.get();
    } finally {
      DECODING.set(outer);
    }
  }

  /**
   * Like {@link #read(Path, String, Body)} for a CSV file, which may also be GB18030 (see {@link
   * Encoding#AUTO}).
   */
  public static <T> T readCsv(Path file, String what, Body<T> body) {
    return readCsv(file, what, Progress.NONE, body);
  }

  /**
   * Like {@link #readCsv(Path, String, Body)}, reporting to {@code progress} the bytes read so far
   * of the file's size, as {@link #read(Path, String, Progress, Body)} does.
   */
  public static <T> T readCsv(Path file, String what, Progress progress, Body<T> body) {
    return readWith(file, what, () -> openCsv(file, what, progress), () -> encodingOf(file), body);
  }

  /**
   * Like {@link #open} for a CSV file: in the encoding given by {@link #decoding}, or else told
   * from the bytes ({@link Encoding#AUTO}: the file is read once more to check them).
   */
  public static Reader openCsv(Path file, String what, Progress progress) throws IOException {
    requireNonNull(progress, "progress");
    check(file, what);
    @Nullable Decoding asked = DECODING.get();
    Encoding encoding = asked == null ? Encoding.AUTO : asked.encoding();
    if (encoding == Encoding.AUTO) {
      encoding =
          decodes(file, StandardCharsets.UTF_8) || !decodes(file, GB18030)
              ? Encoding.UTF_8 // invalid in both: the UTF-8 reader says where
              : Encoding.GB18030;
      if (encoding == Encoding.GB18030 && asked != null) {
        asked.notes().accept(file + ": read as GB18030 (it is not UTF-8)");
      }
    }
    if (encoding == Encoding.UTF_8) {
      return open(file, what, progress);
    }
    String source = file.toString();
    long size = sizeOf(file);
    Reader in =
        new BufferedReader(
            new Utf8Reader(
                new CountingInputStream(
                    Files.newInputStream(file), bytes -> progress.update(source, bytes, size)),
                GB18030),
            1 << 16);
    return skipByteOrderMark(in); // GB18030 has one too (84 31 95 33), which decodes to U+FEFF
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static String encodingOf(Path file) {
    @Nullable Decoding asked = DECODING.get();
    return asked != null && asked.encoding() == Encoding.GB18030 ? "GB18030" : "UTF-8";
  }

  /** Whether the whole file decodes in {@code charset} without a malformed sequence. */
  private static boolean decodes(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult r;
        do {
          chars.clear();
          r = decoder.decode(bytes, chars, end);
          if (r.isError()) {
            return false;
          }
        } while (r.isOverflow());
        bytes.compact();
      }
      chars.clear();
      return !decoder.flush(chars).isError();
    }
  }

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
    return readWith(file, what, () -> open(file, what, progress), () -> "UTF-8", body);
  }

  /** Opens a file's text, for {@link #readWith}. */
  private interface Opener {
    Reader open() throws IOException;
  }

  /**
   * Runs {@code body} on the reader {@code opener} gives, turning every failure into a problem at
   * the file; {@code encoding} names what the text should have been.
   */
  private static <T> T readWith(
      Path file,
      String what,
      Opener opener,
      java.util.function.Supplier<String> encoding,
      Body<T> body) {
    requireNonNull(body, "body");
    String source = file.toString();
    try (Reader in = opener.open()) {
      return body.read(in, source);
    } catch (NoSuchFileException e) {
      throw refused(source, what, "file not found");
    } catch (Utf8Reader.MalformedText e) {
      throw notUtf8(source, what, e);
    } catch (CharacterCodingException e) {
      throw refused(source, what, "is not " + encoding.get() + " text");
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
                "is not " + e.encoding() + " text from here on; save the file as UTF-8")));
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
