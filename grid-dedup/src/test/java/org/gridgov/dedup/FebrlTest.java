package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.gridgov.core.progress.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FEBRL benchmark sets, deduplicated with the febrl profile as shipped: no per-set tuning. */
class FebrlTest {

  static String text(String name) throws IOException {
    try (InputStream in = FebrlTest.class.getResourceAsStream("febrl/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** 4a and 4b as one file: 4b's header dropped. */
  static String input(String set) throws IOException {
    if (!set.equals("4")) {
      return text("dataset" + set + ".csv");
    }
    String a = text("dataset4a.csv");
    String b = text("dataset4b.csv");
    if (!a.endsWith("\n")) {
      a += "\n";
    }
    return a + b.substring(b.indexOf('\n') + 1);
  }

  static Map<String, String> truth(RecordSet set) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < set.size(); i++) {
      Matcher m = set.config().entityFromId().orElseThrow().matcher(set.id(i));
      if (m.find()) {
        out.put(set.id(i), m.group(1));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "FEBRL {0}")
  @ValueSource(strings = {"1", "2", "3", "4"})
  @DisplayName("pairwise F1 of at least 0.99 on FEBRL 1, 2, 3 and 4a+4b")
  void febrl(String dataset) throws IOException {
    DedupConfig config = DedupConfig.profile("febrl");
    RecordSet set = RecordSet.read(new StringReader(input(dataset)), "dataset" + dataset, config);
    DedupResult result = new Deduplicator().run(set, Progress.NONE);
    Evaluation e = Evaluation.of(result, truth(set));
    System.out.println("FEBRL " + dataset + ": " + e.summary() + "; " + result.blocking());
    assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
  }
}
