package org.gridgov.events.device;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the device intake keeps what it refused, so that an unknown device or a vendor's changed
 * format is seen and fixed rather than lost. {@link #keep} returns only once the payload is kept
 * (on disk, for the file): the intake answers a transport after it, so a transport that has been
 * answered never loses a refused payload. Implementations are thread-safe.
 */
public interface RefusedPayloads extends AutoCloseable {

  /**
   * Keeps a refused payload.
   *
   * @throws java.io.UncheckedIOException if it cannot be kept; the intake then fails the payload
   *     rather than drop it, so that the transport does not acknowledge it
   */
  void keep(RefusedPayload refused);

  /** How many payloads this sink has kept since it was opened. */
  long count();

  /** Releases what the sink holds (the file); keeping after closing fails. */
  @Override
  default void close() {}

  /** A sink in memory, for tests and for embedding products that keep refusals themselves. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /**
   * A sink that appends one JSON line per refused payload to {@code file} (created if missing,
   * never rewritten; format in docs/events.md, "Devices") and forces each line to the disk before
   * {@link #keep} returns. A line cut short by a crash (one whose payload was never answered) is
   * removed when the file is opened again.
   *
   * @throws java.io.UncheckedIOException if the file cannot be opened for appending
   */
  static RefusedPayloads appendingTo(Path file) {
    return new JsonlRefusedPayloads(requireNonNull(file, "file"));
  }

  /**
   * Reads back a file written by {@link #appendingTo(Path)}, in the order kept.
   *
   * @throws org.gridgov.core.problem.InvalidInputException naming the line of every bad line (a
   *     missing file is one too)
   */
  static ImmutableList<RefusedPayload> read(Path file) {
    return JsonlRefusedPayloads.read(file);
  }

  /** A sink that holds the refused payloads in memory, in the order kept. */
  final class InMemory implements RefusedPayloads {
    private final List<RefusedPayload> kept = new ArrayList<>();

    private InMemory() {}

    @Override
    public synchronized void keep(RefusedPayload refused) {
      kept.add(requireNonNull(refused, "refused"));
    }

    @Override
    public synchronized long count() {
      return kept.size();
    }

    /** The payloads kept, in order. */
    public synchronized ImmutableList<RefusedPayload> list() {
      return ImmutableList.copyOf(kept);
    }
  }
}
