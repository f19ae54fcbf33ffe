package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private final ProblemLog problems = new ProblemLog();

  /** Each record as its fields joined by | and prefixed by its line. */
  private List<String> read(String csv) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvReader r =
        new CsvReader("f.csv", new StringReader(csv), List.of("a", "b", "c"), problems)) {
      for (Optional<CsvRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        out.add(
            rec.get().line()
                + ":"
                + rec.get().text(0)
                + "|"
                + rec.get().text(1)
                + "|"
                + rec.get().text(2));
      }
    }
    return out;
  }

  @Test
  @DisplayName("empty fields, a trailing comma and a quoted empty field are three fields")
  void emptyFields() throws IOException {
    assertThat(read("a,b,c\n,,\n\"\",x,\n")).containsExactly("2:||", "3:|x|");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a lone CR ends a line like LF and CRLF do")
  void loneCr() throws IOException {
    assertThat(read("a,b,c\r1,2,3\r\n4,5,6\n7,8,9"))
        .containsExactly("2:1|2|3", "3:4|5|6", "4:7|8|9");
  }

  @Test
  @DisplayName("text after a closing quote is reported and the next line is read")
  void textAfterQuote() throws IOException {
    assertThat(read("a,b,c\n1,\"2\"x,3\n4,5,6\n")).containsExactly("3:4|5|6");
    assertThat(problems.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "f.csv:2:2: unexpected character 'x' after the closing quote of a quoted field; a quote"
                + " inside a field is written as \"\"");
  }

  @Test
  @DisplayName("a field longer than the limit is reported instead of being kept in memory")
  void longField() throws IOException {
    String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
    assertThat(read("a,b,c\n1,\"" + huge + "\",3\n4,5,6\n")).containsExactly("3:4|5|6");
    assertThat(problems.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "f.csv:2:2: field is longer than " + CsvReader.MAX_FIELD_LENGTH + " characters");
  }

  @Test
  @DisplayName("after the problem limit, problems are counted and summarised instead of kept")
  void problemLimit() {
    for (int i = 0; i < ProblemLog.LIMIT + 5; i++) {
      problems.add("f.csv", i + 1, 0, "", "bad");
    }
    assertThat(problems.count()).isEqualTo(ProblemLog.LIMIT + 5);
    assertThat(problems.problems()).hasSize(ProblemLog.LIMIT + 1);
    assertThat(problems.problems().get(ProblemLog.LIMIT).message())
        .isEqualTo("5 more problems were found but not kept; fix the ones above first");
  }
}
