package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.testing.RandomTrees;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadProgressTest {

  @Test
  @DisplayName("progress ends at each file's full size")
  void reportsEachFileToItsEnd(@TempDir Path dir) throws Exception {
    GridFiles.writeDirectory(RandomTrees.tree(new Random(7)), dir);
    Map<String, long[]> last = new LinkedHashMap<>();
    GridFiles.loader()
        .progress((source, read, total) -> last.put(source, new long[] {read, total}))
        .grids(dir.resolve(GridFiles.GRIDS))
        .households(dir.resolve(GridFiles.HOUSEHOLDS))
        .members(dir.resolve(GridFiles.MEMBERS))
        .load();
    assertThat(last).hasSize(3);
    for (var e : last.entrySet()) {
      long size = Files.size(Path.of(e.getKey()));
      assertThat(e.getValue()).as(e.getKey()).containsExactly(size, size);
    }
  }

  @Test
  @DisplayName("a reader's progress counts characters and has no known total")
  void readerHasNoTotal() {
    String grids =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,"
            + "\"properties\":{\"code\":\"510107011005\",\"name\":\"c\",\"level\":\"community\","
            + "\"parent\":null,\"settlement\":\"urban\"}}]}";
    long[] seen = {-2, -2};
    GridFiles.loader()
        .progress(
            (source, read, total) -> {
              seen[0] = read;
              seen[1] = total;
            })
        .grids("g", new StringReader(grids))
        .load();
    assertThat(seen).containsExactly(grids.length(), -1);
  }
}
