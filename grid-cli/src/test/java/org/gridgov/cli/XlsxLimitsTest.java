package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks crafted to exhaust memory are refused, saying where and why. */
class XlsxLimitsTest {

  @TempDir Path dir;

  /** A minimal workbook of one sheet {@code households}, its rows given as sheet XML. */
  private Path workbook(String name, String rowsXml, long bombBytes) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      put(
          zip,
          "xl/sharedStrings.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " count=\"0\" uniqueCount=\"0\"/>");
      put(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"households\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
              + "</workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
              + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
              + "</Relationships>");
      put(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData>"
              + rowsXml
              + "</sheetData></worksheet>");
      if (bombBytes > 0) {
        // Zeros pack about a thousand to one: the classic zip bomb, here only a few MiB.
        zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
        byte[] zeros = new byte[1 << 16];
        for (long n = 0; n < bombBytes; n += zeros.length) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String row(int r, String... cells) {
    StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
    for (int i = 0; i < cells.length; i++) {
      sb.append("<c r=\"")
          .append(XlsxSheets.letters(i))
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[i])
          .append("</t></is></c>");
    }
    return sb.append("</row>").toString();
  }

  private static String rows(int n) {
    StringBuilder sb = new StringBuilder(row(1, "household_id", "grid_code"));
    for (int r = 2; r <= n; r++) {
      sb.append(row(r, "H" + r, "510104021001001001"));
    }
    return sb.toString();
  }

  @Test
  @DisplayName("a small workbook within the limits is read")
  void withinLimits() throws IOException {
    Path file = workbook("ok.xlsx", rows(5), 0);
    XlsxSheets.Converted c = new XlsxSheets().read(file, "households");
    assertThat(c.header()).containsExactly("household_id", "grid_code");
    assertThat(c.csv().lines()).hasSize(5);
  }

  @Test
  @DisplayName("a zip bomb is refused from its table of contents, before it is unpacked")
  void zipBomb() throws IOException {
    Path file = workbook("bomb.xlsx", rows(3), 8L << 20);
    assertThat(Files.size(file)).as("a small file").isLessThan(1L << 20);
    assertThatThrownBy(() -> new XlsxSheets().read(file, "households"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains(file.toString())
                    .contains("xl/media/image1.bin")
                    .contains("zip bomb"));
  }

  @Test
  @DisplayName("a workbook that unpacks to more than the limit is refused")
  void unpackedSize() throws IOException {
    Path file = workbook("big.xlsx", rows(3), 2L << 20);
    XlsxSheets.Limits tight = new XlsxSheets.Limits(1_000, 1L << 20, 10_000, 100, 100, 100, 10_000);
    assertThatThrownBy(() -> new XlsxSheets(tight).read(file, "households"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains("unpacks to more than 1 MiB"));
  }

  @Test
  @DisplayName("too many rows are refused at the first row past the limit, with sheet and row")
  void tooManyRows() throws IOException {
    Path file = workbook("rows.xlsx", rows(50), 0);
    XlsxSheets.Limits tight = new XlsxSheets.Limits(1_000, 1L << 30, 200, 10, 100, 100, 1_000_000);
    assertThatThrownBy(() -> new XlsxSheets(tight).read(file, "households"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains(file + ", sheet households, row 11")
                    .contains("more than 10 rows"));
  }

  @Test
  @DisplayName("a cell longer than a spreadsheet cell can be is refused at its column")
  void longCell() throws IOException {
    String header = row(1, "household_id", "address");
    Path file = workbook("cell.xlsx", header + row(2, "H1", "x".repeat(40_000)), 0);
    assertThatThrownBy(() -> new XlsxSheets().read(file, "households"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains(file + ", sheet households, row 2, column B (address)")
                    .contains("40000 characters, more than 32767"));
  }

  @Test
  @DisplayName("a row wider than the limit is refused")
  void wideRow() throws IOException {
    String[] cells = new String[30];
    java.util.Arrays.fill(cells, "c");
    Path file = workbook("wide.xlsx", row(1, cells), 0);
    XlsxSheets.Limits tight = new XlsxSheets.Limits(1_000, 1L << 30, 200, 100, 20, 100, 1_000_000);
    assertThatThrownBy(() -> new XlsxSheets(tight).read(file, "households"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains("30 columns, more than 20"));
  }
}
