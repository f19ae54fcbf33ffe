package org.gridgov.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.grid.GridCode;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally enclosed in double quotes with
 * {@code ""} standing for a quote, quoted fields may hold commas and line breaks. Lines end with
 * LF, CRLF or a lone CR; a leading byte-order mark is skipped; empty lines are skipped.
 *
 * <p>It reads one character at a time from a buffer and holds one record at a time, so a file of
 * millions of rows never sits in memory. It checks the header and the number of fields of every
 * record and reports syntax errors to a {@link ProblemLog}, each at its line and column (the
 * 1-based field number); a record with such an error is reported and not returned, and reading goes
 * on with the next line.
 */
public final class CsvReader implements Closeable {

  /**
   * Longest field kept, in characters. Past it a field is still scanned but no longer stored, so
   * that an unterminated quote near the top of a large file does not pull the rest into memory.
   */
  static final int MAX_FIELD_LENGTH = 100_000;

  private static final int EOF = -1;

  private final String source;
  private final Reader in;
  private final ImmutableList<String> header;
  private final ProblemLog problems;

  /** Whether blanks around fields are dropped (outside the quotes of a quoted field). */
  private final boolean trim;

  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean headerRead;
  private boolean finished;

  /** Set when reading stopped before the end: a wrong header or text that is not UTF-8. */
  private boolean abandoned;

  /** 1-based number of the line the next character is on. */
  private long line = 1;

  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();

  /**
   * Creates a reader.
   *
   * @param source the name of the input for problems, e.g. the path the user gave
   * @param in the text; not closed until {@link #close()}
   * @param header the exact header the input must start with
   * @param problems where syntax problems go
   */
  /**
   * Reads every record of a file and hands each to {@code row}, closing the reader at the end.
   *
   * @return whether the file was read to its end (false after a fatal problem such as a wrong
   *     header or an unterminated quote, which is reported)
   * @throws IOException if reading fails
   */
  public static boolean forEachRecord(
      String source,
      Reader in,
      List<String> header,
      ProblemLog problems,
      java.util.function.Consumer<CsvRecord> row)
      throws IOException {
    try (CsvReader csv = new CsvReader(source, in, header, problems)) {
      for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
        row.accept(r.get());
      }
      return csv.readToEnd();
    }
  }

  /**
   * Grid codes already parsed in this file. A file names few grids many times over, so parsing each
   * once (and hashing one canonical instance) is a large share of a household file's load.
   */
  private final Map<String, GridCode> gridCodes = new HashMap<>();

  public CsvReader(String source, Reader in, List<String> header, ProblemLog problems) {
    this(source, in, header, problems, false);
  }

  /**
   * Creates a reader that, when {@code trim} is set, drops spaces and tabs around every field, the
   * header's included (inside the quotes of a quoted field they are kept): for files written as
   * {@code a, b, c}, such as FEBRL's.
   */
  public CsvReader(
      String source, Reader in, List<String> header, ProblemLog problems, boolean trim) {
    this.source = requireNonNull(source, "source");
    this.in = requireNonNull(in, "in");
    this.header = ImmutableList.copyOf(header);
    this.problems = requireNonNull(problems, "problems");
    this.trim = trim;
  }

  /** The name of the input. */
  public String source() {
    return source;
  }

  /**
   * The next well-formed record after the header, or empty at the end of the input. A wrong or
   * missing header is reported and ends the input: its rows cannot be read by column.
   *
   * @throws IOException if the input cannot be read (a decoding error is reported as a problem
   *     instead and ends the input)
   */
  public Optional<CsvRecord> next() throws IOException {
    try {
      if (!headerRead) {
        headerRead = true;
        if (peek() == '\uFEFF') {
          read(); // the byte-order mark some editors put first; it is not part of the header
        }
        checkHeader();
      }
      while (!finished) {
        Optional<Raw> raw = readRecord();
        if (raw.isEmpty()) {
          finished = true;
        } else if (raw.get().fields.size() != header.size()) {
          problems.add(
              source,
              raw.get().line,
              0,
              "",
              "the row has "
                  + raw.get().fields.size()
                  + " fields; expected "
                  + header.size()
                  + " as in the header ("
                  + String.join(",", header)
                  + ")");
        } else {
          return Optional.of(
              new CsvRecord(source, raw.get().line, header, raw.get().fields, problems, gridCodes));
        }
      }
      return Optional.empty();
    } catch (Utf8Reader.MalformedText e) {
      problems.add(
          source,
          e.line(),
          e.column(),
          "",
          "the file is not " + e.encoding() + " text from here on; save it as UTF-8");
      finished = true;
      abandoned = true;
      return Optional.empty();
    } catch (CharacterCodingException e) {
      problems.add(
          source, line, 0, "", "the file is not UTF-8 text near this line; save it as UTF-8");
      finished = true;
      abandoned = true;
      return Optional.empty();
    }
  }

  /** Whether every record was read: false after a wrong header or a decoding error. */
  public boolean readToEnd() {
    return finished && !abandoned;
  }

  private void checkHeader() throws IOException {
    Optional<Raw> first = readRecord();
    if (first.isEmpty()) {
      problems.add(
          source,
          1,
          0,
          "",
          "the file is empty; expected the header \"" + String.join(",", header) + "\"");
      finished = true;
      return;
    }
    List<String> found = first.get().fields;
    if (!found.equals(header)) {
      int column = 0;
      while (column < found.size()
          && column < header.size()
          && found.get(column).equals(header.get(column))) {
        column++;
      }
      problems.add(
          source,
          first.get().line,
          column + 1,
          "",
          "wrong header: expected \""
              + String.join(",", header)
              + "\" but found \""
              + String.join(",", found)
              + "\"");
      finished = true;
      abandoned = true;
    }
  }

  /** A record as read: its first line and its fields. */
  private record Raw(long line, ImmutableList<String> fields) {}

  /** Reads the next well-formed record; reports and skips malformed ones. */
  private Optional<Raw> readRecord() throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF) {
        return Optional.empty();
      }
      if (c == '\r' || c == '\n') {
        endOfLine(); // an empty line holds no record
        continue;
      }
      long start = line;
      fields.clear();
      if (readFields(start)) {
        return Optional.of(new Raw(start, ImmutableList.copyOf(fields)));
      }
    }
  }

  /** Reads the fields of one record into {@link #fields}; false if it was malformed. */
  private boolean readFields(long start) throws IOException {
    while (true) {
      int column = fields.size() + 1;
      field.setLength(0);
      if (trim) {
        skipBlanks();
      }
      int c = peek();
      if (c == '"') {
        read();
        long opened = line;
        if (!readQuoted(opened, column)) {
          return false;
        }
        if (trim) {
          skipBlanks();
        }
        c = peek();
        if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
          problems.add(
              source,
              line,
              column,
              "",
              "unexpected "
                  + describe(c)
                  + " after the closing quote of a quoted field; a quote"
                  + " inside a field is written as \"\"");
          skipRestOfLine();
          return false;
        }
      } else {
        while (c != ',' && c != '\r' && c != '\n' && c != EOF) {
          if (c == '"') {
            problems.add(
                source,
                line,
                column,
                "",
                "a quote inside an unquoted field; enclose the field in quotes and write the quote"
                    + " as \"\"");
            skipRestOfLine();
            return false;
          }
          append((char) read());
          c = peek();
        }
        if (trim) {
          int end = field.length();
          while (end > 0 && (field.charAt(end - 1) == ' ' || field.charAt(end - 1) == '\t')) {
            end--;
          }
          field.setLength(end);
        }
      }
      if (field.length() > MAX_FIELD_LENGTH) {
        problems.add(
            source, start, column, "", "field is longer than " + MAX_FIELD_LENGTH + " characters");
        skipRestOfLine();
        return false;
      }
      fields.add(field.toString());
      if (peek() == ',') {
        read();
      } else {
        endOfLine();
        return true;
      }
    }
  }

  private void skipBlanks() throws IOException {
    for (int c = peek(); c == ' ' || c == '\t'; c = peek()) {
      read();
    }
  }

  /** Reads a quoted field after its opening quote, up to and including the closing one. */
  private boolean readQuoted(long opened, int column) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        problems.add(
            source,
            opened,
            column,
            "",
            "unterminated quoted field: the quote opened here is never closed before the end of"
                + " the file");
        return false;
      }
      if (c == '"') {
        if (peek() != '"') {
          return true;
        }
        read();
        append('"');
      } else if (c == '\r') {
        append('\r');
        if (peek() == '\n') {
          append((char) read());
        }
        line++;
      } else {
        if (c == '\n') {
          line++;
        }
        append((char) c);
      }
    }
  }

  private void append(char c) {
    if (field.length() <= MAX_FIELD_LENGTH) {
      field.append(c);
    }
  }

  private static String describe(int c) {
    return c == '"' ? "quote" : "character '" + (char) c + "'";
  }

  private void skipRestOfLine() throws IOException {
    int c = peek();
    while (c != '\r' && c != '\n' && c != EOF) {
      read();
      c = peek();
    }
    endOfLine();
  }

  /** Consumes one line end (LF, CRLF or CR), if the input is at one. */
  private void endOfLine() throws IOException {
    int c = peek();
    if (c == '\r') {
      read();
      if (peek() == '\n') {
        read();
      }
      line++;
    } else if (c == '\n') {
      read();
      line++;
    }
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos++];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /** Closes the underlying reader. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
