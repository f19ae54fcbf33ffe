package org.gridgov.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option shared by the commands that print a result. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  OutputFormat format;
}
