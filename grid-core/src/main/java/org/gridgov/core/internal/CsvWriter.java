package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes RFC 4180 records: comma-separated, a field enclosed in double quotes (with {@code ""} for
 * a quote) when it holds a comma, a quote or a line break, records ended by LF.
 */
public final class CsvWriter {

  private final Writer out;
  private final boolean forPeople;

  /**
   * Writes to {@code out}, which the caller closes; cells as they are, except inside {@link
   * Spreadsheets#forExcel}.
   */
  public CsvWriter(Writer out) {
    this(out, false);
  }

  private CsvWriter(Writer out, boolean forPeople) {
    this.out = requireNonNull(out, "out");
    this.forPeople = forPeople;
  }

  /**
   * A writer of a CSV file that only people read (a report): text cells that a spreadsheet would
   * run as a formula are {@linkplain Spreadsheets#protect protected}, numbers are not.
   */
  public static CsvWriter forPeople(Writer out) {
    return new CsvWriter(out, true);
  }

  /** Writes one record. */
  public void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write('\n');
  }

  /** Writes one record. */
  public void row(String... fields) throws IOException {
    row(List.of(fields));
  }

  private void field(String cell) throws IOException {
    String s = forPeople || Spreadsheets.forExcel() ? Spreadsheets.protect(cell) : cell;
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }

  /**
   * Writes a whole CSV file for people (a report), all or nothing (through {@link AtomicFiles}):
   * the header line, then one row per item, its text cells {@linkplain #forPeople protected}.
   *
   * @param file the file; its folder must exist
   * @param header the header line, without its line break
   * @param items the items, one row each
   * @param cells an item's cells, in the header's order
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static <T> void writeFile(
      java.nio.file.Path file,
      String header,
      Iterable<? extends T> items,
      java.util.function.Function<? super T, String[]> cells) {
    java.util.Objects.requireNonNull(file, "file");
    java.nio.file.Path dir =
        java.util.Objects.requireNonNull(
            file.toAbsolutePath().getParent(), "file has no directory");
    AtomicFiles.write(
        dir,
        java.util.Map.of(
            file.getFileName().toString(),
            out -> {
              out.write(header);
              out.write('\n');
              CsvWriter csv = forPeople(out);
              for (T item : items) {
                csv.row(cells.apply(item));
              }
            }));
  }

  /** The most decimals a coordinate is written with: 1e-7 degree is about a centimetre. */
  public static final int COORDINATE_DECIMALS = 7;

  /**
   * A coordinate in plain decimal notation ({@code 0.0001}, never {@code 1.0E-4}), rounded to
   * {@value #COORDINATE_DECIMALS} decimals (half even) and without trailing zeros: {@code
   * 30.584783599999998} is written {@code 30.5847836}. More decimals than a centimetre are float
   * noise, which other tools then show.
   */
  public static String decimal(double value) {
    return BigDecimal.valueOf(value)
        .setScale(COORDINATE_DECIMALS, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
