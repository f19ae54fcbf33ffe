package org.gridgov.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The {@code --date} option shared by commands that count active members. */
final class DateOption {

  /** Days are China Standard Time days, whatever the machine's zone. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Day on which members count as active (default: today, China time).")
  LocalDate date;

  LocalDate dateOrToday() {
    return date != null ? date : LocalDate.now(CHINA);
  }
}
