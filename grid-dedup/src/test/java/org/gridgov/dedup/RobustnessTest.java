package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.gridgov.core.progress.Progress;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.Settings;
import org.gridgov.samples.residents.SyntheticResidents;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident-cn profile as shipped on synthetic data far from the generator's defaults: sparse
 * records, more noise, families sharing one phone, more apps with quirks of their own (issue 12,
 * item 8). docs/dedup.md has the table {@link #table()} prints.
 */
@Seeded
class RobustnessTest {

  /** People per property run: enough that a reduction ratio of 0.999 means something. */
  private static final int PEOPLE = 6_000;

  /**
   * Accuracy floors per preset, a little under what was measured (docs/dedup.md), so that any seed
   * passes and a real regression does not: pairwise F1, B-cubed F1, pairs completeness.
   */
  private static final Map<String, double[]> FLOORS =
      Map.of(
          "default", new double[] {0.993, 0.995, 0.993},
          "sparse", new double[] {0.975, 0.985, 0.98},
          "noisy", new double[] {0.985, 0.988, 0.96},
          "shared-phones", new double[] {0.993, 0.995, 0.99},
          "many-apps", new double[] {0.99, 0.993, 0.98},
          "hard", new double[] {0.97, 0.98, 0.935});

  /** A synthetic data set deduplicated with resident-cn as shipped. */
  private record Run(Dataset data, RecordSet set, DedupResult result, Evaluation evaluation) {
    static Run of(int people, long seed, Settings settings) throws IOException {
      Dataset d = SyntheticResidents.generate(people, seed, settings);
      StringWriter csv = new StringWriter();
      d.writeCsv(csv);
      RecordSet set =
          RecordSet.read(new StringReader(csv.toString()), "r.csv", DedupConfig.residentCn());
      DedupResult result = new Deduplicator().run(set, Progress.NONE);
      return new Run(d, set, result, Evaluation.of(result, d.truth()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"default", "sparse", "noisy", "shared-phones", "many-apps", "hard"})
  @DisplayName(
      "property, at every preset: blocking misses no true pair sharing a phone, an ID key, a"
          + " dwelling or a name held by no more records than the cap; reduction ratio ≥ 0.999; no"
          + " cluster holds two birth dates, two genders, unrelated names or two valid IDs;"
          + " accuracy above its floor")
  void robustAt(String preset, Random random) throws IOException {
    long seed = random.nextLong();
    Run run = Run.of(PEOPLE, seed, Settings.preset(preset));
    Evaluation e = run.evaluation();
    System.out.printf(
        Locale.ROOT,
        "robustness %s seed %d: %s; %s%n",
        preset,
        seed,
        e.summary(),
        run.result().blocking());
    SoftAssertions soft = new SoftAssertions();
    long checked = blockingNeverMisses(run, soft, preset + " seed " + seed);
    soft.assertThat(checked).as("true pairs sharing a strong key").isGreaterThan(5_000);
    soft.assertThat(run.result().blocking().reductionRatio())
        .as("reduction ratio")
        .isGreaterThanOrEqualTo(0.999);
    long merged = coherent(run, soft, preset + " seed " + seed);
    soft.assertThat(merged).as("clusters of two or more records").isGreaterThan(1_000);
    double[] floor = FLOORS.get(preset);
    soft.assertThat(e.f1()).as("pairwise F1").isGreaterThanOrEqualTo(floor[0]);
    soft.assertThat(e.bcubedF1()).as("B-cubed F1").isGreaterThanOrEqualTo(floor[1]);
    soft.assertThat(e.pairsCompleteness())
        .as("pairs completeness")
        .isGreaterThanOrEqualTo(floor[2]);
    soft.assertAll();
  }

  /**
   * Checks every true pair that shares a strong key is a candidate; returns how many there were.
   */
  private static long blockingNeverMisses(Run run, SoftAssertions soft, String what) {
    RecordSet set = run.set();
    Column name = column(set, "name");
    Column phone = column(set, "phone");
    Column id = column(set, "id_number");
    Column address = column(set, "address");
    Map<String, Integer> nameCount = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      nameCount.merge(name.key("", i), 1, Integer::sum);
    }
    Map<String, List<Integer>> byPerson = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      byPerson.computeIfAbsent(run.data().truth().get(set.id(i)), k -> new ArrayList<>()).add(i);
    }
    long checked = 0;
    int missed = 0;
    for (List<Integer> members : byPerson.values()) {
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = members.get(x);
          int b = members.get(y);
          boolean shares =
              shares(phone, "", a, b)
                  || shares(id, "", a, b)
                  || shares(id, "partial", a, b)
                  || shares(address, "dwelling", a, b)
                  || (shares(name, "", a, b)
                      && nameCount.get(name.key("", a)) <= set.config().maxBlockSize());
          if (shares) {
            checked++;
            if (!run.result().isCandidate(a, b) && missed++ < 5) {
              soft.fail(
                  "%s: %s and %s share a strong key but were never compared",
                  what, set.id(a), set.id(b));
            }
          }
        }
      }
    }
    soft.assertThat(missed).as(what + ": true pairs sharing a strong key not compared").isZero();
    return checked;
  }

  /** Checks no two records of a cluster contradict; returns how many clusters hold several. */
  private static long coherent(Run run, SoftAssertions soft, String what) {
    RecordSet set = run.set();
    Map<String, List<Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      byCluster.computeIfAbsent(run.result().clusterId(i), k -> new ArrayList<>()).add(i);
    }
    Column name = column(set, "name");
    Column date = column(set, "birth_date");
    Column gender = column(set, "gender");
    Column.IdColumn id = (Column.IdColumn) column(set, "id_number");
    long multi = 0;
    int bad = 0;
    for (List<Integer> members : byCluster.values()) {
      multi += members.size() > 1 ? 1 : 0;
      // Where a cluster's records give one valid identity number, names one character apart are
      // a typo of that person's name (陈小杰, 林小杰), not two people; so are a name in part and one
      // transcribed twice (NameColumn.oneNameUnderOneNumber).
      boolean sharedId = false;
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          sharedId |= id.sameValid(members.get(x), members.get(y));
        }
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          int a = members.get(x);
          int b = members.get(y);
          boolean contradicts =
              name.compare(a, b) == Column.DIFFERENT
                      && !(sharedId && ((Column.NameColumn) name).oneNameUnderOneNumber(a, b))
                  || date.compare(a, b) == Column.DIFFERENT
                  || gender.compare(a, b) == Column.DIFFERENT
                  || id.forbids(a, b);
          if (contradicts && bad++ < 5) {
            soft.fail(
                "%s: %s and %s contradict each other but are in one cluster",
                what, set.id(a), set.id(b));
          }
        }
      }
    }
    soft.assertThat(bad).as(what + ": contradicting pairs in one cluster").isZero();
    return multi;
  }

  /**
   * Prints the robustness table of docs/dedup.md: every preset and steps between the default and
   * each, at the sizes of {@code -Dgridgov.robustness} (people, comma-separated), seed {@link
   * SyntheticResidents#DEFAULT_SEED}.
   */
  @Test
  @EnabledIfSystemProperty(named = "gridgov.robustness", matches = "[0-9,]+")
  @DisplayName("prints the robustness table (with -Dgridgov.robustness=5000,20000)")
  void table() throws IOException {
    List<Settings> rows = new ArrayList<>();
    for (Settings s : Settings.PRESETS) {
      rows.add(s);
      switch (s.name()) {
        case "sparse" -> rows.add(s.withSparse(0.6).withName("sparse 0.6"));
        case "noisy" -> {
          rows.add(s.withNoise(1.75).withName("noise 1.75"));
          rows.add(s.withNoise(4).withName("noise 4"));
        }
        case "shared-phones" -> rows.add(s.withSharedPhones(1).withName("shared-phones 1.0"));
        default -> {}
      }
    }
    System.out.println(
        "| setting | people | records | precision | recall | F1 | B-cubed F1 | pairs completeness"
            + " | reduction ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (String size : System.getProperty("gridgov.robustness", "").split(",")) {
      int people = Integer.parseInt(size);
      for (Settings s : rows) {
        Run run = Run.of(people, SyntheticResidents.DEFAULT_SEED, s);
        Evaluation e = run.evaluation();
        System.out.printf(
            Locale.ROOT,
            "| %s | %,d | %,d | %.4f | %.4f | %.4f | %.4f | %.4f | %.5f |%n",
            s.name(),
            people,
            run.set().size(),
            e.precision(),
            e.recall(),
            e.f1(),
            e.bcubedF1(),
            e.pairsCompleteness(),
            run.result().blocking().reductionRatio());
        if (s.equals(Settings.DEFAULT)) {
          // What issue 12 asks of the default setting, at every size printed.
          assertThat(e.f1())
              .as("F1 at the default, %d people", people)
              .isGreaterThanOrEqualTo(0.99);
          assertThat(e.pairsCompleteness()).isGreaterThanOrEqualTo(0.995);
        }
      }
    }
  }

  private static boolean shares(Column c, String derived, int a, int b) {
    String k = c.key(derived, a);
    return !k.isEmpty() && k.equals(c.key(derived, b));
  }

  private static Column column(RecordSet set, String field) {
    for (Column c : set.columns) {
      if (c.field.name().equals(field)) {
        return c;
      }
    }
    throw new IllegalArgumentException(field);
  }
}
