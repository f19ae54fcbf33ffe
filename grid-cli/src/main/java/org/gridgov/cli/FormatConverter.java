package org.gridgov.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format text|json}. */
final class FormatConverter implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    try {
      return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("expected text or json but was \"" + value + "\"");
    }
  }
}
