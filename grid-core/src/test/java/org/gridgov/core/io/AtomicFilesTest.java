package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.internal.AtomicFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  @DisplayName("binary and UTF-8 text files are written side by side with their exact bytes")
  void bytesAndText() throws IOException {
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    Map<String, AtomicFiles.ByteContent> files = new LinkedHashMap<>();
    files.put("a.png", out -> out.write(image));
    files.put("b.csv", AtomicFiles.utf8(AtomicFiles.lines(List.of("id,名称", "B1,锦绣"))));
    AtomicFiles.writeBytes(dir, files);
    assertThat(Files.readAllBytes(dir.resolve("a.png"))).containsExactly(image);
    assertThat(Files.readString(dir.resolve("b.csv"), StandardCharsets.UTF_8))
        .isEqualTo("id,名称\nB1,锦绣\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing).hasSize(2);
    }
  }

  @Test
  @DisplayName("a file that fails to write leaves the earlier files unreplaced and no temporaries")
  void failureReplacesNothing() throws IOException {
    Files.writeString(dir.resolve("a.png"), "old");
    Map<String, AtomicFiles.ByteContent> files = new LinkedHashMap<>();
    files.put("a.png", out -> out.write(new byte[] {1, 2, 3}));
    files.put(
        "b.png",
        out -> {
          throw new IOException("disk full");
        });
    assertThatThrownBy(() -> AtomicFiles.writeBytes(dir, files))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(Files.readString(dir.resolve("a.png"))).isEqualTo("old");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(dir.resolve("a.png"));
    }
  }
}
