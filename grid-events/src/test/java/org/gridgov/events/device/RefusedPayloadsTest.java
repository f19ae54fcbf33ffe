package org.gridgov.events.device;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.spi.device.DevicePayload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusedPayloadsTest {

  private static final Instant AT = Instant.parse("2026-07-07T19:00:00Z");

  private static DevicePayload payload(byte[] body) {
    return new DevicePayload(
        body, "application/json", "mqtt", Optional.of("gridgov/devices/a"), AT);
  }

  @Test
  @DisplayName("the file keeps text and binary bodies, and reads them back as they were")
  void roundTrip(@TempDir Path dir) {
    Path file = dir.resolve("refused.jsonl");
    RefusedPayload text = RefusedPayload.of(payload("{\"a\":\"水位\"}".getBytes(UTF_8)), "why");
    RefusedPayload binary =
        RefusedPayload.of(
            new DevicePayload(new byte[] {(byte) 0xff, 0, 1}, "", "http", Optional.empty(), AT),
            "not JSON");
    try (RefusedPayloads sink = RefusedPayloads.appendingTo(file)) {
      sink.keep(text);
      sink.keep(binary);
    }
    // appending again after a restart keeps what was there
    try (RefusedPayloads sink = RefusedPayloads.appendingTo(file)) {
      sink.keep(text);
      assertThat(sink.count()).isEqualTo(1);
    }
    assertThat(RefusedPayloads.read(file)).containsExactly(text, binary, text);
  }

  @Test
  @DisplayName("a line cut short by a crash is dropped when the file is opened again")
  void tornTail(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("refused.jsonl");
    RefusedPayload one = RefusedPayload.of(payload("{}".getBytes(UTF_8)), "first");
    try (RefusedPayloads sink = RefusedPayloads.appendingTo(file)) {
      sink.keep(one);
    }
    Files.write(file, "{\"received_at\":\"20".getBytes(UTF_8), StandardOpenOption.APPEND);
    RefusedPayload two = RefusedPayload.of(payload("[]".getBytes(UTF_8)), "second");
    try (RefusedPayloads sink = RefusedPayloads.appendingTo(file)) {
      sink.keep(two);
    }
    assertThat(RefusedPayloads.read(file)).containsExactly(one, two);
  }

  @Test
  @DisplayName("a bad line is reported with its line number")
  void badLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("refused.jsonl");
    Files.writeString(file, "{\"transport\":\"mqtt\"}\n");
    assertThatThrownBy(() -> RefusedPayloads.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .isEqualTo(file + ":1: \"body_base64\" is missing or not a string"));
  }

  @Test
  @DisplayName("keeping after closing fails instead of losing the payload")
  void closed(@TempDir Path dir) {
    RefusedPayloads sink = RefusedPayloads.appendingTo(dir.resolve("r.jsonl"));
    sink.close();
    assertThatThrownBy(() -> sink.keep(RefusedPayload.of(payload(new byte[0]), "x")))
        .isInstanceOf(IllegalStateException.class);
  }
}
