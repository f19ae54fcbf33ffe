package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.progress.Progress;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Clerical review, people's decisions and explanations. */
class ReviewTest {

  private static RecordSet set;
  private static DedupResult result;

  @BeforeAll
  static void run() throws IOException {
    Dataset d = SyntheticResidents.generate(2_000, 21L);
    StringWriter csv = new StringWriter();
    d.writeCsv(csv);
    set = RecordSet.read(new StringReader(csv.toString()), "r.csv", DedupConfig.residentCn());
    result = new Deduplicator().run(set, Progress.NONE);
  }

  /** Two records the run put into one resident through a pair it accepted. */
  private static int[] acceptedPair() {
    long[] candidates = result.candidatePairs();
    for (long p : candidates) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      if (result.isAccepted(a, b) && result.root(a) == result.root(b)) {
        return new int[] {a, b};
      }
    }
    throw new AssertionError("no accepted pair");
  }

  /** Two records in different residents that were never compared. */
  private static int[] apartPair() {
    for (int b = 1; b < set.size(); b++) {
      if (result.root(0) != result.root(b) && !result.isCandidate(0, b)) {
        return new int[] {0, b};
      }
    }
    throw new AssertionError("no such pair");
  }

  @Test
  @DisplayName("a decision overrides the model both ways and survives a rerun")
  void decisionsOverride() {
    int[] joined = acceptedPair();
    int[] apart = apartPair();
    Decisions decisions =
        Decisions.of(
            List.of(
                new Decisions.Decision(set.id(joined[0]), set.id(joined[1]), false),
                new Decisions.Decision(set.id(apart[0]), set.id(apart[1]), true)));
    DedupResult decided = new Deduplicator().run(set, decisions, Progress.NONE);
    assertThat(decided.clusterId(joined[0])).isNotEqualTo(decided.clusterId(joined[1]));
    assertThat(decided.clusterId(apart[0])).isEqualTo(decided.clusterId(apart[1]));
    DedupResult again = new Deduplicator().run(set, decisions, Progress.NONE);
    for (int i = 0; i < set.size(); i++) {
      assertThat(again.clusterId(i)).isEqualTo(decided.clusterId(i));
    }
    assertThat(decided.explain(set.id(apart[0]), set.id(apart[1])).outcome())
        .startsWith("decided the same resident");
    assertThat(decided.explain(set.id(joined[0]), set.id(joined[1])).sameCluster()).isFalse();
  }

  @Test
  @DisplayName("the review file holds the uncertain pairs, most uncertain first, numbers masked")
  void review() throws IOException {
    StringWriter out = new StringWriter();
    int n = result.writeReview(out);
    List<String> lines = out.toString().lines().toList();
    assertThat(n).isPositive().isEqualTo(lines.size() - 1);
    assertThat(lines.get(0))
        .isEqualTo(
            "record_id_a,record_id_b,match_probability,model,source_a,source_b,name_a,name_b,"
                + "id_number_a,id_number_b,phone_a,phone_b,birth_date_a,birth_date_b,gender_a,"
                + "gender_b,address_a,address_b");
    double previous = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      double p = Double.parseDouble(f[2]);
      assertThat(p).isBetween(0.099, 0.901);
      assertThat(f[3]).isEqualTo(p >= 0.5 ? "same" : "different");
      double uncertainty = Math.abs(Math.log(p / (1 - p)));
      assertThat(uncertainty).isGreaterThanOrEqualTo(previous - 1e-3);
      previous = uncertainty;
    }
    // No whole identity number (18 characters of digits) and no whole mobile number.
    assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(out.toString()).find()).isFalse();
    assertThat(Pattern.compile("\\+861\\d{10}").matcher(out.toString()).find()).isFalse();
  }

  @Test
  @DisplayName("an explanation adds the prior and the counted field weights to its total")
  void explain() {
    int[] pair = acceptedPair();
    Explanation e = result.explain(set.id(pair[0]), set.id(pair[1]));
    assertThat(e.fields()).hasSize(set.columns.length);
    double sum = e.priorWeight();
    for (Explanation.FieldComparison f : e.fields()) {
      if (f.counted()) {
        sum += f.level() == Level.MISSING ? 0 : f.weight();
      }
    }
    assertThat(e.totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.outcome()).startsWith("accepted");
    assertThat(e.compared()).isTrue();
    assertThat(e.sharedKeys()).isNotEmpty();
    assertThat(e.matchProbability()).isGreaterThanOrEqualTo(0.5);
    assertThat(e.text()).contains("shared blocking keys").contains(e.recordIdA());
    int[] apart = apartPair();
    Explanation never = result.explain(set.id(apart[0]), set.id(apart[1]));
    assertThat(never.compared()).isFalse();
    assertThat(never.outcome()).startsWith("never compared");
    assertThatThrownBy(() -> result.explain("nobody", set.id(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
  }

  @Test
  @DisplayName("a bad decisions file lists every bad row with line and column")
  void badDecisions() {
    String csv = "record_id_a,record_id_b,decision\nA,B,same\nA,C,maybe\nD,D,same\nB,A,different\n";
    assertThatThrownBy(() -> Decisions.read(new StringReader(csv), "decisions.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("decisions.csv")
        .satisfies(
            t ->
                assertThat(((InvalidInputException) t).problems().toString())
                    .contains("maybe")
                    .contains("with itself")
                    .contains("the other way"));
    assertThatThrownBy(() -> Decisions.read(new StringReader("a,b,c\nA,B,same\n"), "decisions.csv"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(
            Decisions.read(new StringReader("record_id_a,record_id_b,decision\nA,B,same\n"), "d")
                .decisions())
        .containsExactly(new Decisions.Decision("A", "B", true));
  }
}
