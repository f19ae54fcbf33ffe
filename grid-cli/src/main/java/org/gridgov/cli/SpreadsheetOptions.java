package org.gridgov.cli;

import java.util.Locale;
import org.gridgov.core.internal.TextFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options for files that come from and go to spreadsheets: {@code --encoding} on the commands
 * that read CSV, {@code --excel} on those that write CSV for people. {@link GridCommand} applies
 * both around the whole run, so every reader and writer of the run follows them.
 */
final class SpreadsheetOptions {

  private SpreadsheetOptions() {}

  /** The long name of the option of {@link Encoding}. */
  static final String ENCODING = "--encoding";

  /** The help of {@code --encoding}. */
  static final String ENCODING_HELP =
      "Encoding of the CSV input: utf-8, gb18030 (also gbk) or auto (default: UTF-8 if the file is"
          + " valid UTF-8, else GB18030 if it is valid GB18030, said on stderr).";

  /** The long name of the option of {@link Excel}. */
  static final String EXCEL = "--excel";

  /** {@code --encoding auto|utf-8|gb18030}. */
  static final class Encoding {
    @Option(
        names = ENCODING,
        paramLabel = "ENCODING",
        converter = EncodingConverter.class,
        description = ENCODING_HELP)
    TextFiles.Encoding encoding = TextFiles.Encoding.AUTO;
  }

  /** {@code --excel}. */
  static final class Excel {
    @Option(
        names = EXCEL,
        description =
            "Write the CSV files for Excel and WPS: with a UTF-8 byte-order mark, and text cells"
                + " that start with = + - @ prefixed with ' (docs/formats.md).")
    boolean excel;
  }

  /** Reads {@code --encoding}. */
  static final class EncodingConverter implements ITypeConverter<TextFiles.Encoding> {
    @Override
    public TextFiles.Encoding convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "auto" -> TextFiles.Encoding.AUTO;
        case "utf-8", "utf8" -> TextFiles.Encoding.UTF_8;
        case "gb18030", "gbk", "gb2312" -> TextFiles.Encoding.GB18030;
        default ->
            throw new TypeConversionException(
                "expected auto, utf-8 or gb18030 but was \"" + value + "\"");
      };
    }
  }
}
