package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.progress.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RecordSet#read(Path, DedupConfig, Progress)}: the encodings of the input file. */
class RecordSetReadTest {

  @TempDir Path dir;

  private static final String HEADER =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n";

  /** The records of {@link #gb18030Bytes} as text. */
  private static final String TEXT =
      HEADER
          + "A1,police,张伟,11010519491231002X,13812345678,1949-12-31,女,芳华小区3栋2单元401\n"
          + "A2,health,张伟,,13812345678,,,芳华小区3-2-401\n"
          + "B1,census,李\uD840\uDC00,,13900001111,,男,\n";

  /**
   * {@link #TEXT} in GB18030, the bytes spelled out as another tool writes them, not produced by
   * the JDK's encoder: 张伟 {@code D5C5 CEB0}, 女 {@code C5AE}, 芳华小区 {@code B7BC BBAA D0A1 C7F8}, 栋
   * {@code B6B0}, 单元 {@code B5A5 D4AA}, 李 {@code C0EE}, 男 {@code C4D0}, and U+20000 (a rare
   * character outside the BMP, as some names have) the four bytes {@code 95 32 82 36}.
   */
  private static byte[] gb18030Bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ascii(out, HEADER);
    ascii(out, "A1,police,");
    hex(out, "D5C5CEB0");
    ascii(out, ",11010519491231002X,13812345678,1949-12-31,");
    hex(out, "C5AE");
    ascii(out, ",");
    hex(out, "B7BCBBAAD0A1C7F8");
    ascii(out, "3");
    hex(out, "B6B0");
    ascii(out, "2");
    hex(out, "B5A5D4AA");
    ascii(out, "401\nA2,health,");
    hex(out, "D5C5CEB0");
    ascii(out, ",,13812345678,,,");
    hex(out, "B7BCBBAAD0A1C7F8");
    ascii(out, "3-2-401\nB1,census,");
    hex(out, "C0EE95328236");
    ascii(out, ",,13900001111,,");
    hex(out, "C4D0");
    ascii(out, ",\n");
    return out.toByteArray();
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static void hex(ByteArrayOutputStream out, String hex) {
    out.writeBytes(HexFormat.of().parseHex(hex));
  }

  private static void assertSameRecords(RecordSet actual, RecordSet expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.id(i)).isEqualTo(expected.id(i));
      assertThat(actual.source(i)).isEqualTo(expected.source(i));
      assertThat(actual.rawFields(i)).isEqualTo(expected.rawFields(i));
    }
  }

  private RecordSet read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE);
  }

  @Test
  @DisplayName("GB18030 records, as other tools write them, read as their UTF-8 text")
  void gb18030() throws IOException {
    RecordSet utf8 = read("utf8.csv", TEXT.getBytes(StandardCharsets.UTF_8));
    RecordSet gb = read("gb.csv", gb18030Bytes());
    assertSameRecords(gb, utf8);
    assertThat(gb.rawFields(2)).containsEntry("name", "李\uD840\uDC00");
    assertThat(gb.rawFields(0)).containsEntry("address", "芳华小区3栋2单元401");
    // The clusters too: the same people found in either encoding.
    DedupResult a = new Deduplicator().run(utf8, Progress.NONE);
    DedupResult b = new Deduplicator().run(gb, Progress.NONE);
    for (int i = 0; i < utf8.size(); i++) {
      assertThat(b.clusterId(i)).isEqualTo(a.clusterId(i));
    }
  }

  @Test
  @DisplayName("UTF-8 with a byte-order mark reads as without one")
  void utf8ByteOrderMark() throws IOException {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertSameRecords(read("bom.csv", withBom), read("plain.csv", text));
  }

  @Test
  @DisplayName("GB18030 given: read; UTF-8 given for GB18030 bytes: refused at the line and column")
  void encodingGiven() throws IOException {
    Path file = dir.resolve("gb.csv");
    Files.write(file, gb18030Bytes());
    RecordSet given =
        TextFiles.decoding(
            TextFiles.Encoding.GB18030,
            note -> {},
            () -> RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE));
    assertSameRecords(given, read("utf8.csv", TEXT.getBytes(StandardCharsets.UTF_8)));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                TextFiles.decoding(
                    TextFiles.Encoding.UTF_8,
                    note -> {},
                    () -> RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE)));
    assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("not UTF-8"));
    Problem first = e.problems().get(0);
    assertThat(first.location()).get().extracting(l -> l.line()).isEqualTo(2L);
    assertThat(first.location().get().toString()).endsWith(":2:11");
  }

  @Test
  @DisplayName("bytes neither UTF-8 nor GB18030 are refused where the UTF-8 reading fails")
  void neither() throws IOException {
    byte[] bad = (HEADER + "A1,police,x").getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[bad.length + 2];
    System.arraycopy(bad, 0, bytes, 0, bad.length);
    bytes[bad.length] = (byte) 0xFF; // no encoding of the two has a byte FF
    bytes[bad.length + 1] = '\n';
    Path file = dir.resolve("bad.csv");
    Files.write(file, bytes);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE));
    assertThat(e.problems().get(0).location().get().toString()).endsWith(":2:12");
    assertThat(e.problems().get(0).message()).contains("not UTF-8");
  }
}
