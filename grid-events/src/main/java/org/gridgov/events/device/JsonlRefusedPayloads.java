package org.gridgov.events.device;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.ProblemLog;
import org.gridgov.core.internal.StrictJson;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.internal.Times;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.spi.device.DevicePayload;

/**
 * The refused payloads as JSON lines, appended and forced to the disk one by one. Refusals are rare
 * and each is worth keeping, so a write and a force per payload is the right price.
 */
final class JsonlRefusedPayloads implements RefusedPayloads {

  private final Path file;
  private final FileChannel channel;
  private long count;
  private boolean closed;

  JsonlRefusedPayloads(Path file) {
    this.file = file;
    try {
      this.channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      dropTornTail();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the refused payloads " + file + ": " + Checks.messageOf(e), e);
    }
  }

  /**
   * Cuts a last line without its line break: a crash in the middle of {@link #keep}, whose payload
   * was therefore never answered and will come again.
   */
  private void dropTornTail() throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      channel.truncate(end);
      channel.force(true);
    }
    channel.position(end);
  }

  @Override
  public synchronized void keep(RefusedPayload refused) {
    requireNonNull(refused, "refused");
    if (closed) {
      throw new IllegalStateException("the refused payloads " + file + " are closed");
    }
    ByteBuffer line = ByteBuffer.wrap((line(refused) + "\n").getBytes(UTF_8));
    try {
      while (line.hasRemaining()) {
        channel.write(line);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot keep a refused payload in " + file + ": " + Checks.messageOf(e), e);
    }
    count++;
  }

  @Override
  public synchronized long count() {
    return count;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + file + ": " + Checks.messageOf(e), e);
      }
    }
  }

  static String line(RefusedPayload r) {
    DevicePayload p = r.payload();
    StringWriter s = new StringWriter(256 + p.size());
    try (JsonGenerator g = StrictJson.factory().createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("received_at", Times.format(p.receivedAt()));
      g.writeStringField("transport", p.transport());
      g.writeStringField("topic", p.topic().orElse(null));
      g.writeStringField("content_type", p.contentType());
      g.writeStringField("reason", r.reason());
      g.writeNumberField("size", r.size());
      Optional<String> text = utf8(p.body());
      if (text.isPresent()) {
        g.writeStringField("body", text.get());
      } else {
        g.writeStringField("body_base64", Base64.getEncoder().encodeToString(p.body()));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  /** The body as text when it is well-formed UTF-8, which most device payloads are. */
  private static Optional<String> utf8(byte[] body) {
    try {
      CharBuffer text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body));
      return Optional.of(text.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static ImmutableList<RefusedPayload> read(Path file) {
    return TextFiles.read(
        file,
        "the refused payloads",
        (in, source) -> {
          ProblemLog problems = new ProblemLog();
          List<RefusedPayload> out = new ArrayList<>();
          BufferedReader lines = new BufferedReader(in);
          long n = 0;
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            n++;
            if (line.isBlank()) {
              continue;
            }
            try {
              out.add(parse(StrictJson.readLine(line)));
            } catch (JsonProcessingException e) {
              problems.add(source, n, 0, "", "not a JSON line: " + StrictJson.describe(e));
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
              problems.add(source, n, 0, "", Checks.messageOf(e));
            }
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(
                "cannot read the refused payloads " + source, problems.problems());
          }
          return ImmutableList.copyOf(out);
        });
  }

  private static RefusedPayload parse(JsonNode n) {
    byte[] body =
        n.hasNonNull("body")
            ? text(n, "body").getBytes(UTF_8)
            : Base64.getDecoder().decode(text(n, "body_base64"));
    DevicePayload p =
        new DevicePayload(
            body,
            text(n, "content_type"),
            text(n, "transport"),
            n.hasNonNull("topic") ? Optional.of(text(n, "topic")) : Optional.empty(),
            Instant.parse(text(n, "received_at")));
    JsonNode size = n.get("size");
    if (size == null || !size.canConvertToInt()) {
      throw new IllegalArgumentException("\"size\" is missing or not a whole number");
    }
    return new RefusedPayload(p, text(n, "reason"), size.intValue());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
    }
    return v.asText();
  }
}
