package org.gridgov.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where in an input something was found: a file (or other source name), a 1-based line and an
 * optional 1-based column.
 *
 * @param source the file name or another name of the input, never blank
 * @param line 1-based line number, or 0 when the line is not known
 * @param column 1-based column number, or 0 when the column is not known
 */
public record SourceLocation(String source, long line, long column) {

  /** Validates the parts. */
  public SourceLocation {
    requireNonNull(source, "source");
    checkArgument(!source.isBlank(), "source must not be blank");
    checkArgument(line >= 0, "line must be >= 0 but was %s", line);
    checkArgument(column >= 0, "column must be >= 0 but was %s", column);
  }

  /** A location with a line but no column. */
  public static SourceLocation of(String source, long line) {
    return new SourceLocation(source, line, 0);
  }

  /** A location with a line and a column. */
  public static SourceLocation of(String source, long line, long column) {
    return new SourceLocation(source, line, column);
  }

  /** The line, if known. */
  public Optional<Long> knownLine() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** Renders as {@code file:line:column}, leaving out the parts that are not known. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }
}
