package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes a set of files into a directory so that none is ever half-written: each is written in full
 * to a temporary file beside it and forced to disk, and only when all are written are they moved
 * into place. Every command that writes output goes through here: text files as UTF-8 with {@link
 * #write}, binary ones (images) with {@link #writeBytes}.
 *
 * <p>A run that writes several outputs, one call at a time or through several library methods,
 * makes them one set with {@link #together}: every file written inside it, in whatever folder, is
 * only staged (written in full to its temporary file), and all are moved into place when the run
 * succeeds; a run that fails leaves none of them and no temporary file.
 */
public final class AtomicFiles {

  /** A file written in full under a temporary name, waiting to be moved to its real one. */
  private record Staged(Path temp, Path target) {}

  /** The files staged by the {@link #together} run of this thread, or null outside one. */
  private static final ThreadLocal<@Nullable List<Staged>> STAGED = new ThreadLocal<>();

  private AtomicFiles() {}

  /**
   * Runs {@code run} with every file it writes through this class on this thread staged, and moves
   * them all into place only when it returns; if it throws (or a file cannot be moved into place),
   * no file staged in it is moved and every temporary file is deleted. A run inside another joins
   * the outer one. Files written on other threads are not part of the set.
   *
   * @return what {@code run} returned
   * @throws UncheckedIOException if the files cannot be moved into place
   */
  public static <T> T together(Supplier<T> run) {
    requireNonNull(run, "run");
    if (STAGED.get() != null) {
      return run.get();
    }
    List<Staged> staged = new java.util.ArrayList<>();
    STAGED.set(staged);
    try {
      T result = run.get();
      STAGED.remove();
      // Checked before any move, so that an output that became a folder meanwhile fails the set
      // instead of leaving half of it moved.
      for (Staged s : staged) {
        if (Files.isDirectory(s.target())) {
          throw new UncheckedIOException(
              "cannot write " + s.target(),
              new IOException(s.target() + " is a directory, not a file"));
        }
      }
      for (Staged s : staged) {
        try {
          moveIntoPlace(s.temp(), s.target());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + s.target() + ": " + e, e);
        }
      }
      return result;
    } finally {
      STAGED.remove();
      for (Staged s : staged) {
        deleteQuietly(s.temp());
      }
    }
  }

  /** Writes one file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content; the writer is flushed and closed by the caller. */
    void writeTo(Writer out) throws IOException;
  }

  /** Writes one binary file's content. */
  @FunctionalInterface
  public interface ByteContent {
    /** Writes the content; the stream is flushed and closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the text files, as UTF-8, creating the directory if needed and replacing files of the
   * same names.
   *
   * @param dir the directory
   * @param files the content of each file, by file name, written in this order
   * @throws UncheckedIOException if the directory cannot be written, or a file's name is taken by a
   *     folder; no file is then replaced unless all were written
   */
  public static void write(Path dir, Map<String, Content> files) {
    requireNonNull(files, "files");
    Map<String, ByteContent> bytes = new LinkedHashMap<>();
    files.forEach((name, content) -> bytes.put(name, utf8(content)));
    writeBytes(dir, bytes);
  }

  /**
   * Writes the files, creating the directory if needed and replacing files of the same names. Each
   * content is asked for its bytes only when its turn comes, so a caller can write many large files
   * without holding them all in memory.
   *
   * @param dir the directory
   * @param files the content of each file, by file name, written in this order; text files are
   *     given with {@link #utf8}
   * @throws UncheckedIOException if the directory cannot be written, or a file's name is taken by a
   *     folder; no file is then replaced unless all were written
   */
  public static void writeBytes(Path dir, Map<String, ByteContent> files) {
    requireNonNull(dir, "dir");
    requireNonNull(files, "files");
    List<Staged> set = STAGED.get();
    Map<String, Path> temps = new LinkedHashMap<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, ByteContent> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        if (Files.isDirectory(target)) {
          // Refused now, not only when the set is moved into place: a command says what it wrote
          // once its writes return, and a run that then fails must not have said so.
          throw new IOException(target + " is a directory, not a file");
        }
        // Not Files.createTempFile: its owner-only permissions would carry over to the file.
        Path temp = dir.resolve("." + f.getKey() + "." + UUID.randomUUID() + ".tmp");
        temps.put(f.getKey(), temp);
        if (set != null) {
          set.add(new Staged(temp, target)); // deleted by together() on failure
        }
        ByteContent content = f.getValue();
        if (Spreadsheets.forExcel() && f.getKey().endsWith(".csv")) {
          content = withByteOrderMark(content);
        }
        writeOne(temp, content);
      }
      if (set != null) {
        temps.clear(); // moved (or deleted) by together()
        return;
      }
      for (Map.Entry<String, Path> e : temps.entrySet()) {
        moveIntoPlace(e.getValue(), dir.resolve(e.getKey()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir + ": " + e, e);
    } finally {
      for (Path temp : temps.values()) {
        deleteQuietly(temp);
      }
    }
  }

  private static ByteContent withByteOrderMark(ByteContent content) {
    return out -> {
      out.write(Spreadsheets.UTF8_BOM);
      content.writeTo(out);
    };
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Best effort: the temporary file has a name no reader looks for.
    }
  }

  /** Text content as the bytes of a UTF-8 file, for {@link #writeBytes}. */
  public static ByteContent utf8(Content content) {
    requireNonNull(content, "content");
    return out -> {
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
      content.writeTo(w);
      w.flush(); // not closed: the caller closes the stream after forcing it to disk
    };
  }

  /** Content made of lines, each ended by LF. */
  public static Content lines(List<String> lines) {
    requireNonNull(lines, "lines");
    return out -> {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    };
  }

  private static void writeOne(Path temp, ByteContent content) throws IOException {
    try (FileChannel channel =
            FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
      content.writeTo(out);
      out.flush();
      channel.force(true); // on disk before the move makes it visible under its real name
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
