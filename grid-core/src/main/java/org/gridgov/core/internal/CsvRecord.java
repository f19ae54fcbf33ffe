package org.gridgov.core.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.problem.SourceLocation;

/**
 * One record of a CSV file with typed access to its fields. Each accessor checks its field and,
 * when the value is not what the column allows, reports a problem at the record's line and the
 * field's column, naming the column, the value found and what was expected, and returns empty. A
 * format reader can therefore read every field of a record, collecting all its problems, and then
 * ask {@link #hasProblems()} before it builds anything.
 *
 * <p>Fields are taken without surrounding whitespace.
 */
public final class CsvRecord {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

  private final String source;
  private final long line;
  private final ImmutableList<String> header;
  private final ImmutableList<String> fields;
  private final ProblemLog problems;
  private final Map<String, GridCode> gridCodes;
  private String subject = "";
  private boolean hasProblems;

  CsvRecord(
      String source,
      long line,
      ImmutableList<String> header,
      ImmutableList<String> fields,
      ProblemLog problems,
      Map<String, GridCode> gridCodes) {
    this.source = source;
    this.line = line;
    this.header = header;
    this.fields = fields;
    this.problems = problems;
    this.gridCodes = gridCodes;
  }

  /** The 1-based line the record starts on. */
  public long line() {
    return line;
  }

  /** Where a field of this record is: its line and its 1-based column. */
  public SourceLocation location(int column) {
    return SourceLocation.of(source, line, column + 1);
  }

  /** Where this record is: its line, no column. */
  public SourceLocation location() {
    return SourceLocation.of(source, line);
  }

  /** Names what later problems of this record concern, e.g. {@code household H0001}. */
  public void subject(String subject) {
    this.subject = subject;
  }

  /** Whether a problem was reported for this record. */
  public boolean hasProblems() {
    return hasProblems;
  }

  /** Reports a problem with a field: {@code column "size": <message>}. */
  public void problem(int column, String message) {
    hasProblems = true;
    problems.add(
        source, line, column + 1, subject, "column \"" + header.get(column) + "\": " + message);
  }

  /** The field exactly as read (after the reader's own trimming, if it trims). */
  public String raw(int column) {
    return fields.get(column);
  }

  /** The field, stripped; empty string when empty. */
  public String text(int column) {
    return fields.get(column).strip();
  }

  /** The field, or empty when it is empty. */
  public Optional<String> optional(int column) {
    String s = text(column);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The field, reporting it when it is empty. */
  public Optional<String> required(int column) {
    Optional<String> s = optional(column);
    if (s.isEmpty()) {
      problem(column, "is empty; a value is required");
    }
    return s;
  }

  /** A whole number from {@code min} to {@code max}; empty (and reported) otherwise. */
  public OptionalInt wholeNumber(String s, int column, int min, int max) {
    if (!WHOLE.matcher(s).matches()) {
      problem(column, quote(s) + " is not a whole number");
      return OptionalInt.empty();
    }
    long n;
    try {
      n = Long.parseLong(s);
    } catch (NumberFormatException tooLong) {
      n = Long.MAX_VALUE;
    }
    if (n < min || n > max) {
      problem(column, s + " is outside " + min + ".." + max);
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) n);
  }

  /**
   * A decimal number in plain or exponent notation (not {@code NaN}, {@code Infinity} or Java's
   * hexadecimal and suffixed forms, which other tools would not read).
   */
  public OptionalDouble decimal(String s, int column) {
    if (!DECIMAL.matcher(s).matches()) {
      problem(column, quote(s) + " is not a decimal number");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(s));
  }

  /**
   * A WGS 84 position from a longitude and a latitude column: both given, or neither (empty, no
   * problem). One without the other, a value that is not a decimal, or one outside WGS 84 ranges is
   * reported.
   *
   * @return {@code [lon, lat]}, or empty
   */
  public Optional<double[]> lonLat(int lonColumn, int latColumn) {
    Optional<String> lon = optional(lonColumn);
    Optional<String> lat = optional(latColumn);
    if (lon.isEmpty() && lat.isEmpty()) {
      return Optional.empty();
    }
    if (lon.isEmpty() || lat.isEmpty()) {
      problem(
          lon.isEmpty() ? lonColumn : latColumn,
          "is empty but column \""
              + header.get(lon.isEmpty() ? latColumn : lonColumn)
              + "\" is given; give both coordinates or neither");
      return Optional.empty();
    }
    OptionalDouble x = coordinate(lon.get(), lonColumn, 180, "longitude");
    OptionalDouble y = coordinate(lat.get(), latColumn, 90, "latitude");
    return x.isPresent() && y.isPresent()
        ? Optional.of(new double[] {x.getAsDouble(), y.getAsDouble()})
        : Optional.empty();
  }

  private OptionalDouble coordinate(String text, int column, double limit, String what) {
    OptionalDouble d = decimal(text, column);
    if (d.isPresent() && !(Math.abs(d.getAsDouble()) <= limit)) {
      problem(
          column,
          text
              + " is outside WGS 84 ranges ("
              + what
              + " -"
              + (int) limit
              + ".."
              + (int) limit
              + " degrees)");
      return OptionalDouble.empty();
    }
    return d;
  }

  /** {@code true} or {@code false}, exactly. */
  public Optional<Boolean> bool(String s, int column) {
    return switch (s) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        problem(column, quote(s) + " is not true or false");
        yield Optional.empty();
      }
    };
  }

  /** An ISO-8601 calendar date, {@code 2026-03-01}. */
  public Optional<LocalDate> date(String s, int column) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      problem(column, quote(s) + " is not a date; expected YYYY-MM-DD, e.g. 2026-03-01");
      return Optional.empty();
    }
  }

  /** An enum constant by its lower-case code. */
  public <E extends Enum<E>> Optional<E> code(String s, int column, Class<E> type) {
    Optional<E> e = Codes.find(type, s);
    if (e.isEmpty()) {
      problem(column, quote(s) + " is not one of " + Codes.allowed(type));
    }
    return e;
  }

  /** Several enum constants, separated by {@code ;}. */
  public <E extends Enum<E>> List<E> codes(String s, int column, Class<E> type) {
    List<E> out = new ArrayList<>();
    for (String item : items(s, column)) {
      code(item, column, type).ifPresent(out::add);
    }
    return out;
  }

  /** The non-empty items of a {@code ;}-separated list; empty items are reported. */
  public List<String> items(String s, int column) {
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    for (String item : s.split(";", -1)) {
      String t = item.strip();
      if (t.isEmpty()) {
        problem(column, quote(s) + " has an empty item; separate items with a single ;");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** An identifier as {@link Checks#id} accepts it. */
  public Optional<String> identifier(String s, int column, String what) {
    try {
      return Optional.of(Checks.id(s, what));
    } catch (IllegalArgumentException e) {
      problem(column, Checks.messageOf(e));
      return Optional.empty();
    }
  }

  /** A grid code. */
  public Optional<GridCode> gridCode(String s, int column) {
    GridCode known = gridCodes.get(s);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      GridCode code = GridCode.parse(s);
      gridCodes.put(s, code);
      return Optional.of(code);
    } catch (IllegalArgumentException e) {
      problem(column, Checks.messageOf(e));
      return Optional.empty();
    }
  }

  /** The field in quotes, for messages. */
  public static String quote(String s) {
    return "\"" + s + "\"";
  }
}
