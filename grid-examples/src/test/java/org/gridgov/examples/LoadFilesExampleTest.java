package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gridgov.core.io.GridFiles;
import org.gridgov.samples.community.SampleCommunities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadFilesExampleTest {

  @Test
  @DisplayName("the README's embedding example is the code of LoadFilesExample")
  void readmeShowsTheExample() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/org/gridgov/examples/LoadFilesExample.java"),
            StandardCharsets.UTF_8);
    String body =
        source.substring(
            source.indexOf('\n', source.indexOf("// README:begin")) + 1,
            source.indexOf("// README:end"));
    String example =
        Arrays.stream(body.split("\n"))
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(Collectors.joining("\n"))
            .strip();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + example + "\n```");
  }

  @Test
  @DisplayName("the example runs on the urban sample and names the members of a micro grid")
  void runsOnSample(@TempDir Path dir) {
    GridFiles.writeDirectory(SampleCommunities.urban(), dir);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      LoadFilesExample.main(new String[] {dir.toString()});
    } finally {
      System.setOut(old);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("510107011005001 ")
        .contains("H000042 is in ")
        .contains("characters of JSON");
    assertThat(out).contains("serves 510107011005003002");
  }
}
