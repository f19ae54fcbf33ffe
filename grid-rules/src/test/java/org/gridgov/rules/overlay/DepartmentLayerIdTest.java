package org.gridgov.rules.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A department's cells named as its own files name them. */
class DepartmentLayerIdTest {

  private static final String SQUARE =
      "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[104,30],[104.1,30],[104.1,30.1],[104,30.1],[104,30]]]}";

  /** As GDAL writes a police layer: the beat number an Integer field, a Real, and Chinese names. */
  private static final String POLICE =
      "{\"type\":\"FeatureCollection\",\"name\":\"beats\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"properties\":{\"BEAT_NO\":12,\"网格编号\":\"JW-12\"},"
          + SQUARE
          + "},\n"
          + "{\"type\":\"Feature\",\"properties\":{\"BEAT_NO\":13.0,\"网格编号\":\"JW-13\"},"
          + SQUARE
          + "}\n]}";

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("layer.geojson");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("--id-property names the property; numbers are ids, 13.0 is 13")
  void idProperty() throws IOException {
    Path layer = file(POLICE);
    assertThat(DepartmentLayer.read(layer, "BEAT_NO").cells())
        .extracting(DepartmentCell::id)
        .containsExactly("12", "13");
    assertThat(DepartmentLayer.read(layer, "网格编号").cells())
        .extracting(DepartmentCell::id)
        .containsExactly("JW-12", "JW-13");
    assertThatThrownBy(() -> DepartmentLayer.read(layer, "code"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("property \"code\" (--id-property) is missing");
  }

  @Test
  @DisplayName("without properties.id the feature's own id member is the id, number or string")
  void featureIdMember() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"id\":7,\"properties\":{},"
            + SQUARE
            + "},\n"
            + "{\"type\":\"Feature\",\"id\":\"H-8\",\"properties\":{\"name\":\"x\"},"
            + SQUARE
            + "}\n]}";
    assertThat(DepartmentLayer.read(new StringReader(json), "layer.geojson").cells())
        .extracting(DepartmentCell::id)
        .containsExactly("7", "H-8");
  }

  @Test
  @DisplayName("an id that is an object is refused, naming where it was looked for")
  void badId() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":{\"a\":1}},"
            + SQUARE
            + "}\n]}";
    assertThatThrownBy(() -> DepartmentLayer.read(new StringReader(json), "layer.geojson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("property \"id\" must be a string or a number");
  }
}
