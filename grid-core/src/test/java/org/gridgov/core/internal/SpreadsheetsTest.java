package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetsTest {

  @TempDir Path dir;

  @Test
  @DisplayName("text cells a spreadsheet would run as formulas get a quote; numbers stay numbers")
  void protect() {
    assertThat(Spreadsheets.protect("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(Spreadsheets.protect("+cmd|' /C calc'!A0")).startsWith("'+");
    assertThat(Spreadsheets.protect("-1+2")).isEqualTo("'-1+2");
    assertThat(Spreadsheets.protect("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Spreadsheets.protect("\t=1")).isEqualTo("'\t=1");
    assertThat(Spreadsheets.protect("\r=1")).isEqualTo("'\r=1");
    for (String number : new String[] {"-12.5", "+3", "-0.25", "1e-3", "-7E+2", "12", ""}) {
      assertThat(Spreadsheets.protect(number)).as(number).isEqualTo(number);
    }
    assertThat(Spreadsheets.protect("王芳")).isEqualTo("王芳");
  }

  @Test
  @DisplayName("CsvWriter protects cells for people, not for programs unless inside forExcel")
  void writers() throws IOException {
    StringWriter machine = new StringWriter();
    new CsvWriter(machine).row("=1+1", "-12.5");
    assertThat(machine).hasToString("=1+1,-12.5\n");
    StringWriter people = new StringWriter();
    CsvWriter.forPeople(people).row("=1+1", "-12.5", "a,b");
    assertThat(people).hasToString("'=1+1,-12.5,\"a,b\"\n");
    StringWriter excel = new StringWriter();
    Spreadsheets.forExcel(
        () -> {
          try {
            new CsvWriter(excel).row("=1+1", "-12.5");
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          return 0;
        });
    assertThat(excel).hasToString("'=1+1,-12.5\n");
  }

  @Test
  @DisplayName("inside forExcel every CSV file starts with a UTF-8 byte-order mark; others do not")
  void byteOrderMark() throws IOException {
    Spreadsheets.forExcel(
        () -> {
          AtomicFiles.write(
              dir, Map.of("a.csv", out -> out.write("名\n"), "a.json", out -> out.write("{}\n")));
          return 0;
        });
    AtomicFiles.write(dir, Map.of("b.csv", out -> out.write("名\n")));
    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .startsWith(Spreadsheets.UTF8_BOM)
        .hasSize(3 + "名\n".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("{}\n");
    assertThat(Files.readAllBytes(dir.resolve("b.csv"))[0]).isNotEqualTo((byte) 0xEF);
  }
}
