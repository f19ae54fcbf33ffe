package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskingWriterTest {

  @Test
  @DisplayName("a number printed in pieces is masked whole; the text around it is kept")
  void pieces() throws IOException {
    StringWriter out = new StringWriter();
    MaskingWriter w = new MaskingWriter(out);
    w.write("call 139");
    w.write("1819");
    w.write("6001 now\nnext ");
    assertThat(out.toString()).isEqualTo("call 139****6001 now\n");
    w.write("13918196001");
    w.close();
    assertThat(out.toString()).isEqualTo("call 139****6001 now\nnext 139****6001");
  }

  @Test
  @DisplayName("a line longer than what is held is let through without cutting a number apart")
  void longLine() throws IOException {
    StringWriter out = new StringWriter();
    MaskingWriter w = new MaskingWriter(out);
    String filler = "a".repeat(MaskingWriter.MAX_HELD - 5);
    w.write(filler + " 13918196001 " + filler + " 1391819");
    // Let through up to the last character that cannot be part of a number, not yet flushed.
    assertThat(out.toString()).isEqualTo(filler + " 139****6001 " + filler);
    w.write("6001\n");
    assertThat(out.toString()).endsWith(filler + " 139****6001\n").doesNotContain("13918196001");
  }
}
