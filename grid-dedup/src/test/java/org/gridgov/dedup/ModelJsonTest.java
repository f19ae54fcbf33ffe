package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.gridgov.core.problem.InvalidInputException;
import org.gridgov.core.progress.Progress;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.SyntheticResidents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link DedupModel#fromJson}: a model written by {@code --weights}, run as it is. */
class ModelJsonTest {

  static RecordSet residents(int people, long seed) throws IOException {
    Dataset d = SyntheticResidents.generate(people, seed);
    StringWriter csv = new StringWriter();
    d.writeCsv(csv);
    return RecordSet.read(
        new StringReader(csv.toString()), "residents.csv", DedupConfig.residentCn());
  }

  @Test
  @DisplayName("a model read back has every figure exactly and gives the estimating run's clusters")
  void roundTrip() throws IOException {
    RecordSet set = residents(1500, 11);
    DedupResult estimated = new Deduplicator().run(set, Progress.NONE);
    DedupModel model = estimated.model();
    DedupModel read = DedupModel.fromJson(model.toJson(), set.config());
    for (DedupConfig.Field f : set.config().fields()) {
      for (Level l : List.of(Level.EXACT, Level.CLOSE, Level.DIFFERENT)) {
        assertThat(read.m(f.name(), l)).isEqualTo(model.m(f.name(), l));
        assertThat(read.u(f.name(), l)).isEqualTo(model.u(f.name(), l));
      }
    }
    assertThat(read.lambda()).isEqualTo(model.lambda());
    assertThat(read.prior()).isEqualTo(model.prior());
    assertThat(read.toJson()).isEqualTo(model.toJson());
    DedupResult fixed = new Deduplicator().run(set, read, Progress.NONE);
    for (int i = 0; i < set.size(); i++) {
      assertThat(fixed.clusterId(i)).as(set.id(i)).isEqualTo(estimated.clusterId(i));
    }
    assertThat(fixed.acceptedPairs()).isEqualTo(estimated.acceptedPairs());
  }

  @Test
  @DisplayName(
      "the engine's estimate from pattern counts, and its weights of patterns, are the batch run's")
  void estimateFromCounts() throws IOException {
    RecordSet set = residents(800, 5);
    DedupModel batch = new Deduplicator().run(set, Progress.NONE).model();
    DedupEngine engine = DedupEngine.of(set.config());
    DedupEngine.Batch b = engine.batch();
    for (int i = 0; i < set.size(); i++) {
      List<String> values = new java.util.ArrayList<>();
      for (Column c : set.columns) {
        values.add(c.raw(i));
      }
      b.add(set.id(i), set.source(i), values);
    }
    // Random pairs by rank among the ids.
    Integer[] byId = new Integer[set.size()];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    java.util.Arrays.sort(byId, (x, y) -> set.id(x).compareTo(set.id(y)));
    java.util.Map<Integer, Long> random = new java.util.HashMap<>();
    for (long p : DedupEngine.randomPairs(set.size())) {
      random.merge(b.pattern(byId[(int) (p >>> 32)], byId[(int) p]), 1L, Long::sum);
    }
    List<java.util.Map<Integer, Long>> perKey = new java.util.ArrayList<>();
    java.util.Set<Long> candidates = new java.util.TreeSet<>();
    List<java.util.Set<Long>> keyPairs = new java.util.ArrayList<>();
    for (int k = 0; k < engine.keys().size(); k++) {
      java.util.Map<String, List<Integer>> blocks = new java.util.HashMap<>();
      for (int r = 0; r < b.size(); r++) {
        int record = r;
        b.key(k, r)
            .ifPresent(
                key -> blocks.computeIfAbsent(key, x -> new java.util.ArrayList<>()).add(record));
      }
      java.util.Set<Long> pairs = new java.util.TreeSet<>();
      for (List<Integer> members : blocks.values()) {
        engine.blockPairs(
            members.size(),
            i -> b.sortKey(members.get(i)),
            (x, y) -> {
              int lo = Math.min(members.get(x), members.get(y));
              int hi = Math.max(members.get(x), members.get(y));
              pairs.add((long) lo << 32 | hi);
            });
      }
      keyPairs.add(pairs);
      if (engine.isBlocking(k)) {
        candidates.addAll(pairs);
      }
    }
    for (int t : engine.trainingKeys()) {
      java.util.Map<Integer, Long> h = new java.util.HashMap<>();
      for (long p : keyPairs.get(t)) {
        h.merge(b.pattern((int) (p >>> 32), (int) p), 1L, Long::sum);
      }
      perKey.add(h);
    }
    java.util.Map<Integer, Long> all = new java.util.HashMap<>();
    for (long p : candidates) {
      all.merge(b.pattern((int) (p >>> 32), (int) p), 1L, Long::sum);
    }
    DedupModel model = engine.estimate(random, perKey, all, set.size());
    assertThat(model.toJson()).isEqualTo(batch.toJson());

    // Weighing a pattern compared earlier, with the first record's counts, gives the batch's
    // weight and decision, bit for bit.
    int fields = set.columns.length;
    List<java.util.Map<String, Integer>> counts = new java.util.ArrayList<>();
    int[] totals = new int[fields];
    for (int f = 0; f < fields; f++) {
      java.util.Map<String, Integer> c = new java.util.HashMap<>();
      for (int r = 0; r < b.size(); r++) {
        b.frequencyValue(f, r).ifPresent(v -> c.merge(v, 1, Integer::sum));
      }
      totals[f] = c.values().stream().mapToInt(Integer::intValue).sum();
      counts.add(c);
    }
    DedupEngine.Scoring scoring = b.scoring(model, counts, totals);
    DedupEngine.PatternScoring patterns = engine.patternScoring(model, totals);
    assertThat(patterns.threshold()).isEqualTo(scoring.threshold());
    int accepted = 0;
    for (long p : candidates) {
      int x = (int) (p >>> 32);
      int y = (int) p;
      int[] ofX = new int[fields];
      for (int f = 0; f < fields; f++) {
        ofX[f] = b.frequencyValue(f, x).map(counts.get(f)::get).orElse(0);
      }
      int pattern = b.pattern(x, y);
      assertThat(patterns.weight(pattern, ofX)).isEqualTo(scoring.weight(x, y, pattern));
      assertThat(patterns.accepted(pattern, ofX, b.forbidden(x, y)))
          .isEqualTo(scoring.accepted(x, y, pattern));
      accepted += scoring.accepted(x, y, pattern).isPresent() ? 1 : 0;
    }
    assertThat(accepted).isPositive().isLessThan(candidates.size());
  }

  @Test
  @DisplayName("a model for another profile, or with a bad figure, is refused naming the JSON path")
  void badModels() throws IOException {
    RecordSet set = residents(200, 3);
    String json = new Deduplicator().run(set, Progress.NONE).model().toJson();
    assertThatThrownBy(() -> DedupModel.fromJson(json, DedupConfig.profile("febrl")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("profile")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains("fields")
                    .contains("resident-cn"));
    String bad = json.replaceFirst("\"m\" : [0-9.eE-]+", "\"m\" : 1.5");
    assertThatThrownBy(() -> DedupModel.fromJson(bad, set.config()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().toString())
                    .contains("fields.name.exact.m")
                    .contains("1.5"));
    assertThatThrownBy(() -> DedupModel.fromJson("[1]", set.config()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DedupModel.fromJson("{", set.config()))
        .isInstanceOf(InvalidInputException.class);
  }
}
