package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.gridgov.core.progress.Progress;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.ResidentRecord;
import org.gridgov.samples.residents.SyntheticResidents;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Blocking without cliffs: blocks over the cap, keys that need no name, partial truth. */
@Seeded
class BlockingTest {

  private static final String HEADER =
      "record_id,source,name,id_number,phone,birth_date,gender,address\n";

  private static RecordSet residents(String csv) throws IOException {
    return RecordSet.read(new StringReader(csv), "residents.csv", DedupConfig.residentCn());
  }

  private static Map<String, String> clusters(DedupResult r) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < r.records().size(); i++) {
      out.put(r.records().id(i), r.clusterId(i));
    }
    return out;
  }

  @Test
  @DisplayName("101 identical records with one valid identity number are one resident")
  void identicalRecordsOverTheCap() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 101; i++) {
      csv.append(String.format("X%03d,police,张伟,11010519491231002X,13812345678,,,%n", i));
    }
    csv.append("Y1,census,王芳,110105195003070018,13900001111,1950-03-07,女,芳华小区3栋2单元401\n");
    csv.append("Y2,health,王芳,110105195003070018,,,,芳华小区3-2-401\n");
    RecordSet set = residents(csv.toString());
    // 101 copies of one record would teach u that agreeing is common: score with a model
    // trained on a realistic set, as a desk would.
    DedupModel model = Run.of(2_000, 3L).result().model();
    DedupResult r = new Deduplicator().run(set, model, Progress.NONE);
    assertThat(r.blocking().blocksOverCap()).isPositive();
    // Linear, not quadratic: each record meets its next few neighbours per key, no more.
    assertThat(r.blocking().candidatePairs()).isLessThan(101L * Blocking.WINDOW + 10);
    Map<String, String> c = clusters(r);
    for (int i = 0; i < 101; i++) {
      assertThat(c.get(String.format("X%03d", i))).isEqualTo("X000");
    }
    assertThat(c.get("Y2")).isEqualTo("Y1");
    assertThat(r.clusterCount()).isEqualTo(2);

    ResidentIndex index = new ResidentIndex(model);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    String[] lines = csv.toString().split("\n");
    for (int i : order) {
      index.add(record(lines[i + 1]));
    }
    assertThat(index.clusters()).containsExactlyInAnyOrderEntriesOf(c);
  }

  private static DedupRecord record(String line) {
    String[] f = line.split(",", -1);
    String[] header = HEADER.strip().split(",");
    Map<String, String> values = new HashMap<>();
    for (int i = 2; i < header.length; i++) {
      values.put(header[i], f[i]);
    }
    return DedupRecord.of(f[0], f[1], values);
  }

  @Test
  @DisplayName("property: with a small cap, adding records one by one still gives the batch's")
  void incrementalEqualsBatchOverTheCap(Random random) throws IOException {
    String json;
    try (InputStream in =
        Objects.requireNonNull(
            DedupConfig.class.getResourceAsStream("profiles/febrl.json"), "febrl.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DedupConfig config =
        DedupConfig.read(
            new StringReader(json.replace("\"maxBlockSize\": 100", "\"maxBlockSize\": 4")),
            "febrl-cap4.json");
    assertThat(config.maxBlockSize()).isEqualTo(4);
    RecordSet set = RecordSet.read(new StringReader(FebrlTest.input("1")), "f", config);
    DedupResult batch = new Deduplicator().run(set, Progress.NONE);
    assertThat(batch.blocking().blocksOverCap()).isPositive();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    ResidentIndex index = new ResidentIndex(batch.model());
    for (int i : order) {
      Map<String, String> values = new HashMap<>();
      for (Column c : set.columns) {
        values.put(c.field.column(), c.value(i)); // FEBRL's values read back as written
      }
      index.add(DedupRecord.of(set.id(i), set.source(i), values));
    }
    assertThat(index.clusters()).containsExactlyInAnyOrderEntriesOf(clusters(batch));
  }

  /** A synthetic data set deduplicated with resident-cn as shipped. */
  private record Run(Dataset data, RecordSet set, DedupResult result) {
    static Run of(int people, long seed) throws IOException {
      Dataset d = SyntheticResidents.generate(people, seed);
      StringWriter csv = new StringWriter();
      d.writeCsv(csv);
      RecordSet set =
          RecordSet.read(new StringReader(csv.toString()), "r.csv", DedupConfig.residentCn());
      return new Run(d, set, new Deduplicator().run(set, Progress.NONE));
    }
  }

  @Test
  @DisplayName("a truth that names part of the records scores only those")
  void partialTruth() throws IOException {
    Run run = Run.of(2_000, 11L);
    Map<String, String> all = run.data().truth();
    Map<String, String> half = new HashMap<>();
    Map<String, Integer> perPerson = new HashMap<>();
    for (ResidentRecord r : run.data().records()) {
      String person = all.get(r.recordId());
      // Every other person, whole: their pairs are exactly the true pairs of the half.
      if (Math.floorMod(person.hashCode(), 2) == 0) {
        half.put(r.recordId(), person);
        perPerson.merge(person, 1, Integer::sum);
      }
    }
    long truePairs = 0;
    for (int n : perPerson.values()) {
      truePairs += (long) n * (n - 1) / 2;
    }
    Evaluation e = Evaluation.of(run.result(), half);
    assertThat(e.recordsScored()).isEqualTo(half.size()).isLessThan(run.set().size());
    assertThat(e.truePairs()).isEqualTo(truePairs);
    // Unscored records cannot make a scored record's cluster look wrong.
    Evaluation full = Evaluation.of(run.result(), all);
    assertThat(e.precision()).isGreaterThan(0.95);
    assertThat(full.recordsScored()).isEqualTo(run.set().size());
    assertThat(e.keyCompleteness()).containsKeys("phone", "address.dwelling", "id_number");
    assertThat(e.keyCompleteness().get("phone")).isBetween(0.0, 1.0);
  }

  @Test
  @DisplayName("the counting sorts order keys, pairs and pattern counts as comparison sorts do")
  void countingSortsMatchComparisonSorts(Random random) {
    for (int round = 0; round < 20; round++) {
      int n = 1 + random.nextInt(20_000);
      // Dense dictionary ids (with records lacking a key), or ids too sparse to count.
      int range = round % 5 == 4 ? Integer.MAX_VALUE - 1 : 1 + random.nextInt(n);
      int[] keys = new int[n];
      for (int r = 0; r < n; r++) {
        keys[r] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(range);
      }
      long[] expected =
          java.util.stream.IntStream.range(0, n)
              .filter(r -> keys[r] != 0)
              .mapToLong(r -> (long) keys[r] << 32 | r)
              .sorted()
              .toArray();
      assertThat(Blocking.byKey(keys)).containsExactly(expected);

      int count = random.nextInt(3) == 0 ? random.nextInt(5_000) : random.nextInt(200_000);
      long[] pairs = new long[count + 7];
      for (int i = 0; i < count; i++) {
        int a = random.nextInt(Math.max(1, n - 1));
        int b = a + 1 + random.nextInt(Math.max(1, n - a - 1));
        pairs[i] = (long) a << 32 | b;
      }
      long[] sorted = java.util.Arrays.copyOf(pairs, count);
      java.util.Arrays.sort(sorted);
      Blocking.sortPairs(pairs, count, n + 1);
      assertThat(java.util.Arrays.copyOf(pairs, count)).containsExactly(sorted);

      int[] patterns = new int[random.nextInt(100_000)];
      int distinct = 1 + random.nextInt(round % 2 == 0 ? 50 : 5_000);
      int[] alphabet = random.ints(distinct).toArray(); // negative patterns too (bit 31 used)
      for (int i = 0; i < patterns.length; i++) {
        patterns[i] = alphabet[random.nextInt(distinct)];
      }
      java.util.TreeMap<Integer, Long> counted = new java.util.TreeMap<>();
      for (int p : patterns) {
        counted.merge(p, 1L, Long::sum);
      }
      Deduplicator.Histogram h = Deduplicator.Histogram.of(patterns);
      assertThat(h.keys()).containsExactly(counted.keySet().stream().mapToInt(x -> x).toArray());
      assertThat(h.counts()).containsExactly(counted.values().stream().mapToLong(x -> x).toArray());
    }
  }
}
