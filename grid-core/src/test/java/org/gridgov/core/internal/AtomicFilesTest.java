package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a set whose second output fails leaves none of its outputs and no temporary file")
  void failedSetLeavesNothing() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createDirectories(b);
    Files.writeString(b.resolve("old.csv"), "old\n");
    assertThatThrownBy(
            () ->
                AtomicFiles.together(
                    () -> {
                      AtomicFiles.write(a, Map.of("first.csv", out -> out.write("first\n")));
                      AtomicFiles.write(
                          b,
                          Map.of(
                              "old.csv",
                              out -> {
                                out.write("half");
                                throw new IOException("disk full");
                              }));
                      return 0;
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(a.resolve("first.csv")).doesNotExist();
    assertThat(b.resolve("old.csv")).hasContent("old");
    assertThat(files(dir)).containsExactlyInAnyOrder(b.resolve("old.csv"));
  }

  @Test
  @DisplayName("a set whose run fails after writing leaves none of its outputs")
  void failedRunLeavesNothing() throws IOException {
    assertThatThrownBy(
            () ->
                AtomicFiles.together(
                    () -> {
                      AtomicFiles.write(dir, Map.of("one.csv", out -> out.write("1\n")));
                      AtomicFiles.write(
                          dir.resolve("sub"), Map.of("two.csv", AtomicFiles.lines(List.of("2"))));
                      throw new IllegalStateException("the third output's input is bad");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(files(dir)).isEmpty();
  }

  @Test
  @DisplayName("a set that succeeds moves every output into place, in every folder")
  void successfulSet() throws IOException {
    int result =
        AtomicFiles.together(
            () -> {
              AtomicFiles.write(dir, Map.of("one.csv", out -> out.write("1\n")));
              // Not yet visible: staged until the whole set is ready.
              assertThat(dir.resolve("one.csv")).doesNotExist();
              AtomicFiles.together(
                  () -> {
                    AtomicFiles.write(
                        dir.resolve("sub"), Map.of("two.csv", out -> out.write("2\n")));
                    return 0;
                  });
              assertThat(dir.resolve("sub/two.csv")).doesNotExist();
              return 7;
            });
    assertThat(result).isEqualTo(7);
    assertThat(Files.readString(dir.resolve("one.csv"), StandardCharsets.UTF_8)).isEqualTo("1\n");
    assertThat(Files.readString(dir.resolve("sub/two.csv"), StandardCharsets.UTF_8))
        .isEqualTo("2\n");
    assertThat(files(dir)).hasSize(2);
  }

  @Test
  @DisplayName("an output that is a folder fails the set before any file is moved")
  void folderTargetFailsBeforeMoving() throws IOException {
    Files.createDirectories(dir.resolve("b.csv"));
    assertThatThrownBy(
            () ->
                AtomicFiles.together(
                    () -> {
                      AtomicFiles.write(dir, Map.of("a.csv", out -> out.write("a\n")));
                      AtomicFiles.write(dir, Map.of("b.csv", out -> out.write("b\n")));
                      return 0;
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("b.csv");
    assertThat(dir.resolve("a.csv")).doesNotExist();
    assertThat(files(dir)).isEmpty();
  }

  @Test
  @DisplayName(
      "an output that is a folder is refused when it is written, before the run goes on to say so")
  void folderTargetRefusedWhenWritten() throws IOException {
    Files.createDirectories(dir.resolve("b.csv"));
    List<String> said = new java.util.ArrayList<>();
    assertThatThrownBy(
            () ->
                AtomicFiles.together(
                    () -> {
                      AtomicFiles.write(dir, Map.of("b.csv", out -> out.write("b\n")));
                      said.add("wrote b.csv");
                      return 0;
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("b.csv")
        .hasMessageContaining("is a directory");
    assertThat(said).isEmpty();
    assertThat(files(dir)).isEmpty();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
