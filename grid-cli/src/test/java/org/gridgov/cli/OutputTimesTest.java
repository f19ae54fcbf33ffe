package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.GridCommandTest.ROUTE_FILES;
import static org.gridgov.cli.GridCommandTest.grid;
import static org.gridgov.cli.GridCommandTest.over;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gridgov.cli.GridCommandTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every time the commands write has one form: RFC 3339 with seconds and the offset. */
class OutputTimesTest {

  /** RFC 3339's date-time (section 5.6) with seconds and without fractions, and nothing else. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  /** A strict parser of that form: every field checked, no lenient rollover. */
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static void strict(String where, String value, List<String> bad) {
    if (!RFC3339.matcher(value).matches()) {
      bad.add(where + ": " + value);
      return;
    }
    OffsetDateTime.parse(value, STRICT);
  }

  @Test
  @DisplayName("events.csv, assignments.csv and audit.jsonl of sample, route and simulate")
  void routeAndSimulate() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(grid("sample", "--out", sample.toString(), "--events", "80").exit()).isZero();
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(sample.resolve("events.csv")).subList(1, 81)) {
      strict("events.csv", line.split(",", -1)[1], bad);
      checked++;
    }
    for (String command : List.of("route", "simulate")) {
      Path out = dir.resolve(command);
      Run run = grid(over(command, sample, ROUTE_FILES, "--out", out.toString()));
      assertThat(run.exit()).as(run.err()).isZero();
      List<String> rows = Files.readAllLines(out.resolve("assignments.csv"));
      for (String row : rows.subList(1, rows.size())) {
        String[] cells = row.split(",", -1);
        strict(command + " assignments.csv", cells[cells.length - 1], bad);
        checked++;
      }
      for (String line : Files.readAllLines(out.resolve("audit.jsonl"))) {
        JsonNode record = JSON.readTree(line);
        for (String field : List.of("at", "accept_by", "due_at")) {
          if (record.has(field)) {
            strict(command + " audit.jsonl " + field, record.get(field).textValue(), bad);
            checked++;
          }
        }
      }
    }
    assertThat(bad).isEmpty();
    assertThat(checked).isGreaterThan(300);
  }
}
