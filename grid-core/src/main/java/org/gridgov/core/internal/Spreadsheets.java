package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * CSV files as spreadsheets (Excel, WPS, LibreOffice) open them. Two things go wrong there: a UTF-8
 * file without a byte-order mark is read in the Windows code page (GBK in China), so Chinese text
 * shows garbled; and a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab
 * or carriage return, which some spreadsheets skip before looking) is run as a formula ("CSV
 * injection": {@code =HYPERLINK(...)} in a resident's name).
 *
 * <p>The rule (docs/formats.md, "CSV for spreadsheets"): a <em>text</em> cell that starts with one
 * of those characters is written with a single quote {@code '} before it, as OWASP advises; a cell
 * that is a number ({@code -12.5}, {@code +3}, {@code 1e-3}) is left as it is, so numeric columns
 * stay numbers. The CSV files written only for people (the reports, the door-knock plan) always
 * follow it ({@link CsvWriter#forPeople}); inside {@link #forExcel} every CSV file written follows
 * it and starts with a UTF-8 byte-order mark. Files read back by programs are otherwise left
 * untouched, so their round trips hold.
 */
public final class Spreadsheets {

  /** The UTF-8 byte-order mark, which tells Excel and WPS that a CSV file is UTF-8. */
  public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private static final ThreadLocal<Boolean> EXCEL = ThreadLocal.withInitial(() -> false);

  private Spreadsheets() {}

  /**
   * Runs {@code run} with every CSV file written on this thread through {@link AtomicFiles} made
   * for spreadsheets: a UTF-8 byte-order mark first, and every text cell {@linkplain #protect
   * protected}.
   */
  public static <T> T forExcel(Supplier<T> run) {
    requireNonNull(run, "run");
    if (EXCEL.get()) {
      return run.get();
    }
    EXCEL.set(true);
    try {
      return run.get();
    } finally {
      EXCEL.remove();
    }
  }

  /** Whether this thread is inside {@link #forExcel}. */
  public static boolean forExcel() {
    return EXCEL.get();
  }

  /**
   * The cell as a spreadsheet shows it as text: with a {@code '} before a text cell that starts
   * with {@code = + - @}, a tab or a carriage return; every other cell, numbers included, as it is.
   */
  public static String protect(String cell) {
    requireNonNull(cell, "cell");
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }
}
