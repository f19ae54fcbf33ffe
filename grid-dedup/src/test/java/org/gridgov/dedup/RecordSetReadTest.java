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

  /** Many batches of records, every tenth person written twice, in several forms. */
  private static String manyRecords(int n) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      int person = i - i / 10;
      text.append("R")
          .append(i)
          .append(i % 2 == 0 ? ",police," : ",health,")
          .append(i % 3 == 0 ? "张" : "Zhang ")
          .append(person % 97)
          .append(",,139")
          .append(String.format("%08d", person))
          .append(",19")
          .append(50 + person % 50)
          .append("-0")
          .append(1 + person % 9)
          .append("-1")
          .append(person % 9)
          .append(",")
          .append(person % 2 == 0 ? "男" : "F")
          .append(",芳华小区")
          .append(person % 40)
          .append("栋")
          .append(1 + person % 3)
          .append("单元")
          .append(100 + person % 700)
          .append('\n');
    }
    return text.toString();
  }

  private static final java.util.List<java.util.function.Supplier<java.util.concurrent.Executor>>
      EXECUTORS =
          java.util.List.of(
              () -> Runnable::run,
              () -> java.util.concurrent.Executors.newFixedThreadPool(1),
              () -> java.util.concurrent.Executors.newFixedThreadPool(3),
              () -> new java.util.concurrent.ForkJoinPool(2),
              java.util.concurrent.ForkJoinPool::commonPool);

  private static void shutdown(java.util.concurrent.Executor e) {
    if (e instanceof java.util.concurrent.ExecutorService s
        && s != java.util.concurrent.ForkJoinPool.commonPool()) {
      s.shutdown();
    }
  }

  @Test
  @DisplayName(
      "the batches parsed ahead on any executor (one thread too) give the records in file order")
  void parsedAheadInOrder() throws IOException {
    Path file = dir.resolve("many.csv");
    Files.writeString(file, manyRecords(30_000), StandardCharsets.UTF_8);
    RecordSet expected =
        RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE, Runnable::run);
    assertThat(expected.size()).isEqualTo(30_000);
    assertThat(expected.id(29_999)).isEqualTo("R29999");
    for (java.util.function.Supplier<java.util.concurrent.Executor> make : EXECUTORS) {
      java.util.concurrent.Executor e = make.get();
      try {
        RecordSet set = RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE, e);
        assertSameRecords(set, expected);
        DedupResult a = new Deduplicator(Runnable::run).run(expected, Progress.NONE);
        DedupResult b = new Deduplicator(e).run(set, Progress.NONE);
        for (int i = 0; i < set.size(); i += 7) {
          assertThat(b.clusterId(i)).isEqualTo(a.clusterId(i));
        }
      } finally {
        shutdown(e);
      }
    }
  }

  @Test
  @DisplayName("problems in late batches: every one, at its line and column, on any executor")
  void problemsInLateBatches() throws IOException {
    java.util.List<String> lines = new java.util.ArrayList<>(manyRecords(30_000).lines().toList());
    // Line 12,001 repeats the id of line 6, line 25,001 has none, line 29,001 a field too many.
    lines.set(12_000, "R4" + lines.get(12_000).substring(lines.get(12_000).indexOf(',')));
    lines.set(25_000, " " + lines.get(25_000).substring(lines.get(25_000).indexOf(',')));
    lines.set(29_000, lines.get(29_000) + ",extra");
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    java.util.List<String> expected = null;
    for (java.util.function.Supplier<java.util.concurrent.Executor> make : EXECUTORS) {
      java.util.concurrent.Executor e = make.get();
      try {
        InvalidInputException ex =
            catchThrowableOfType(
                InvalidInputException.class,
                () -> RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE, e));
        java.util.List<String> problems =
            ex.problems().stream()
                .map(p -> p.location().orElseThrow() + " " + p.message())
                .toList();
        if (expected == null) {
          expected = problems;
          assertThat(problems).hasSize(3);
          assertThat(problems.get(0))
              .startsWith(file + ":12001:1 ")
              .endsWith("repeats the record id first used at line 6");
          assertThat(problems.get(1)).startsWith(file + ":25001:").contains("record id is empty");
          assertThat(problems.get(2)).startsWith(file + ":29001");
        } else {
          assertThat(problems).isEqualTo(expected);
        }
      } finally {
        shutdown(e);
      }
    }
  }

  @Test
  @DisplayName("a bad byte in a batch parsed ahead is reported at its line and column")
  void badByteParsedAhead() throws IOException {
    byte[] text = manyRecords(30_000).getBytes(StandardCharsets.UTF_8);
    // The first byte of line 20,001 (the record id's "R") made a byte no UTF-8 or GB18030 has.
    int at = 0;
    for (int line = 1; line < 20_001; at++) {
      if (text[at] == '\n') {
        line++;
      }
    }
    text[at] = (byte) 0xFF;
    Path file = dir.resolve("bad-byte.csv");
    Files.write(file, text);
    for (java.util.function.Supplier<java.util.concurrent.Executor> make : EXECUTORS) {
      java.util.concurrent.Executor e = make.get();
      try {
        InvalidInputException ex =
            catchThrowableOfType(
                InvalidInputException.class,
                () -> RecordSet.read(file, DedupConfig.residentCn(), Progress.NONE, e));
        assertThat(ex.problems().get(0).location().orElseThrow().toString())
            .isEqualTo(file + ":20001:1");
        assertThat(ex.problems().get(0).message()).contains("not UTF-8");
      } finally {
        shutdown(e);
      }
    }
  }
}
