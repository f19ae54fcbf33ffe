package org.gridgov.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.gridgov.core.progress.Progress;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.Deduplicator;
import org.gridgov.dedup.RecordSet;
import org.gridgov.samples.residents.Dataset;
import org.gridgov.samples.residents.ResidentRecord;
import org.gridgov.samples.residents.SyntheticResidents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * gridgov against Duke 1.2 (Lars Marius Garshol's Lucene-based engine, from Maven Central) on the
 * same synthetic resident records, in the same run. Duke is configured as its documentation
 * suggests for such data — Levenshtein on names and addresses, exact comparison of numbers and
 * dates, threshold 0.85 — and given the raw values; both read from memory. Single-shot time per
 * run; throughput is records divided by it. Target (issue 4): at least 10× Duke's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class DukeComparisonBenchmark {

  /** People generated; about 2.47 records each. */
  @Param({"8000", "40000"})
  public int people;

  String csv;
  List<ResidentRecord> records;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Dataset d = SyntheticResidents.generate(people, 11);
    records = d.records();
    StringWriter w = new StringWriter();
    d.writeCsv(w);
    csv = w.toString();
  }

  /** gridgov: read, normalise, block, estimate, score, cluster. */
  @Benchmark
  public int gridgov() throws IOException {
    RecordSet set =
        RecordSet.read(new StringReader(csv), "residents.csv", DedupConfig.residentCn());
    return new Deduplicator().run(set, Progress.NONE).clusterCount();
  }

  /** Duke 1.2 deduplicating the same records. */
  @Benchmark
  public int duke() {
    ConfigurationImpl config = new ConfigurationImpl();
    List<Property> props = new ArrayList<>();
    props.add(new PropertyImpl("ID"));
    props.add(new PropertyImpl("NAME", new Levenshtein(), 0.3, 0.9));
    props.add(new PropertyImpl("ID_NUMBER", new ExactComparator(), 0.2, 0.98));
    props.add(new PropertyImpl("PHONE", new ExactComparator(), 0.3, 0.9));
    props.add(new PropertyImpl("BIRTH_DATE", new ExactComparator(), 0.3, 0.8));
    props.add(new PropertyImpl("GENDER", new ExactComparator(), 0.4, 0.6));
    props.add(new PropertyImpl("ADDRESS", new Levenshtein(), 0.3, 0.8));
    config.setProperties(props);
    config.setThreshold(0.85);
    Processor processor = new Processor(config, true);
    int[] matches = new int[1];
    processor.addMatchListener(
        new AbstractMatchListener() {
          @Override
          public void matches(Record r1, Record r2, double confidence) {
            matches[0]++;
          }
        });
    processor.deduplicate(dukeRecords(records));
    processor.close();
    return matches[0];
  }

  static Collection<Record> dukeRecords(List<ResidentRecord> records) {
    List<Record> out = new ArrayList<>(records.size());
    for (ResidentRecord r : records) {
      Map<String, Collection<String>> props = new HashMap<>();
      put(props, "ID", r.recordId());
      put(props, "NAME", r.name());
      put(props, "ID_NUMBER", r.idNumber());
      put(props, "PHONE", r.phone());
      put(props, "BIRTH_DATE", r.birthDate());
      put(props, "GENDER", r.gender());
      put(props, "ADDRESS", r.address());
      out.add(new RecordImpl(props));
    }
    return out;
  }

  private static void put(Map<String, Collection<String>> props, String name, String value) {
    if (!value.isEmpty()) {
      props.put(name, List.of(value));
    }
  }
}
