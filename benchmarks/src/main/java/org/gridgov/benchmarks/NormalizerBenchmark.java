package org.gridgov.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gridgov.dedup.Similarity;
import org.gridgov.dedup.normalize.Addresses;
import org.gridgov.dedup.normalize.BirthDates;
import org.gridgov.dedup.normalize.IdNumbers;
import org.gridgov.dedup.normalize.Names;
import org.gridgov.dedup.normalize.Phones;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The dedup normalisers and comparators on the forms records carry; time per value. Addresses are
 * cached by the parser (a household's records repeat one address), so {@code addresses} measures
 * the cache and {@code addressesFresh} the parsing of addresses never seen; {@code nameKeysFresh}
 * reads names never seen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalizerBenchmark {

  static final String[] PHONES = {
    "+86 138 1234 5678",
    "0086-13812345678",
    "138-1234-5678",
    "13812345678",
    "(028)85123456",
    "028-85123456",
    "85123456",
    "１３８１２３４５６７８"
  };
  static final String[] DATES = {
    "1980-01-02", "1980/1/2", "19800102", "1980年1月2日", "1980.01.02", "１９８０－０１－０２", "", "1980-02-30"
  };
  static final String[] IDS = {
    "11010519491231002X", "11010519491231002x", "110105491231002", "110105********002X",
    "110105194912310021", "５１０１０７１９８００１０２００１Ｘ", "", "n/a"
  };
  static final String[] NAMES = {"张伟", "張 偉", "Zhang Wei", "欧阳修", "单田芳", "陈丽华", "王芳", "WEI zhang"};
  static final String[] ADDRESSES = {
    "四川省成都市武侯区玉林街道玉林社区芳华小区3栋2单元401",
    "芳华小区3幢2单元401室",
    "芳华小区 3-2-401",
    "成都市武侯区芳华小区三栋二单元401",
    "芳華小區３棟２單元４０１",
    "玉林社区芳华小区3栋2单元4楼1号",
    "玉林北路12号3栋4楼1号",
    "锦绣新村5栋101"
  };

  private int fresh;

  @Benchmark
  @OperationsPerInvocation(8)
  public void phones(Blackhole bh) {
    for (String s : PHONES) {
      bh.consume(Phones.normalize(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void birthDates(Blackhole bh) {
    for (String s : DATES) {
      bh.consume(BirthDates.parse(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void idNumbers(Blackhole bh) {
    for (String s : IDS) {
      bh.consume(IdNumbers.normalize(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void addresses(Blackhole bh) {
    for (String s : ADDRESSES) {
      bh.consume(Addresses.parse(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void nameKeys(Blackhole bh) {
    for (String s : NAMES) {
      bh.consume(Names.normalize(s));
      bh.consume(Names.pinyinKey(s));
    }
  }

  /** An address never seen before, so the parser's cache cannot answer. */
  @Benchmark
  public void addressesFresh(Blackhole bh) {
    bh.consume(Addresses.parse(ADDRESSES[fresh & 7] + (fresh++ % 100_000_000)));
  }

  /** A name never seen before: simplified and read through ICU4J. */
  @Benchmark
  public void nameKeysFresh(Blackhole bh) {
    // A different given name each call, from the CJK block, so the cache never answers.
    int c = 0x4E00 + (fresh++ % 20_000);
    String name = "张" + (char) c + (char) (0x4E00 + (c * 7 % 20_000));
    bh.consume(Names.pinyinKey(name));
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void jaroWinkler(Blackhole bh) {
    for (int i = 0; i < 8; i++) {
      bh.consume(Similarity.jaroWinkler(NAMES[i], NAMES[(i + 1) % 8]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void withinOneEdit(Blackhole bh) {
    for (int i = 0; i < 8; i++) {
      bh.consume(Similarity.withinOneEdit(IDS[i], IDS[(i + 3) % 8]));
    }
  }
}
