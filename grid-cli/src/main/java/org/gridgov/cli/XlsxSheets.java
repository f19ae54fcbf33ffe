package org.gridgov.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gridgov.core.internal.CsvWriter;
import org.gridgov.core.internal.TextFiles;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.problem.Problem;
import org.gridgov.core.problem.SourceLocation;

/**
 * Households, members and party organisations from an {@code .xlsx} workbook, as community ledgers
 * (台账) are kept in Excel and WPS. A sheet holds the same columns as the CSV file, under a header
 * row; it is turned into that CSV text and read by the same reader, so every rule holds alike. The
 * sheet read is the one named like the input ({@code households}, {@code members}, {@code party},
 * letter case ignored), or the only sheet of the workbook: so one {@code ledger.xlsx} with three
 * sheets serves {@code --households}, {@code --members} and {@code --party}, and so do three
 * workbooks of one sheet each.
 *
 * <p>A problem found in a cell is placed at its sheet, row and column, as the spreadsheet shows
 * them: {@code households.xlsx, sheet households, row 12, column C (size): ...}.
 *
 * <p>A workbook is a zip file, so a small one can unpack to gigabytes (a "zip bomb"). Before it is
 * opened, its table of contents is checked against {@link Limits}: entries, total unpacked size,
 * and the packing ratio of each large entry; while a sheet is read, its rows, columns, cell length
 * and the size of the CSV text it becomes are counted, so that a workbook whose table of contents
 * lies is stopped too. Only the sheet asked for is turned into text; rows are streamed.
 */
final class XlsxSheets {

  /**
   * What a workbook may hold (docs/formats.md). The defaults are far above any community's ledger
   * (Excel itself stops at 1,048,576 rows, 16,384 columns and 32,767 characters a cell).
   *
   * @param maxEntries files in the zip
   * @param maxUnpackedBytes their unpacked sizes together
   * @param maxRatio unpacked size over packed size of an entry larger than {@code 1 MiB} unpacked
   * @param maxRows rows of the sheet read, empty rows included
   * @param maxColumns columns of a row
   * @param maxCellChars characters of a cell
   * @param maxTextChars characters of the CSV text the sheet becomes
   */
  record Limits(
      int maxEntries,
      long maxUnpackedBytes,
      int maxRatio,
      int maxRows,
      int maxColumns,
      int maxCellChars,
      long maxTextChars) {

    /** The limits of the command line. */
    static final Limits DEFAULT =
        new Limits(1_000, 512L << 20, 200, 1_048_576, 16_384, 32_767, 128L << 20);
  }

  private final Limits limits;

  /** A reader with the {@linkplain Limits#DEFAULT default limits}. */
  XlsxSheets() {
    this(Limits.DEFAULT);
  }

  XlsxSheets(Limits limits) {
    this.limits = limits;
  }

  /** One sheet turned into CSV text, and where each CSV line came from. */
  record Converted(String source, String csv, Map<Long, Integer> rowOfLine, List<String> header) {}

  private final Map<String, Converted> bySource = new HashMap<>();

  /** Whether {@code file} is read as a workbook rather than as CSV text. */
  static boolean isWorkbook(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads sheet {@code sheetName} of {@code file} (or its only sheet) as CSV text.
   *
   * @throws InvalidInputException if the file is not a workbook, has no such sheet, or a cell holds
   *     an error value
   */
  Converted read(Path file, String sheetName) {
    TextFiles.check(file, "the " + sheetName);
    checkZip(file);
    try (ReadableWorkbook book =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      List<Sheet> sheets = book.getSheets().toList();
      Optional<Sheet> named =
          sheets.stream().filter(s -> s.getName().strip().equalsIgnoreCase(sheetName)).findFirst();
      if (named.isEmpty() && sheets.size() != 1) {
        throw refused(
            file.toString(),
            "has no sheet named "
                + sheetName
                + " (its sheets: "
                + String.join(", ", sheets.stream().map(Sheet::getName).toList())
                + "); name the sheet "
                + sheetName
                + " or give a workbook of one sheet");
      }
      Sheet sheet = named.orElseGet(() -> sheets.get(0));
      String source = file + ", sheet " + sheet.getName();
      Converted c = convert(source, sheet);
      bySource.put(source, c);
      return c;
    } catch (IOException | ExcelReaderException e) {
      throw refused(file.toString(), "cannot be read as an .xlsx workbook: " + e.getMessage());
    }
  }

  /** Refuses a workbook whose table of contents exceeds the limits, before it is unpacked. */
  private void checkZip(Path file) {
    String where = file.toString();
    long total = 0;
    int entries = 0;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      java.util.Enumeration<? extends java.util.zip.ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        java.util.zip.ZipEntry e = all.nextElement();
        if (++entries > limits.maxEntries()) {
          throw refused(
              where, "holds more than " + limits.maxEntries() + " files; no ledger has so many");
        }
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (size < 0) {
          continue; // not declared: the counts while reading stop it
        }
        total += size;
        if (total > limits.maxUnpackedBytes()) {
          throw refused(
              where,
              "unpacks to more than "
                  + (limits.maxUnpackedBytes() >> 20)
                  + " MiB; split the ledger or remove what it does not need (images, other"
                  + " sheets)");
        }
        if (size > 1 << 20
            && packed >= 0
            && size > (long) limits.maxRatio() * Math.max(packed, 1)) {
          throw refused(
              where,
              "part "
                  + e.getName()
                  + " unpacks to "
                  + size / Math.max(packed, 1)
                  + " times its packed size (more than "
                  + limits.maxRatio()
                  + "): refused as a zip bomb");
        }
      }
    } catch (IOException e) {
      throw refused(where, "cannot be read as an .xlsx workbook: " + e.getMessage());
    }
  }

  private Converted convert(String source, Sheet sheet) throws IOException {
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    Map<Long, Integer> rowOfLine = new HashMap<>();
    List<String> header = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long line = 1;
    int rowsRead = 0;
    try (Stream<Row> rows = sheet.openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        if (++rowsRead > limits.maxRows()) {
          throw refused(
              source + ", row " + row.getRowNum(),
              "the sheet has more than "
                  + limits.maxRows()
                  + " rows; split it (empty rows that are formatted count too)");
        }
        List<String> cells = new ArrayList<>();
        int width = header.isEmpty() ? row.getCellCount() : header.size();
        if (width > limits.maxColumns()) {
          throw refused(
              source + ", row " + row.getRowNum(),
              "the row has " + width + " columns, more than " + limits.maxColumns());
        }
        for (int i = 0; i < width; i++) {
          String v = value(row, i, source, header, problems);
          if (v.length() > limits.maxCellChars()) {
            throw refused(
                place(source, row.getRowNum(), i, header),
                "the cell holds "
                    + v.length()
                    + " characters, more than "
                    + limits.maxCellChars()
                    + " (the most a spreadsheet cell holds)");
          }
          cells.add(v);
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue; // Spreadsheets keep formatted empty rows; they hold no record.
        }
        if (header.isEmpty()) {
          // The header ends at its last named column; cells to its right are nobody's.
          int last = cells.size();
          while (last > 0 && cells.get(last - 1).isBlank()) {
            last--;
          }
          cells = cells.subList(0, last);
          header.addAll(cells);
        }
        rowOfLine.put(line, row.getRowNum());
        csv.row(cells);
        if (text.getBuffer().length() > limits.maxTextChars()) {
          throw refused(
              source + ", row " + row.getRowNum(),
              "the sheet's text exceeds "
                  + (limits.maxTextChars() >> 20)
                  + " Mi characters; split the ledger");
        }
        for (String cell : cells) {
          line += cell.chars().filter(ch -> ch == '\n').count();
        }
        line++;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("cannot read " + source, problems);
    }
    return new Converted(source, text.toString(), rowOfLine, List.copyOf(header));
  }

  /** A cell as the CSV file would hold it. */
  private static String value(
      Row row, int column, String source, List<String> header, List<Problem> problems) {
    Optional<Cell> found = row.getOptionalCell(column);
    if (found.isEmpty()) {
      return "";
    }
    Cell cell = found.get();
    String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return cell.asString();
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
      case ERROR:
        problems.add(
            Problem.at(
                SourceLocation.of(place(source, row.getRowNum(), column, header), 0),
                "",
                "the cell holds the error " + raw + "; give its value"));
        return "";
      case NUMBER:
        if (isDate(cell)) {
          return cell.asDate().toLocalDate().toString();
        }
        // 3 rather than 3.0, and 13800138000 rather than 1.3800138E10.
        return new BigDecimal(raw).stripTrailingZeros().toPlainString();
      default: // a formula: its last computed value, as Excel shows it
        return raw;
    }
  }

  /** Whether a number cell is shown as a date (Excel keeps dates as day numbers). */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || id == 57 || id == 58)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return bare.contains("y") || bare.contains("d") || bare.contains("年");
  }

  /**
   * The problem placed at its sheet, row and column if it is about a sheet read here; else as it
   * was.
   */
  Problem placed(Problem p) {
    if (p.location().isEmpty()) {
      return p;
    }
    SourceLocation at = p.location().get();
    Converted c = bySource.get(at.source());
    if (c == null) {
      return p;
    }
    Integer row = c.rowOfLine().get(at.line());
    String where =
        row == null
            ? c.source()
            : at.column() > 0
                ? place(c.source(), row, (int) at.column() - 1, c.header())
                : c.source() + ", row " + row;
    return Problem.at(SourceLocation.of(where, 0), p.subject(), p.message());
  }

  /** {@code households.xlsx, sheet households, row 12, column C (size)}. */
  private static String place(String source, int row, int column, List<String> header) {
    return source
        + ", row "
        + row
        + ", column "
        + letters(column)
        + (column < header.size() ? " (" + header.get(column) + ")" : "");
  }

  /** The spreadsheet's name of a 0-based column: A, B, ..., Z, AA, ... */
  static String letters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }

  /** A reader of a converted sheet, for the loader. */
  static StringReader reader(Converted c) {
    return new StringReader(c.csv());
  }

  private static InvalidInputException refused(String source, String message) {
    return new InvalidInputException(
        "cannot read " + source, List.of(Problem.at(SourceLocation.of(source, 0), "", message)));
  }
}
